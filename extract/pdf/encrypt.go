package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"regexp"
)

// The library decrypts RC4 and AES-128 files but not AES-256 (V5, R5/R6). For
// those we still tell a file that needs a password from one that opens
// without: the clerk's remedy differs.

var encryptRefRe = regexp.MustCompile(`/Encrypt\s+(\d{1,10})\s+(\d{1,5})\s+R`)

// emptyPasswordOpens reports whether an AES-256 encrypted file opens with the
// empty user password, and ok false when its encryption dictionary cannot be
// found or is not AES-256.
func emptyPasswordOpens(data []byte) (opens, ok bool) {
	all := encryptRefRe.FindAllSubmatch(data, -1)
	if len(all) == 0 {
		return false, false
	}
	ref := all[len(all)-1]
	hdr := regexp.MustCompile(fmt.Sprintf(`(?:^|[^0-9])%s\s+%s\s+obj`, ref[1], ref[2]))
	loc := hdr.FindIndex(data)
	if loc == nil {
		return false, false
	}
	body := data[loc[1]:min(len(data), loc[1]+4096)]
	if i := bytes.Index(body, []byte("endobj")); i >= 0 {
		body = body[:i]
	}
	lx := &lexer{b: body}
	vals := map[string]token{}
	for t := lx.next(); t.kind != tokEOF; t = lx.next() {
		if t.kind == tokName {
			if v := lx.next(); v.kind == tokStr || v.kind == tokNum {
				vals[t.s] = v
			}
		}
	}
	r, u := int(vals["R"].num), []byte(vals["U"].s)
	if len(u) < 48 || (r != 5 && r != 6) {
		return false, false
	}
	salt := u[32:40]
	var got []byte
	if r == 5 {
		s := sha256.Sum256(salt)
		got = s[:]
	} else {
		got = hash2B(nil, salt, nil)
	}
	return bytes.Equal(got[:32], u[:32]), true
}

// hash2B is the password hash of PDF 2.0 (ISO 32000-2, algorithm 2.B).
func hash2B(password, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(password)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	for i := 0; ; i++ {
		var k1 []byte
		for range 64 {
			k1 = append(k1, password...)
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		block, err := aes.NewCipher(k[:16])
		if err != nil {
			return nil
		}
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var next hash.Hash
		switch sum % 3 {
		case 0:
			next = sha256.New()
		case 1:
			next = sha512.New384()
		default:
			next = sha512.New()
		}
		next.Write(e)
		k = next.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i+1-32 {
			break
		}
	}
	return k[:32]
}
