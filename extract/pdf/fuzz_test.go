package pdf

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"
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
		case <-time.After(10 * time.Second):
			t.Fatal("Read still running 8 s past its deadline")
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
