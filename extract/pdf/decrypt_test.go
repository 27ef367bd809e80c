package pdf

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	lpdf "github.com/ledongthuc/pdf"

	"baocao"
)

// requireTool fails the test when a program it runs is missing, or skips it
// outside CI; `make test` installs them (scripts/install-test-deps.sh).
func requireTool(tb testing.TB, name string) {
	tb.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "" {
			tb.Skipf("%s is not installed; run `make test`, which installs it", name)
		}
		tb.Fatalf("%s is not installed; run `make test`, which installs it", name)
	}
}

// qpdfEncrypt writes src encrypted by qpdf with the given options into a
// temporary file and returns its path and bytes. qpdf draws fresh salts and
// keys on each run, so each run tests other keys.
func qpdfEncrypt(tb testing.TB, src string, args ...string) (string, []byte) {
	tb.Helper()
	dst := filepath.Join(tb.TempDir(), "encrypted.pdf")
	args = append(append([]string{"--allow-weak-crypto"}, args...), src, dst)
	if out, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
		tb.Fatalf("qpdf %q: %v\n%s", args, err, out)
	}
	data, err := os.ReadFile(dst)
	if err != nil {
		tb.Fatal(err)
	}
	return dst, data
}

// qpdfKey returns the file key qpdf finds for an encrypted file.
func qpdfKey(tb testing.TB, path string) string {
	tb.Helper()
	out, err := exec.Command("qpdf", "--show-encryption", "--show-encryption-key", path).Output()
	if err != nil {
		tb.Fatalf("qpdf --show-encryption-key: %v", err)
	}
	m := regexp.MustCompile(`Encryption key = ([0-9a-f]+)`).FindSubmatch(out)
	if m == nil {
		tb.Fatalf("no key in qpdf's output:\n%s", out)
	}
	return string(m[1])
}

// ciphers are the encryptions with an empty user password that must read like
// the clean file, as qpdf options.
var ciphers = []struct {
	name string
	args []string
}{
	{"RC4 40-bit (R2)", []string{"--encrypt", "", "owner", "40", "--"}},
	{"RC4 128-bit (R3)", []string{"--encrypt", "", "owner", "128", "--use-aes=n", "--"}},
	{"AES-128 (R4)", []string{"--encrypt", "", "owner", "128", "--use-aes=y", "--"}},
	{"AES-128 (R4) with metadata left clear", []string{"--encrypt", "", "owner", "128", "--use-aes=y", "--cleartext-metadata", "--"}},
	{"AES-256 (R5)", []string{"--encrypt", "", "owner", "256", "--force-R5", "--"}},
	{"AES-256 (R6)", []string{"--encrypt", "", "owner", "256", "--"}},
	{"AES-256 (R6) with object streams", []string{"--object-streams=generate", "--encrypt", "", "owner", "256", "--"}},
	{"AES-256 (R6) with metadata left clear", []string{"--encrypt", "", "owner", "256", "--cleartext-metadata", "--"}},
}

func TestEncryptedFilesReadLikeTheirSource(t *testing.T) {
	requireTool(t, "qpdf")
	requireTool(t, "pdftotext")
	for _, src := range []string{"testdata/fpdf-letter.pdf", "testdata/lo-report.pdf"} {
		clean, err := readFixture(t, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range ciphers {
			t.Run(filepath.Base(src)+" in "+c.name, func(t *testing.T) {
				path, data := qpdfEncrypt(t, src, c.args...)

				cp, err := newCopier(context.Background(), data)
				if err != nil {
					t.Fatalf("file key: %v", err)
				}
				if got, want := hex.EncodeToString(cp.sec.key), qpdfKey(t, path); got != want {
					t.Errorf("file key %s, qpdf finds %s", got, want)
				}

				d, err := readBytes(t, data)
				if err != nil {
					t.Fatal(err)
				}
				if got, want := strings.Join(spanTexts(d), "\n"), strings.Join(spanTexts(clean), "\n"); got != want {
					t.Errorf("text differs from the clean file's:\n%s\nwant:\n%s", got, want)
				}
				if d.Pages != clean.Pages || len(d.Warnings) != 0 {
					t.Errorf("pages %d warnings %q; want %d pages, no warning", d.Pages, d.Warnings, clean.Pages)
				}
				want, ok := pdftotext(t, path)
				if !ok {
					t.Fatal("pdftotext cannot open it")
				}
				if missing, extra := wordDiff(wordsOf(want), words(d)); len(missing) > 0 || len(extra) > 0 {
					t.Errorf("words differ from pdftotext:\nmissing %q\nextra   %q", missing, extra)
				}
			})
		}
	}
}

func TestDecryptedCopyIsASoundPDF(t *testing.T) {
	requireTool(t, "qpdf")
	for _, c := range ciphers {
		t.Run(c.name, func(t *testing.T) {
			_, data := qpdfEncrypt(t, "testdata/lo-report.pdf", c.args...)
			plain, err := decryptCopy(context.Background(), data)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(plain, []byte("/Encrypt")) {
				t.Error("the copy still names /Encrypt")
			}
			path := filepath.Join(t.TempDir(), "plain.pdf")
			if err := os.WriteFile(path, plain, 0o644); err != nil {
				t.Fatal(err)
			}
			// qpdf exits 0 for a file without errors or warnings.
			if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
		})
	}
}

func TestFilesThatNeedAPasswordSaySo(t *testing.T) {
	requireTool(t, "qpdf")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"RC4 40-bit (R2)", []string{"--encrypt", "matkhau", "owner", "40", "--"}},
		{"RC4 128-bit (R3)", []string{"--encrypt", "matkhau", "owner", "128", "--use-aes=n", "--"}},
		{"AES-128 (R4)", []string{"--encrypt", "matkhau", "owner", "128", "--use-aes=y", "--"}},
		{"AES-256 (R5)", []string{"--encrypt", "matkhau", "owner", "256", "--force-R5", "--"}},
		{"AES-256 (R6)", []string{"--encrypt", "matkhau", "owner", "256", "--"}},
		{"AES-256 (R6) with object streams", []string{"--object-streams=generate", "--encrypt", "matkhau", "owner", "256", "--"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, data := qpdfEncrypt(t, "testdata/lo-report.pdf", c.args...)
			if _, err := decryptCopy(context.Background(), data); !errors.Is(err, errNeedsPassword) {
				t.Errorf("decryptCopy: %v, want errNeedsPassword", err)
			}
			_, err := readBytes(t, data)
			wantEncrypted(t, err)
		})
	}
}

// wantEncrypted checks that err tells the clerk the file needs a password.
func wantEncrypted(t *testing.T, err error) {
	t.Helper()
	var e *baocao.Error
	if !errors.As(err, &e) || e.Code != baocao.EENCRYPTED || e.Message != msgEncrypted {
		t.Fatalf("error %v, want code %q with message %q", err, baocao.EENCRYPTED, msgEncrypted)
	}
}

func TestLibreOfficePasswordFileFromTheCorpusSaysItNeedsOne(t *testing.T) {
	path := "../../../shared/corpus/pdf-wild/005-libreoffice-writer-password_libreoffice-writer-password.pdf"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no corpus of real-world PDFs: %v", err)
	}
	_, err := readFixture(t, path)
	wantEncrypted(t, err)
}

// protectedSample is an AES-256 (R6) sample with an empty user password.
const protectedSample = "../../samples/pdf-protected/aes-256-r6-chi-bo-hat-kiem-lam-huyen-bao-thang.pdf"

// hostileVariants returns copies of an encrypted file whose encryption
// dictionary is damaged, each entry replaced by a value of the same length
// so that the cross-reference table still holds.
func hostileVariants(tb testing.TB, data []byte) map[string][]byte {
	tb.Helper()
	replace := func(re, with string) []byte {
		loc := regexp.MustCompile(re).FindIndex(data)
		if loc == nil {
			tb.Fatalf("no %s in the file", re)
		}
		old := data[loc[0]:loc[1]]
		if len(with) > len(old) {
			tb.Fatalf("%q is longer than %q", with, old)
		}
		out := append([]byte{}, data[:loc[0]]...)
		out = append(out, with+strings.Repeat(" ", len(old)-len(with))...)
		return append(out, data[loc[1]:]...)
	}
	return map[string][]byte{
		"U is short":                        replace(`/U <[0-9a-f]+>`, "/U <0102>"),
		"U is not a string":                 replace(`/U <[0-9a-f]+>`, "/U 12"),
		"UE is short":                       replace(`/UE <[0-9a-f]+>`, "/UE <01>"),
		"UE is missing":                     replace(`/UE <[0-9a-f]+>`, ""),
		"the revision is unknown":           replace(`/R 6`, "/R 9"),
		"the version is unknown":            replace(`/V 5`, "/V 7"),
		"the filter is not Standard":        replace(`/Filter /Standard`, "/Filter /PubSec"),
		"the crypt filter method is RC4":    replace(`/CFM /AESV3`, "/CFM /V2"),
		"the crypt filter method is absurd": replace(`/CFM /AESV3`, "/CFM /ROT13"),
		"the stream filter is not defined":  replace(`/StmF /StdCF`, "/StmF /Nope"),
		"the encryption dictionary is gone": replace(`/Encrypt \d\d 0 R`, "/Encrypt 99 0 R"),
	}
}

func TestHostileEncryptionDictionariesGiveAClearError(t *testing.T) {
	data, err := os.ReadFile(protectedSample)
	if err != nil {
		t.Fatalf("the protected samples are part of the repository: %v", err)
	}
	for name, bad := range hostileVariants(t, data) {
		t.Run(name, func(t *testing.T) {
			if _, err := decryptCopy(context.Background(), bad); err == nil || errors.Is(err, errNeedsPassword) {
				t.Errorf("decryptCopy: %v, want an error that is not about a password", err)
			}
			_, err := readBytes(t, bad)
			var e *baocao.Error
			if !errors.As(err, &e) || e.Code != baocao.EUNREADABLE || e.Message != msgUnsupported {
				t.Errorf("error %v, want code %q with message %q", err, baocao.EUNREADABLE, msgUnsupported)
			}
		})
	}
}

func TestNewSecurityRejectsBadDictionaries(t *testing.T) {
	u48 := "<" + strings.Repeat("00", 48) + ">"
	for _, c := range []struct {
		name, dict string
	}{
		{"no dictionary at all", "null"},
		{"an RC4 key of 7 bits", "<< /Filter /Standard /V 2 /R 3 /Length 7 /O <00> /U <00> >>"},
		{"an RC4 key of 4096 bits", "<< /Filter /Standard /V 2 /R 3 /Length 4096 /O <00> /U <00> >>"},
		{"O and U too short for RC4", "<< /Filter /Standard /V 2 /R 3 /Length 128 /O <0011> /U <0011> >>"},
		{"revision 7 with RC4", "<< /Filter /Standard /V 2 /R 7 /Length 128 /O " + u48 + " /U " + u48 + " >>"},
		{"AES-256 with U too short", "<< /Filter /Standard /V 5 /R 6 /U <0011> /UE " + u48 + " /CF << /StdCF << /CFM /AESV3 >> >> /StmF /StdCF /StrF /StdCF >>"},
		{"AES-256 with revision 4", "<< /Filter /Standard /V 5 /R 4 /U " + u48 + " /UE " + u48 + " /CF << /StdCF << /CFM /AESV3 >> >> /StmF /StdCF /StrF /StdCF >>"},
		{"AES-128 filter in an AES-256 file", "<< /Filter /Standard /V 5 /R 6 /U " + u48 + " /UE " + u48 + " /CF << /StdCF << /CFM /AESV2 >> >> /StmF /StdCF /StrF /StdCF >>"},
		{"AES-256 filter in a V4 file", "<< /Filter /Standard /V 4 /R 4 /O " + u48 + " /U " + u48 + " /CF << /StdCF << /CFM /AESV3 >> >> /StmF /StdCF /StrF /StdCF >>"},
		{"strings with an undefined filter", "<< /Filter /Standard /V 4 /R 4 /O " + u48 + " /U " + u48 + " /CF << >> /StrF /Missing >>"},
		{"version 3, never published", "<< /Filter /Standard /V 3 /R 3 >>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			lx := &lexer{b: []byte(c.dict)}
			enc, err := (&objParser{lx: lx}).value(lx.next(), 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := newSecurity(enc, []byte("0123456789abcdef")); err == nil || errors.Is(err, errNeedsPassword) {
				t.Errorf("newSecurity: %v, want an error about the dictionary", err)
			}
		})
	}
}

func TestAESDecryptionCopesWithBadCiphertext(t *testing.T) {
	key := bytes.Repeat([]byte{7}, 32)
	iv := bytes.Repeat([]byte{1}, 16)
	encrypt := func(plain []byte) []byte {
		out := append([]byte{}, iv...)
		enc := make([]byte, len(plain))
		encryptCBC(t, key, iv, enc, plain)
		return append(out, enc...)
	}
	good := encrypt(append([]byte("Chi bo thon Dong"), bytes.Repeat([]byte{16}, 16)...))
	for _, c := range []struct {
		name string
		in   []byte
		want []byte
	}{
		{"its padding is stripped", good, []byte("Chi bo thon Dong")},
		{"a bad padding is left in place", encrypt([]byte("0123456789abcdef")), []byte("0123456789abcdef")},
		{"a ragged last block is dropped", append(append([]byte{}, good...), 1, 2, 3), []byte("Chi bo thon Dong")},
		{"an IV alone is nothing", iv, nil},
		{"less than an IV is nothing", []byte{1, 2, 3}, nil},
		{"nothing is nothing", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := aesCBCDecrypt(key, c.in); !bytes.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func encryptCBC(tb testing.TB, key, iv, dst, src []byte) {
	tb.Helper()
	block, err := aes.NewCipher(key)
	if err != nil {
		tb.Fatal(err)
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)
}

func TestCryptFiltersOfAStream(t *testing.T) {
	sec := &security{key: bytes.Repeat([]byte{9}, 16), str: cryptAESV2, stm: cryptAESV2,
		filters: map[string]cryptMethod{"Identity": cryptNone, "StdCF": cryptAESV2}}
	data := []byte("BT /F1 12 Tf (a) Tj ET")
	parse := func(s string) pobj {
		lx := &lexer{b: []byte(s)}
		v, err := (&objParser{lx: lx}).value(lx.next(), 0)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	t.Run("a stream that names the Identity filter is not decrypted, and loses the name", func(t *testing.T) {
		v := parse("<< /Filter [/Crypt /FlateDecode] /DecodeParms [<< /Name /Identity >> null] >>")
		if got := sec.stream(v, 5, 0, data); !bytes.Equal(got, data) {
			t.Errorf("data changed: %q", got)
		}
		dropCryptFilter(&v)
		var b bytes.Buffer
		v.write(&b)
		if b.String() != "<</Filter [/FlateDecode]/DecodeParms [null]>>" {
			t.Errorf("dictionary %s", b.String())
		}
	})
	t.Run("metadata left clear is not decrypted", func(t *testing.T) {
		clear := *sec
		clear.encryptMetadata = false
		if got := clear.stream(parse("<< /Type /Metadata /Subtype /XML >>"), 5, 0, data); !bytes.Equal(got, data) {
			t.Errorf("data changed: %q", got)
		}
	})
	t.Run("other streams are decrypted", func(t *testing.T) {
		if got := sec.stream(parse("<< /Length 22 >>"), 5, 0, data); bytes.Equal(got, data) {
			t.Error("data left as it was")
		}
	})
}

func TestObjectsWriteBackAsTheyRead(t *testing.T) {
	src := `<< /A (x\(y\)\r\\z) /B [1 2.5 -3 true false null /N#20a#23] /C 12 0 R /D << /E <41> >> /F [] >>`
	lx := &lexer{b: []byte(src)}
	v, err := (&objParser{lx: lx}).value(lx.next(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	v.write(&b)
	want := `<</A (x\(y\)\r\\z)/B [1 2.5 -3 true false null /N#20a#23]/C 12 0 R/D <</E (A)>>/F []>>`
	if b.String() != want {
		t.Fatalf("wrote %s\nwant  %s", b.String(), want)
	}
	if v.key("A").s != "x(y)\r\\z" || v.key("B").items[6].s != "N a#" || v.key("C").ref != [2]int{12, 0} {
		t.Errorf("parsed %+v", v)
	}
	// The library reads what we write.
	lr, err := lpdf.NewReader(bytes.NewReader(minimalPDF(b.String())), int64(len(minimalPDF(b.String()))))
	if err != nil {
		t.Fatal(err)
	}
	if got := lr.Trailer().Key("Root").Key("X").Key("A").RawString(); got != "x(y)\r\\z" {
		t.Errorf("the library reads /A as %q", got)
	}
}

// minimalPDF is a one-object PDF whose catalog has /X set to obj.
func minimalPDF(obj string) []byte {
	body := "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /X " + obj + " >>\nendobj\n"
	x := len(body)
	return []byte(body + "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n" + itoa(x) + "\n%%EOF\n")
}

func TestHugeOrDeepObjectsAreRefused(t *testing.T) {
	for name, src := range map[string]string{
		"nested 100 deep":    strings.Repeat("[", 100),
		"two million tokens": "[" + strings.Repeat("1 ", 2<<20) + "]",
	} {
		t.Run(name, func(t *testing.T) {
			lx := &lexer{b: []byte(src)}
			if _, err := (&objParser{lx: lx}).value(lx.next(), 0); !errors.Is(err, errObjTooBig) {
				t.Errorf("error %v, want errObjTooBig", err)
			}
		})
	}
}

func TestEncryptedFileWithALostTableStillReads(t *testing.T) {
	data, err := os.ReadFile(protectedSample)
	if err != nil {
		t.Fatalf("the protected samples are part of the repository: %v", err)
	}
	clean, err := readFixture(t, "../../samples/pdf/soffice-20-chi-bo-hat-kiem-lam-huyen-bao-thang.pdf")
	if err != nil {
		t.Fatal(err)
	}
	x0, x1 := bytes.LastIndex(data, []byte("\nxref"))+1, bytes.LastIndex(data, []byte("trailer"))
	if x0 <= 0 || x1 < x0 {
		t.Fatal("the sample has no cross-reference table")
	}
	lost := append(append(append([]byte{}, data[:x0]...), bytes.Repeat([]byte(" "), x1-x0)...), data[x1:]...)
	d, err := readBytes(t, lost)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(spanTexts(d), "\n"), strings.Join(spanTexts(clean), "\n"); got != want {
		t.Errorf("text differs from the clean file's:\n%s\nwant:\n%s", got, want)
	}
}
