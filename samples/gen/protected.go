package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"baocao"
)

// makeProtected writes encrypted copies of narrative reports into
// out/pdf-protected: RC4 and AES of every strength, with an empty user
// password (they open without asking, so they must read like their source),
// and one AES-256 copy that needs a password to open. It needs the pdf group
// made first; each copy takes its source's truth.
//
// qpdf encrypts. With --static-id and --static-aes-iv its RC4 and AES-128
// output is reproducible, but AES-256 draws fresh salts and a fresh file key
// on each run; so for AES-256 we make a tiny key file with fixed salts and
// key, and have qpdf copy its encryption (--copy-encryption). qpdf checks the
// key file's password, so a wrong key file fails here, not in the reader.
func makeProtected(out string) ([]sample, error) {
	dir := filepath.Join(out, "pdf-protected")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "baocao-keys-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	const owner = "chu-so-huu"
	keyFile := func(name string, r int, user string) (string, error) {
		p := filepath.Join(tmp, name)
		return p, os.WriteFile(p, aes256KeyFile(r, user, owner, uint64(r)*10+uint64(len(user))), 0o644)
	}
	r5, err := keyFile("r5.pdf", 5, "")
	if err != nil {
		return nil, err
	}
	r6, err := keyFile("r6.pdf", 6, "")
	if err != nil {
		return nil, err
	}
	r6user, err := keyFile("r6-user.pdf", 6, "matkhau")
	if err != nil {
		return nil, err
	}
	copyFrom := func(keys, password string, extra ...string) func(in, out string) error {
		return func(in, out string) error {
			args := append([]string{"--static-id", "--static-aes-iv",
				"--copy-encryption=" + keys, "--encryption-file-password=" + password}, extra...)
			return qpdf(append(args, "--", in, out)...)
		}
	}

	specs := []struct {
		name, source, how, variation string
		encrypt                      func(in, out string) error
		needsPassword                bool
	}{
		{"rc4-40", "fpdf-07-chi-bo-truong-tieu-hoc-pho-lu", "qpdf --encrypt \"\" OWNER 40",
			"RC4 40-bit (R2), empty user password, as Acrobat 3 wrote",
			func(in, out string) error {
				return qpdf("--static-id", "--allow-weak-crypto", "--encrypt", "", owner, "40", "--", in, out)
			}, false},
		{"rc4-128", "soffice-16-dang-bo-benh-vien-da-khoa-huyen-dai-tu", "qpdf --encrypt \"\" OWNER 128 --use-aes=n",
			"RC4 128-bit (R3), empty user password",
			func(in, out string) error { return qpdfEncrypt(in, out, "", owner, "128", "--use-aes=n") }, false},
		{"aes-128", "fpdf-09-chi-bo-tram-y-te-xa-xuan-quang", "qpdf --encrypt \"\" OWNER 128 --use-aes=y",
			"AES-128 (V4 R4), empty user password",
			func(in, out string) error { return qpdfEncrypt(in, out, "", owner, "128", "--use-aes=y") }, false},
		{"aes-256-r5", "soffice-18-chi-bo-xom-dong-cam", "qpdf --copy-encryption of a key file (AES-256 R5, fixed salts)",
			"AES-256 (V5 R5, Acrobat 9), empty user password",
			copyFrom(r5, ""), false},
		{"aes-256-r6", "soffice-20-chi-bo-hat-kiem-lam-huyen-bao-thang", "qpdf --copy-encryption of a key file (AES-256 R6, fixed salts)",
			"AES-256 (V5 R6, PDF 2.0), empty user password",
			copyFrom(r6, ""), false},
		{"aes-256-r6-object-streams", "fpdf-11-chi-bo-to-dan-pho-so-3", "qpdf --copy-encryption … --object-streams=generate",
			"AES-256 (R6), empty user password, objects in object streams and a cross-reference stream",
			copyFrom(r6, "", "--object-streams=generate"), false},
		{"password-aes-256-r6", "soffice-22-chi-bo-truong-thpt-so-1-bao-thang", "qpdf --copy-encryption of a key file (AES-256 R6, user password)",
			"AES-256 (R6) that needs a user password to open",
			copyFrom(r6user, "matkhau"), true},
	}
	var samples []sample
	for _, s := range specs {
		src := filepath.Join(out, "pdf", s.source+".pdf")
		want, err := readTruth(strings.TrimSuffix(src, ".pdf") + ".json")
		if err != nil {
			return nil, fmt.Errorf("the protected samples are encrypted copies of the pdf group; make it first: %w", err)
		}
		name := s.name + "-" + strings.SplitN(s.source, "-", 3)[2] + ".pdf"
		dst := filepath.Join(dir, name)
		if err := s.encrypt(src, dst); err != nil {
			return nil, err
		}
		if err := checkEncrypted(dst, s.needsPassword); err != nil {
			return nil, err
		}
		if s.needsPassword {
			want = expected{Format: "pdf", Error: "x", ErrorCode: baocao.EENCRYPTED}
		}
		samples = append(samples, sample{Path: "pdf-protected/" + name,
			Producer:  s.how + " of " + s.source + ".pdf",
			Variation: s.variation, Want: want})
	}
	return samples, nil
}

func qpdf(args ...string) error {
	if b, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("qpdf %v: %w\n%s", args, err, b)
	}
	return nil
}

// checkEncrypted asks qpdf whether the file is encrypted and needs a
// password as it should (exit 0: needs one, 3: encrypted, opens without).
func checkEncrypted(path string, needsPassword bool) error {
	err := exec.Command("qpdf", "--requires-password", path).Run()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		return err
	}
	if want := map[bool]int{true: 0, false: 3}[needsPassword]; code != want {
		return fmt.Errorf("%s: qpdf --requires-password exits %d, want %d", path, code, want)
	}
	return nil
}

// readTruth reads the truth the generator wrote beside a sample.
func readTruth(path string) (expected, error) {
	var e expected
	b, err := os.ReadFile(path)
	if err != nil {
		return e, err
	}
	return e, json.Unmarshal(b, &e)
}

// aes256KeyFile returns a minimal PDF whose only content is an AES-256
// encryption dictionary of revision r (5 or 6) for the given passwords, with
// salts and file key drawn from a fixed seed (ISO 32000-2, 7.6.4.4,
// algorithms 8 to 10).
func aes256KeyFile(r int, user, owner string, seed uint64) []byte {
	rng := newRand(7000 + seed)
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	fileKey := random(32)
	hashOf := func(pw string, salt, udata []byte) []byte {
		if r == 5 {
			h := sha256.New()
			h.Write([]byte(pw))
			h.Write(salt)
			h.Write(udata)
			return h.Sum(nil)
		}
		return keyHash2B([]byte(pw), salt, udata)
	}
	wrap := func(key []byte) []byte {
		block, _ := aes.NewCipher(key)
		out := make([]byte, 32)
		cipher.NewCBCEncrypter(block, make([]byte, 16)).CryptBlocks(out, fileKey)
		return out
	}
	uv, uk, ov, ok := random(8), random(8), random(8), random(8)
	u := append(append(hashOf(user, uv, nil), uv...), uk...)
	ue := wrap(hashOf(user, uk, nil))
	o := append(append(hashOf(owner, ov, u), ov...), ok...)
	oe := wrap(hashOf(owner, ok, u))
	const p = -4 // every permission
	perms := append([]byte{byte(p & 0xff), byte(p >> 8 & 0xff), byte(p >> 16 & 0xff), byte(p >> 24 & 0xff),
		0xff, 0xff, 0xff, 0xff, 'T', 'a', 'd', 'b'}, random(4)...)
	block, _ := aes.NewCipher(fileKey)
	block.Encrypt(perms, perms)

	ext := map[int]int{5: 3, 6: 8}[r]
	objs := []string{
		fmt.Sprintf("<< /Type /Catalog /Pages 2 0 R /Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel %d >> >> >>", ext),
		"<< /Type /Pages /Kids [] /Count 0 >>",
		fmt.Sprintf("<< /Filter /Standard /V 5 /R %d /Length 256 /P %d /EncryptMetadata true"+
			" /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF"+
			" /O <%x> /U <%x> /OE <%x> /UE <%x> /Perms <%x> >>", r, p, o, u, oe, ue, perms),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, obj := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	id := random(16)
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Encrypt 3 0 R /ID [<%x> <%x>] >>\nstartxref\n%d\n%%%%EOF\n",
		len(objs)+1, id, id, xref)
	return b.Bytes()
}

// keyHash2B is the password hash of PDF 2.0 (ISO 32000-2, algorithm 2.B).
func keyHash2B(password, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(password)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	for round := 1; ; round++ {
		var k1 []byte
		for range 64 {
			k1 = append(append(append(k1, password...), k...), udata...)
		}
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, c := range e[:16] {
			sum += int(c)
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
		if round >= 64 && int(e[len(e)-1]) <= round-32 {
			return k[:32]
		}
	}
}
