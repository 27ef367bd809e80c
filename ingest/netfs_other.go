//go:build !linux

package ingest

// isNetworkFS cannot tell on this system; notifications are tried.
func isNetworkFS(string) bool { return false }
