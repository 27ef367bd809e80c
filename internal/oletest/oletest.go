// Package oletest builds OLE2 compound files for the tests of the readers
// that open them (.xls, .doc): a fixture builder, not used by the program.
package oletest

import (
	"encoding/binary"
	"unicode/utf16"
)

// Build wraps streams in an OLE2 compound file (version 3, 512-byte sectors),
// in the given order. Each stream is padded to 4,096 bytes so that none
// lives in the mini stream.
func Build(streams map[string][]byte, order ...string) []byte {
	const (
		ss         = 512
		endOfChain = 0xFFFFFFFE
		freeSect   = 0xFFFFFFFF
		fatSect    = 0xFFFFFFFD
		noStream   = 0xFFFFFFFF
	)
	var data []byte
	var fat []uint32
	starts := map[string]int{}
	sizes := map[string]int{}
	for _, name := range order {
		s := streams[name]
		if len(s) < 4096 {
			s = append(append([]byte{}, s...), make([]byte, 4096-len(s))...)
		}
		sizes[name] = len(s)
		n := (len(s) + ss - 1) / ss
		starts[name] = len(fat)
		for i := range n {
			next := uint32(len(fat) + 1)
			if i == n-1 {
				next = endOfChain
			}
			fat = append(fat, next)
		}
		data = append(data, s...)
		data = append(data, make([]byte, n*ss-len(s))...)
	}
	// Directory: root, then the streams as a chain of right siblings.
	entry := func(name string, typ byte, child, right uint32, start, size int) []byte {
		e := make([]byte, 128)
		u := utf16.Encode([]rune(name))
		for i, c := range u {
			binary.LittleEndian.PutUint16(e[2*i:], c)
		}
		binary.LittleEndian.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		binary.LittleEndian.PutUint32(e[68:], noStream)
		binary.LittleEndian.PutUint32(e[72:], right)
		binary.LittleEndian.PutUint32(e[76:], child)
		binary.LittleEndian.PutUint32(e[116:], uint32(start))
		binary.LittleEndian.PutUint32(e[120:], uint32(size))
		return e
	}
	dir := entry("Root Entry", 5, 1, noStream, endOfChain, 0)
	for i, name := range order {
		right := uint32(noStream)
		if i+1 < len(order) {
			right = uint32(i + 2)
		}
		dir = append(dir, entry(name, 2, noStream, right, starts[name], sizes[name])...)
	}
	for len(dir)%ss != 0 {
		dir = append(dir, entry("", 0, noStream, noStream, 0, 0)...)
	}
	dirStart := len(fat)
	for i := range len(dir) / ss {
		next := uint32(len(fat) + 1)
		if i == len(dir)/ss-1 {
			next = endOfChain
		}
		fat = append(fat, next)
	}
	data = append(data, dir...)
	// FAT sectors: enough to map every sector, themselves included.
	nfat := 1
	for (len(fat)+nfat)*4 > nfat*ss {
		nfat++
	}
	fatStart := len(fat)
	for range nfat {
		fat = append(fat, fatSect)
	}
	for len(fat)*4 < nfat*ss {
		fat = append(fat, freeSect)
	}
	for _, v := range fat {
		data = binary.LittleEndian.AppendUint32(data, v)
	}
	h := make([]byte, ss)
	copy(h, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
	binary.LittleEndian.PutUint16(h[24:], 0x3E)
	binary.LittleEndian.PutUint16(h[26:], 3)
	binary.LittleEndian.PutUint16(h[28:], 0xFFFE)
	binary.LittleEndian.PutUint16(h[30:], 9)
	binary.LittleEndian.PutUint16(h[32:], 6)
	binary.LittleEndian.PutUint32(h[44:], uint32(nfat))
	binary.LittleEndian.PutUint32(h[48:], uint32(dirStart))
	binary.LittleEndian.PutUint32(h[56:], 4096)
	binary.LittleEndian.PutUint32(h[60:], endOfChain)
	binary.LittleEndian.PutUint32(h[68:], endOfChain)
	for i := range 109 {
		v := uint32(freeSect)
		if i < nfat {
			v = uint32(fatStart + i)
		}
		binary.LittleEndian.PutUint32(h[76+4*i:], v)
	}
	return append(h, data...)
}
