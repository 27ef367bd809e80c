package pdf

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
	"hash"
)

// The standard security handler (ISO 32000-2, 7.6.4): the file key from the
// empty user password, and the ciphers that use it. The library decrypts RC4
// and AES-128 files itself; we need our own for what it refuses, AES-256
// above all, which is what current Acrobat and LibreOffice write.

// errNeedsPassword says that the empty user password does not open the file.
var errNeedsPassword = errors.New("pdf: the file needs a password to open")

// cryptMethod is how strings or streams are encrypted.
type cryptMethod int

const (
	cryptNone  cryptMethod = iota // Identity: not encrypted
	cryptRC4                      // V2
	cryptAESV2                    // AES-128, per-object keys
	cryptAESV3                    // AES-256, one key for the file
)

// security decrypts the strings and streams of one file.
type security struct {
	key             []byte
	str, stm        cryptMethod
	filters         map[string]cryptMethod // named crypt filters, for streams that choose one
	encryptMetadata bool
}

// newSecurity derives the file key from the encryption dictionary enc and the
// first element of the trailer's /ID, with the empty user password. It
// returns errNeedsPassword when that password is not the user password.
func newSecurity(enc pobj, id0 []byte) (*security, error) {
	if enc.kind != objDict {
		return nil, errors.New("pdf: encryption dictionary missing")
	}
	if f := enc.key("Filter").name(); f != "Standard" {
		return nil, fmt.Errorf("pdf: encryption filter %q not supported", f)
	}
	v, _ := enc.key("V").int()
	r, _ := enc.key("R").int()
	s := &security{encryptMetadata: enc.key("EncryptMetadata").s != "false"}
	o, u := []byte(enc.key("O").s), []byte(enc.key("U").s)
	switch v {
	case 1, 2:
		bits, ok := enc.key("Length").int()
		if !ok || v == 1 {
			bits = 40
		}
		if bits < 40 || bits > 128 || bits%8 != 0 {
			return nil, fmt.Errorf("pdf: encryption key of %d bits", bits)
		}
		s.str, s.stm = cryptRC4, cryptRC4
		return s, s.legacyKey(r, bits/8, o, u, enc, id0)
	case 4:
		if err := s.cryptFilters(enc, cryptAESV2); err != nil {
			return nil, err
		}
		return s, s.legacyKey(r, 16, o, u, enc, id0)
	case 5:
		if err := s.cryptFilters(enc, cryptAESV3); err != nil {
			return nil, err
		}
		return s, s.aes256Key(r, u, []byte(enc.key("UE").s))
	}
	return nil, fmt.Errorf("pdf: encryption version V=%d not supported", v)
}

// cryptFilters reads the named crypt filters of a V4 or V5 dictionary and the
// ones that strings and streams use by default. want is the AES method the
// version allows.
func (s *security) cryptFilters(enc pobj, want cryptMethod) error {
	s.filters = map[string]cryptMethod{"Identity": cryptNone}
	cf := enc.key("CF")
	for i, name := range cf.keys {
		if name == "Identity" {
			continue
		}
		switch m := cf.items[i].key("CFM").name(); m {
		case "None", "":
			s.filters[name] = cryptNone
		case "V2":
			if want == cryptAESV3 {
				return errors.New("pdf: RC4 crypt filter in an AES-256 file")
			}
			s.filters[name] = cryptRC4
		case "AESV2", "AESV3":
			if (m == "AESV3") != (want == cryptAESV3) {
				return fmt.Errorf("pdf: crypt filter %s in a V%d file", m, map[bool]int{true: 5, false: 4}[want == cryptAESV3])
			}
			s.filters[name] = want
		default:
			return fmt.Errorf("pdf: crypt filter method %q not supported", m)
		}
	}
	var ok bool
	for _, f := range []struct {
		key string
		m   *cryptMethod
	}{{"StrF", &s.str}, {"StmF", &s.stm}} {
		name := enc.key(f.key).name()
		if name == "" {
			name = "Identity"
		}
		if *f.m, ok = s.filters[name]; !ok {
			return fmt.Errorf("pdf: crypt filter %q is not defined", name)
		}
	}
	return nil
}

// passwordPad pads passwords for revisions 2 to 4 (algorithm 2, step a); the
// empty password is the pad itself.
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// legacyKey computes the file key of revisions 2 to 4 from the empty password
// (algorithm 2) and checks it against U (algorithms 4 and 5).
func (s *security) legacyKey(r, n int, o, u []byte, enc pobj, id0 []byte) error {
	if r < 2 || r > 4 {
		return fmt.Errorf("pdf: encryption revision R=%d not supported here", r)
	}
	if len(o) < 32 || len(u) < 32 {
		return fmt.Errorf("pdf: encryption O and U are %d and %d bytes, want 32", len(o), len(u))
	}
	if r == 2 {
		n = 5
	}
	p, _ := enc.key("P").int()
	h := md5.New()
	h.Write(passwordPad)
	h.Write(o[:32])
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write(id0)
	if r >= 4 && !s.encryptMetadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if r >= 3 {
		for range 50 {
			sum := md5.Sum(key[:n])
			key = sum[:]
		}
	}
	key = key[:n]

	var want []byte
	if r == 2 {
		want = rc4XOR(key, passwordPad)
		u = u[:32]
	} else {
		h.Reset()
		h.Write(passwordPad)
		h.Write(id0)
		want = h.Sum(nil)
		for i := range 20 {
			k := make([]byte, len(key))
			for j := range key {
				k[j] = key[j] ^ byte(i)
			}
			want = rc4XOR(k, want)
		}
		u = u[:16]
	}
	if len(want) < len(u) || !bytes.Equal(want[:len(u)], u) {
		return errNeedsPassword
	}
	s.key = key
	return nil
}

// aes256Key computes the file key of revisions 5 and 6 from the empty
// password (ISO 32000-2, algorithms 2.A and 11): check the password against
// U, then unwrap UE with the key its key salt gives.
func (s *security) aes256Key(r int, u, ue []byte) error {
	if r != 5 && r != 6 {
		return fmt.Errorf("pdf: encryption revision R=%d not supported with V=5", r)
	}
	if len(u) < 48 || len(ue) < 32 {
		return fmt.Errorf("pdf: encryption U and UE are %d and %d bytes, want 48 and 32", len(u), len(ue))
	}
	hash := func(salt []byte) []byte {
		if r == 5 {
			sum := sha256.Sum256(salt)
			return sum[:]
		}
		return hash2B(nil, salt, nil)
	}
	if !bytes.Equal(hash(u[32:40]), u[:32]) {
		return errNeedsPassword
	}
	block, err := aes.NewCipher(hash(u[40:48]))
	if err != nil {
		return fmt.Errorf("pdf: file key: %w", err)
	}
	s.key = make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(s.key, ue[:32])
	return nil
}

// objectKey is the key for one object's strings and streams: the file key
// itself for AES-256, else derived from it and the object's number
// (algorithm 1).
func (s *security) objectKey(m cryptMethod, id, gen int) []byte {
	if m == cryptAESV3 {
		return s.key
	}
	h := md5.New()
	h.Write(s.key)
	h.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16), byte(gen), byte(gen >> 8)})
	if m == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(s.key)+5, 16)]
}

// decrypt returns data decrypted with method m for object id gen. Data that
// cannot be AES ciphertext (shorter than its IV) decrypts to nothing, as in
// other readers; a bad padding is left in place.
func (s *security) decrypt(m cryptMethod, id, gen int, data []byte) []byte {
	switch m {
	case cryptRC4:
		return rc4XOR(s.objectKey(m, id, gen), data)
	case cryptAESV2, cryptAESV3:
		return aesCBCDecrypt(s.objectKey(m, id, gen), data)
	}
	return data
}

func rc4XOR(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// aesCBCDecrypt decrypts data made of a 16-byte IV and whole blocks, and
// strips its PKCS#5 padding. A ragged last block is dropped.
func aesCBCDecrypt(key, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil || len(data) < 2*aes.BlockSize {
		return nil
	}
	iv, body := data[:aes.BlockSize], data[aes.BlockSize:]
	body = body[:len(body)/aes.BlockSize*aes.BlockSize]
	out := make([]byte, len(body))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, body)
	if p := int(out[len(out)-1]); p >= 1 && p <= aes.BlockSize && bytes.Count(out[len(out)-p:], out[len(out)-1:]) == p {
		out = out[:len(out)-p]
	}
	return out
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
