package pdf

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"baocao/internal/await"
)

// FuzzRead feeds Read arbitrary bytes, seeded with our fixtures and the
// samples: it must return, quickly and without panicking, whatever the input.
func FuzzRead(f *testing.F) {
	for _, path := range comparePDFs(f) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) <= 256<<10 {
			f.Add(data)
		}
	}
	for _, data := range encryptedSeeds(f) {
		f.Add(data)
	}
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Add(buildPDF(f, "BT /F1 12 Tf 72 700 Td (a\\+b) Tj ET BI /W 1 ID x EI", ""))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		done := make(chan bool, 1)
		go func() {
			d, err := Read(ctx, bytes.NewReader(data), int64(len(data)))
			done <- err == nil && d == nil
		}()
		select {
		case bad := <-done:
			if bad {
				t.Fatal("nil document without an error")
			}
		case <-time.After(await.Stall): // stuck, not slow: a busy machine may be slow
			t.Fatalf("Read still running %v after its 2 s deadline", await.Stall)
		}
	})
}

// encryptedSeeds are the encrypted samples, and one of them with its
// encryption dictionary damaged in each way hostileVariants knows.
func encryptedSeeds(f *testing.F) [][]byte {
	f.Helper()
	paths, err := filepath.Glob("../../samples/pdf-protected/*.pdf")
	if err != nil || len(paths) == 0 {
		f.Fatalf("no encrypted samples in ../../samples/pdf-protected: %v", err)
	}
	var seeds [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	data, err := os.ReadFile(protectedSample)
	if err != nil {
		f.Fatal(err)
	}
	for _, v := range hostileVariants(f, data) {
		seeds = append(seeds, v)
	}
	return seeds
}

// FuzzDecryptCopy feeds the decryptor arbitrary bytes: it must return
// without panicking, and what it returns must be a whole PDF.
func FuzzDecryptCopy(f *testing.F) {
	for _, data := range encryptedSeeds(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		out, err := decryptCopy(ctx, data)
		if err == nil && (!bytes.HasPrefix(out, []byte("%PDF-1.7\n")) || !bytes.HasSuffix(out, []byte("%%EOF\n"))) {
			t.Fatalf("the copy is not a whole PDF: %.40q … %.40q", out, out[max(0, len(out)-40):])
		}
	})
}

func BenchmarkRead(b *testing.B) {
	for _, path := range []string{"testdata/fpdf-letter.pdf", "testdata/lo-report.pdf"} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(path, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
