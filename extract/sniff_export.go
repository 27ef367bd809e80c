package extract

import "io"

// Sniff names a file's format from its bytes, as File and Read do: one of the
// Format constants, or "" for a file the extractor does not read, with kind a
// word for the clerk about what it is instead ("ảnh PNG"), when known. The web
// page uses it to refuse an upload that is not a report before it reaches the
// inbox.
func Sniff(r io.ReaderAt, size int64) (format, kind string) { return sniff(r, size) }
