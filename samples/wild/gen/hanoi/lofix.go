package main

import (
	"archive/zip"
	"bytes"
	"crypto/md5"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	reCreation = regexp.MustCompile(`/CreationDate\(D:\d{14}`)
	reID       = regexp.MustCompile(`/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]`)
	reCheck    = regexp.MustCompile(`/DocChecksum /[0-9A-F]{32}`)
)

// fixLO makes a LibreOffice output reproducible: fixed PDF dates and IDs
// (same lengths, so the cross-reference table stays valid), fixed zip times.
func fixLO(path string) {
	b, err := os.ReadFile(path)
	must(err)
	sum := fmt.Sprintf("%X", md5.Sum([]byte(filepath.Base(path))))
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		b = reCreation.ReplaceAll(b, []byte("/CreationDate(D:20240115080000"))
		b = reID.ReplaceAllFunc(b, func(m []byte) []byte {
			ws := regexp.MustCompile(`>\s*<`).Find(m)
			return []byte("/ID [ <" + sum + string(ws) + sum + "> ]")
		})
		b = reCheck.ReplaceAll(b, []byte("/DocChecksum /"+sum))
		must(os.WriteFile(path, b, 0o644))
	case ".docx", ".xlsx":
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		must(err)
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, f := range zr.File {
			rc, err := f.Open()
			must(err)
			data, err := io.ReadAll(rc)
			must(err)
			rc.Close()
			h := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: fixedTime}
			w, err := zw.CreateHeader(h)
			must(err)
			_, err = w.Write(data)
			must(err)
		}
		must(zw.Close())
		must(os.WriteFile(path, buf.Bytes(), 0o644))
	}
}
