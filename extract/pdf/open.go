package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	lpdf "github.com/ledongthuc/pdf"

	"baocao"
)

// openTimeout bounds one attempt of the library at reading the cross-reference
// data; a sound file takes milliseconds, a cyclic /Prev chain forever.
const openTimeout = 5 * time.Second

// maxHeaderOffset is how far into the file we look for "%PDF-": some programs
// put junk before it.
const maxHeaderOffset = 1024

// view presents a PDF to the library: starting at its "%PDF-" header, with
// the header rewritten to one the library accepts (it refuses "%PDF-1.7 " and
// "%PDF-2.0"), and failing every read once ctx is done so that the library
// cannot loop forever.
type view struct {
	ctx  context.Context
	r    io.ReaderAt
	off  int64
	size int64
}

var patchedHeader = []byte("%PDF-1.7\n")

func (v *view) ReadAt(p []byte, o int64) (int, error) {
	if err := v.ctx.Err(); err != nil {
		return 0, err
	}
	if o < 0 {
		return 0, errors.New("pdf: negative offset")
	}
	if o >= v.size {
		return 0, io.EOF
	}
	want := len(p)
	if rest := v.size - o; int64(want) > rest {
		p = p[:rest]
	}
	n, err := v.r.ReadAt(p, v.off+o)
	for i := o; i < int64(len(patchedHeader)) && i-o < int64(n); i++ {
		p[i-o] = patchedHeader[i]
	}
	if err == nil && n < want {
		err = io.EOF
	}
	return n, err
}

// open returns a library reader for the PDF, repairing what it can: a header
// the library refuses, junk before the header, and a broken cross-reference
// table (rebuilt from the objects found in the file).
func open(ctx context.Context, r io.ReaderAt, size int64) (lr *lpdf.Reader, repaired bool, err error) {
	head := make([]byte, min(size, maxHeaderOffset+8))
	n, _ := r.ReadAt(head, 0)
	off := bytes.Index(head[:n], []byte("%PDF-"))
	if off < 0 {
		return nil, false, baocao.Errorf(baocao.EUNREADABLE, msgBroken, errors.New("pdf: no %PDF- header"))
	}
	v := &view{ctx: ctx, r: r, off: int64(off), size: size - int64(off)}

	if xrefSane(ctx, v) {
		lr, err = attempt(ctx, v)
		if err == nil {
			return lr, false, nil
		}
		if isEncryption(err) {
			return nil, false, encryptionError(v, err)
		}
	} else {
		err = errors.New("pdf: cross-reference data out of bounds")
	}
	if cerr := ctx.Err(); cerr != nil {
		return nil, false, cerr
	}
	if v.size > maxRepairSize {
		return nil, false, classify(err)
	}
	if truncated(v) {
		// Whatever we could mend, the end of the report is missing.
		return nil, false, classify(fmt.Errorf("%w; the file is truncated (no %%%%EOF)", err))
	}
	data := make([]byte, v.size)
	if _, rerr := v.ReadAt(data, 0); rerr != nil && rerr != io.EOF {
		return nil, false, classify(fmt.Errorf("%w; read for repair: %v", err, rerr))
	}
	for _, newTree := range []bool{false, true} {
		fixed, rerr := rebuild(data, newTree)
		if rerr != nil {
			err = fmt.Errorf("%w; repair: %v", err, rerr)
			continue
		}
		fv := &view{ctx: ctx, r: bytes.NewReader(fixed), size: int64(len(fixed))}
		lr, rerr = attempt(ctx, fv)
		if rerr == nil {
			return lr, true, nil
		}
		if isEncryption(rerr) {
			return nil, false, classify(rerr)
		}
		err = fmt.Errorf("%w; after repair: %v", err, rerr)
	}
	return nil, false, classify(err)
}

// attempt opens the PDF with the library under a short deadline, and checks
// that its catalog leads to pages.
func attempt(ctx context.Context, v *view) (lr *lpdf.Reader, err error) {
	actx, cancel := context.WithTimeout(ctx, openTimeout)
	defer cancel()
	v.ctx = actx
	defer func() { v.ctx = ctx }()
	defer func() {
		if x := recover(); x != nil {
			lr, err = nil, fmt.Errorf("pdf: malformed: %v", x)
		}
	}()
	lr, err = lpdf.NewReaderEncrypted(v, v.size, nil)
	if err != nil {
		return nil, err
	}
	root := lr.Trailer().Key("Root")
	if root.Kind() != lpdf.Dict || root.Key("Pages").Kind() != lpdf.Dict {
		return nil, errors.New("pdf: catalog or page tree missing")
	}
	return lr, nil
}

func isEncryption(err error) bool {
	if errors.Is(err, lpdf.ErrInvalidPassword) {
		return true
	}
	return bytes.Contains([]byte(err.Error()), []byte("encryption"))
}

// encryptionError classifies a file the library cannot decrypt: AES-256 files
// that need a password are reported as such, others as unsupported.
func encryptionError(v *view, err error) error {
	if !errors.Is(err, lpdf.ErrInvalidPassword) && v.size <= maxRepairSize {
		data := make([]byte, v.size)
		if n, _ := v.ReadAt(data, 0); n > 0 {
			if opens, ok := emptyPasswordOpens(data[:n]); ok && !opens {
				return baocao.Errorf(baocao.EENCRYPTED, msgEncrypted, fmt.Errorf("pdf: AES-256 file needs a password: %w", err))
			}
		}
	}
	return classify(err)
}

// truncated reports whether the file lacks the %%EOF marker near its end:
// its last part, often the signature, was lost in transfer.
func truncated(v *view) bool {
	n := min(v.size, 2048)
	tail := make([]byte, n)
	k, _ := v.ReadAt(tail, v.size-n)
	return !bytes.Contains(tail[:k], []byte("%%EOF"))
}
