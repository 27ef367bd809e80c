package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"

	"baocao"
)

// makeBad writes the files that cannot be read, and one readable workbook that
// is not a report, into out/bad. It needs the good samples made first.
func makeBad(out string) ([]sample, error) {
	dir := filepath.Join(out, "bad")
	if err := cleanDir(dir); err != nil {
		return nil, err
	}
	specs := buildNarrativeSpecs()
	pdfOf := func(k int) string {
		return filepath.Join(out, "pdf", fmt.Sprintf("%s-%02d-%s.pdf", specs[k].Producer, k+1, specs[k].Slug))
	}
	formPath := filepath.Join(out, "xlsx", fmt.Sprintf("form-%02d-%s.xlsx", 1, slugFor(formUnits[0].Unit)))
	for _, p := range []string{pdfOf(0), pdfOf(2), pdfOf(4), formPath} {
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("the bad samples are cut from the good ones; make pdf and forms first: %w", err)
		}
	}
	bad := func(name, producer, variation, format, code string) sample {
		return sample{Path: "bad/" + name, Producer: producer, Variation: variation,
			Want: expected{Format: format, Error: "x", ErrorCode: code}}
	}
	var samples []sample

	// Truncated copies.
	if err := truncateCopy(pdfOf(0), filepath.Join(dir, "truncated-40pct-chi-bo-truong-thcs-hung-son.pdf"), 0.4); err != nil {
		return nil, err
	}
	samples = append(samples, bad("truncated-40pct-chi-bo-truong-thcs-hung-son.pdf", "first 40% of "+filepath.Base(pdfOf(0)),
		"PDF cut short: no xref table, no trailer, pages missing", "pdf", baocao.EUNREADABLE))
	if err := truncateCopy(formPath, filepath.Join(dir, "truncated-half-form-chi-bo-thon-phu-hoa.xlsx"), 0.5); err != nil {
		return nil, err
	}
	samples = append(samples, bad("truncated-half-form-chi-bo-thon-phu-hoa.xlsx", "first 50% of "+filepath.Base(formPath),
		"workbook cut short: the zip has no central directory (format left unchecked: only the local headers remain)", "", baocao.EUNREADABLE))

	// Passwords needed to open.
	if err := qpdfEncrypt(pdfOf(2), filepath.Join(dir, "password-aes256-dang-bo-xa-ha-thuong.pdf"), "matkhau", "chusohuu", "256"); err != nil {
		return nil, err
	}
	samples = append(samples, bad("password-aes256-dang-bo-xa-ha-thuong.pdf", "qpdf --encrypt USER OWNER 256 of "+filepath.Base(pdfOf(2)),
		"needs a user password to open (AES-256)", "pdf", baocao.EENCRYPTED))
	if err := qpdfEncrypt(pdfOf(4), filepath.Join(dir, "password-rc4-128-chi-bo-van-phong-huyen-uy.pdf"), "u", "o", "128", "--use-aes=n"); err != nil {
		return nil, err
	}
	samples = append(samples, bad("password-rc4-128-chi-bo-van-phong-huyen-uy.pdf", "qpdf --encrypt u o 128 --use-aes=n of "+filepath.Base(pdfOf(4)),
		"needs a user password to open (RC4 128-bit)", "pdf", baocao.EENCRYPTED))

	// Not a PDF or a workbook at all.
	if err := os.WriteFile(filepath.Join(dir, "empty.pdf"), nil, 0o644); err != nil {
		return nil, err
	}
	samples = append(samples, bad("empty.pdf", "an empty file", "0 bytes named .pdf", "", baocao.EFORMAT))
	if err := os.WriteFile(filepath.Join(dir, "image-png-named.pdf"), pngBytes(), 0o644); err != nil {
		return nil, err
	}
	samples = append(samples, bad("image-png-named.pdf", "image/png", "a PNG picture (a photo of a signed page) named .pdf", "", baocao.EFORMAT))
	if err := os.WriteFile(filepath.Join(dir, "web-page-named.pdf"), []byte(htmlPage), 0o644); err != nil {
		return nil, err
	}
	samples = append(samples, bad("web-page-named.pdf", "hand-written HTML", "a web page (a download portal's error page) saved as .pdf", "", baocao.EFORMAT))
	noise := make([]byte, 48<<10)
	r := newRand(9000)
	for i := range noise {
		noise[i] = byte(r.UintN(256))
	}
	noise[0], noise[1] = 0x1f, 0x2e // not a zip, PDF or OLE signature
	if err := os.WriteFile(filepath.Join(dir, "random-bytes.xlsx"), noise, 0o644); err != nil {
		return nil, err
	}
	samples = append(samples, bad("random-bytes.xlsx", "math/rand PCG, fixed seed", "48 KiB of random bytes named .xlsx", "", baocao.EFORMAT))

	// A zip bomb.
	if err := zipBomb(filepath.Join(dir, "zip-bomb-2gib-sheet.xlsx")); err != nil {
		return nil, err
	}
	samples = append(samples, bad("zip-bomb-2gib-sheet.xlsx", "archive/zip with compress/flate, streamed",
		"structurally valid xlsx whose sheet1.xml inflates to about 2.2 GB of rows (1 MiB cells)", "xlsx", baocao.ETOOLARGE))

	// Readable, but not a report.
	pl, err := priceList(filepath.Join(dir, "not-a-report-price-list.xlsx"))
	if err != nil {
		return nil, err
	}
	samples = append(samples, sample{Path: "bad/not-a-report-price-list.xlsx", Producer: "excelize",
		Variation: "a readable workbook that is not a report (a stationery price list): no records, no error",
		Want:      expected{Format: "xlsx", Pages: pl}})
	return samples, nil
}

// truncateCopy writes the first fraction of src to dst.
func truncateCopy(src, dst string, fraction float64) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b[:int(float64(len(b))*fraction)], 0o644)
}

// pngBytes draws a small grey page with dark lines, like a photographed page.
func pngBytes() []byte {
	img := image.NewGray(image.Rect(0, 0, 120, 170))
	for y := range 170 {
		for x := range 120 {
			c := uint8(235)
			if y%12 < 2 && x > 10 && x < 110 {
				c = 60
			}
			img.SetGray(x, y, color.Gray{Y: c})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

const htmlPage = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Không tìm thấy tệp - Hệ thống quản lý văn bản</title></head>
<body>
<h1>Không tìm thấy tệp</h1>
<p>Tệp "Bao cao hoi nghi NQ XIII.pdf" đã bị xóa hoặc phiên đăng nhập đã hết hạn.</p>
<p><a href="/dang-nhap">Đăng nhập lại</a></p>
</body>
</html>
`

// zipBomb writes a structurally valid workbook whose one sheet inflates to more
// than 2 GiB, streaming it so that it never sits in memory.
func zipBomb(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	small := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tổng hợp" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	for _, s := range small {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: s.name, Method: zip.Deflate})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, s.body); err != nil {
			return err
		}
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên chi bộ</t></is></c></row>`); err != nil {
		return err
	}
	run := bytes.Repeat([]byte("x"), 1<<20)
	const rows = 2100 // 2100 MiB > 2 GiB
	for i := range rows {
		if _, err := fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>`, i+2, i+2); err != nil {
			return err
		}
		if _, err := w.Write(run); err != nil {
			return err
		}
		if _, err := io.WriteString(w, `</t></is></c></row>`); err != nil {
			return err
		}
	}
	if _, err := io.WriteString(w, `</sheetData></worksheet>`); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

// priceList writes a readable workbook that is no report: a price list.
func priceList(path string) (int, error) {
	f, err := newWorkbook("Bảng giá")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rows := [][]any{
		{"CÔNG TY TNHH VĂN PHÒNG PHẨM HỒNG HÀ"},
		{"BẢNG BÁO GIÁ VĂN PHÒNG PHẨM QUÝ II/2021"},
		{},
		{"STT", "Tên hàng", "Đơn vị tính", "Đơn giá (đồng)", "Ghi chú"},
		{1, "Giấy A4 Double A 70gsm", "Ram", 72000, ""},
		{2, "Bút bi Thiên Long TL-027", "Hộp", 45000, "20 chiếc/hộp"},
		{3, "Mực in HP 12A", "Hộp", 1650000, "Chính hãng"},
		{4, "Cặp tài liệu 3 dây", "Chiếc", 18000, ""},
		{5, "Sổ ghi biên bản họp", "Quyển", 35000, "Bìa cứng"},
		{6, "Ghim bấm số 10", "Hộp", 4000, ""},
		{},
		{"", "Tổng số mặt hàng: 6", "", "", ""},
	}
	for i, row := range rows {
		for j, v := range row {
			if err := f.SetCellValue("Bảng giá", cell(j+1, i+1), v); err != nil {
				return 0, err
			}
		}
	}
	return 1, saveWorkbook(f, path)
}
