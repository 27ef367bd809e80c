package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
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
	return openView(ctx, v, true)
}

// openView opens the PDF that v presents; mayDecrypt says whether an
// encrypted file the library refuses may be read through a decrypted copy
// (not when v is that copy already).
func openView(ctx context.Context, v *view, mayDecrypt bool) (lr *lpdf.Reader, repaired bool, err error) {
	if xrefSane(ctx, v) {
		lr, err = attempt(ctx, v)
		if err == nil {
			return preferOwnDecryption(ctx, v, nil, lr, false, mayDecrypt)
		}
		if isEncryption(err) {
			return openEncrypted(ctx, v, nil, err, mayDecrypt)
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
			return preferOwnDecryption(ctx, v, data, lr, true, mayDecrypt)
		}
		if isEncryption(rerr) {
			return openEncrypted(ctx, v, data, rerr, mayDecrypt)
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

// openEncrypted opens an encrypted file that the library refused, err
// saying why, through a decrypted copy when its user password is empty. The
// library does not know AES-256 or some crypt filters, and takes files whose
// metadata is left clear for files that need a password: our own key
// derivation has the last word. data is the file's bytes when the caller has
// them already.
func openEncrypted(ctx context.Context, v *view, data []byte, err error, mayDecrypt bool) (*lpdf.Reader, bool, error) {
	if !mayDecrypt || v.size > maxRepairSize {
		return nil, false, classify(err)
	}
	lr, repaired, derr := decrypted(ctx, v, data)
	switch {
	case derr == nil:
		return lr, repaired, nil
	case errors.Is(derr, errNeedsPassword):
		return nil, false, baocao.Errorf(baocao.EENCRYPTED, msgEncrypted, derr)
	case ctx.Err() != nil:
		return nil, false, ctx.Err()
	case errors.As(derr, new(*baocao.Error)):
		return nil, false, derr // the copy's own trouble, classified
	}
	return nil, false, baocao.Errorf(baocao.EUNREADABLE, msgUnsupported, fmt.Errorf("%w; decrypt: %v", err, derr))
}

// preferOwnDecryption returns, for an encrypted file that the library opened
// as lr, a reader of our own decrypted copy when we can make one: the
// library leaves the padding of AES strings in place and gets 40-bit RC4
// keys wrong. Its reader is the fallback, as are unencrypted files.
func preferOwnDecryption(ctx context.Context, v *view, data []byte, lr *lpdf.Reader, repaired, mayDecrypt bool) (*lpdf.Reader, bool, error) {
	if !mayDecrypt || !encrypted(lr) || v.size > maxRepairSize {
		return lr, repaired, nil
	}
	dlr, drepaired, err := decrypted(ctx, v, data)
	if err == nil {
		return dlr, drepaired, nil
	}
	if cerr := ctx.Err(); cerr != nil {
		return nil, false, cerr
	}
	return lr, repaired, nil
}

// decrypted opens a decrypted copy of the encrypted file v presents, data
// being its bytes if the caller has them.
func decrypted(ctx context.Context, v *view, data []byte) (*lpdf.Reader, bool, error) {
	if data == nil {
		data = make([]byte, v.size)
		n, err := v.ReadAt(data, 0)
		if err != nil && err != io.EOF {
			return nil, false, fmt.Errorf("read to decrypt: %w", err)
		}
		data = data[:n]
	}
	plain, err := decryptCopy(ctx, data)
	if err != nil {
		return nil, false, err
	}
	return openView(ctx, &view{ctx: ctx, r: bytes.NewReader(plain), size: int64(len(plain))}, false)
}

// encrypted reports whether the file the library opened is encrypted.
func encrypted(lr *lpdf.Reader) (yes bool) {
	defer func() {
		if recover() != nil {
			yes = false
		}
	}()
	return slices.Contains(lr.Trailer().Keys(), "Encrypt") // not resolved: the library would decrypt it
}

// truncated reports whether the file lacks the %%EOF marker near its end:
// its last part, often the signature, was lost in transfer.
func truncated(v *view) bool {
	n := min(v.size, 2048)
	tail := make([]byte, n)
	k, _ := v.ReadAt(tail, v.size-n)
	return !bytes.Contains(tail[:k], []byte("%%EOF"))
}
