package ingest

import "syscall"

// isNetworkFS reports whether path is on NFS, SMB/CIFS or a FUSE mount,
// where change notifications do not report other machines' writes.
func isNetworkFS(path string) bool {
	var st syscall.Statfs_t
	if err := syscall.Statfs(path, &st); err != nil {
		return false
	}
	switch uint32(st.Type) {
	case 0x6969, 0x517B, 0xFF534D42, 0xFE534D42, 0x65735546:
		return true
	}
	return false
}
