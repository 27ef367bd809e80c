package main

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"

	"github.com/go-pdf/fpdf"
	"github.com/xuri/excelize/v2"
)

func cell(c, r int) string { s, _ := excelize.CoordinatesToCellName(c, r); return s }

var formsWhat = []string{
	"nhãn cột A, giá trị cột B, ngày kiểu Excel; ngày báo cáo dưới nhãn 'Ngày lập phiếu'",
	"nhãn và giá trị chung một ô ('Ngày tổ chức: 12/4/2021')",
	"nhãn cột A, giá trị cột C, ngày viết bằng chữ; ĐV viết tắt",
	"nhãn đánh số theo mục, ngày dạng văn bản dd-mm-yyyy; chỉ nêu số vắng",
	"hai cặp nhãn/giá trị trên một hàng (A:B và D:E), ngày Excel",
	"nhãn cột A, giá trị cột B, chương trình hành động chưa ban hành; hình thức trực tuyến",
}

func makeForms(r *rand.Rand) {
	for k := 0; k < 6; k++ {
		pl := places[(k*5+3)%len(places)]
		conf := day(4+k%3, 6+k*3)
		rep := conf.AddDate(0, 0, 4)
		sec := person(r)
		tot := 15 + r.Intn(30)
		abs := 1 + r.Intn(3)
		pres, oth := tot-abs, 3+r.Intn(15)
		ap := conf.AddDate(0, 0, 5)
		apn := fmt.Sprintf("%02d-CTr/CB", 2+k)
		title := "Bí thư Chi bộ"
		if !pl.Party {
			title = "Thủ trưởng cơ quan"
		}
		rec := M{"unit": pl.Unit, "parent_unit": pl.Parent, "report_date": iso(rep), "conference_date": iso(conf), "location": pl.Loc,
			"chair": M{"name": sec, "title": title}, "reporters": []M{{"name": sec, "title": title}},
			"attendance": M{"members_present": pres, "members_total": tot, "rate": rate(pres, tot), "others": oth}}
		form := []string{"Trực tiếp", "Kết hợp trực tiếp và trực tuyến", "Trực tiếp", "Trực tiếp", "Trực tiếp", "Trực tuyến"}[k]
		rec["form"] = map[string]string{"Trực tiếp": "in_person", "Trực tuyến": "online"}[form]
		if k == 1 {
			rec["form"] = "hybrid"
		}
		apTxt := "Số " + apn + " ngày " + dSlash(ap)
		rec["action_program"] = M{"issued": true, "number": apn, "date": iso(ap)}
		if k == 5 {
			apTxt = "Chưa ban hành"
			rec["action_program"] = M{"issued": false}
		}
		var confV, repV any = conf, rep
		switch k {
		case 1:
			confV, repV = dSlash(conf), dSlash(rep)
		case 2:
			confV, repV = dLong(conf), dLong(rep)
		case 3:
			confV, repV = dHyph(conf), dHyph(rep)
		}
		attTot, attPres := any(tot), any(pres)
		pairs := [][2]any{
			{"Tên chi bộ / đơn vị", pl.Unit}, {"Trực thuộc", pl.Parent}, {"Ngày tổ chức hội nghị", confV}, {"Địa điểm", pl.Loc},
			{"Hình thức", form}, {"Người chủ trì", "Đ/c " + sec + ", " + title}, {"Báo cáo viên", "Đ/c " + sec + ", " + title},
			{"Tổng số đảng viên", attTot}, {"Số đảng viên dự", attPres}, {"Quần chúng dự", oth},
			{"Chương trình hành động", apTxt}, {"Ngày lập phiếu", repV},
		}
		if k == 2 {
			pairs[7][0], pairs[8][0] = "Tổng số ĐV", "ĐV có mặt"
			pairs[11][0] = "Ngày báo cáo"
		}
		if k == 3 {
			pairs[8] = [2]any{"Số đảng viên vắng (có lý do)", abs}
			pairs[11][0] = "Ngày gửi báo cáo"
		}
		if k == 4 {
			pairs[11][0] = "Ngày ký"
		}
		f := excelize.NewFile()
		sh := "Phieu"
		must(f.SetSheetName("Sheet1", sh))
		dst, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 13}})
		must(f.SetCellValue(sh, "A1", "PHIẾU THÔNG TIN KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII"))
		must(f.SetCellStyle(sh, "A1", "A1", bold))
		var text strings.Builder
		text.WriteString("PHIẾU ")
		row := 3
		for n, p := range pairs {
			lab := p[0].(string)
			val := p[1]
			vs := fmt.Sprint(val)
			text.WriteString(lab + " " + vs + "\n")
			switch k {
			case 1:
				must(f.SetCellValue(sh, cell(1, row), lab+": "+vs))
			case 2:
				must(f.SetCellValue(sh, cell(1, row), lab))
				must(f.SetCellValue(sh, cell(3, row), val))
			case 3:
				if n == 0 || n == 7 || n == 10 {
					must(f.SetCellValue(sh, cell(1, row), []string{"I. THÔNG TIN CHUNG", "", "", "", "", "", "", "II. THÀNH PHẦN DỰ", "", "", "III. SAU HỘI NGHỊ"}[n]))
					row++
				}
				must(f.SetCellValue(sh, cell(1, row), fmt.Sprintf("%d. %s", n+1, lab)))
				must(f.SetCellValue(sh, cell(2, row), val))
			case 4:
				c := 1 + 3*(n%2)
				must(f.SetCellValue(sh, cell(c, row), lab))
				must(f.SetCellValue(sh, cell(c+1, row), val))
				if _, ok := val.(interface{ Year() int }); ok {
					must(f.SetCellStyle(sh, cell(c+1, row), cell(c+1, row), dst))
				}
				if n%2 == 0 {
					continue
				}
			default:
				must(f.SetCellValue(sh, cell(1, row), lab))
				must(f.SetCellValue(sh, cell(2, row), val))
				if _, ok := val.(interface{ Year() int }); ok {
					must(f.SetCellStyle(sh, cell(2, row), cell(2, row), dst))
				}
			}
			row++
		}
		must(f.SetColWidth(sh, "A", "A", 34))
		must(f.SetColWidth(sh, "B", "E", 30))
		name := fmt.Sprintf("phieu-%d-%s.xlsx", k+1, slug(pl.Unit))
		must(f.SaveAs(filepath.Join(outDir, name)))
		writeTruth(name, "xlsx", false, []M{rec}, text.String())
		note(name, "phiếu điền sẵn Excel: "+formsWhat[k])
	}
}

type rollup struct {
	parent, num, town, unitHead string
	rep                         string
	recs                        []M
	rows                        [][]string // body rows incl. group and total rows
	kinds                       []string   // "u", "g", "s", "t"
	confs                       []any
	text                        string
}

var unitHeads = []string{"Tên chi bộ", "Đơn vị", "Tổ chức cơ sở đảng", "Chi, đảng bộ", "Tên TCCS đảng", "Chi bộ trực thuộc", "Đơn vị tổ chức", "Cơ sở đảng", "Chi bộ"}

func buildRollup(k int, r *rand.Rand) *rollup {
	pl := places[(k*3+4)%len(places)]
	if !pl.Party {
		pl = places[(k*3+6)%len(places)]
	}
	parent := pl.Parent
	if pl.Big {
		parent = strings.Replace(pl.Unit, "Đảng bộ", "Đảng ủy", 1)
	}
	rep := day(6, 20+k)
	ru := &rollup{parent: parent, num: fmt.Sprintf("%d-BC/%s", 40+k*7, map[bool]string{true: "HU", false: "ĐU"}[strings.HasPrefix(parent, "Huyện")]), town: pl.Town, unitHead: unitHeads[k]}
	ru.rep = iso(rep)
	groups := []string{"I. KHỐI THÔN, XÓM", "II. KHỐI CƠ QUAN, TRƯỜNG HỌC", "III. KHỐI DOANH NGHIỆP"}
	names := [][]string{{"Chi bộ xóm Nà Mạ", "Chi bộ xóm Pác Bó", "Chi bộ thôn Bản Ngà", "Chi bộ ấp 1", "Chi bộ ấp 2", "Chi bộ ấp Bàu Tre", "Chi bộ thôn Làng Trà", "Chi bộ khu 3", "Chi bộ xóm Cốc Lùng", "Chi bộ thôn Nà Sliến", "Chi bộ ấp Phước Hưng", "Chi bộ thôn Đồng Mỏ"},
		{"Chi bộ Trường Tiểu học", "Chi bộ Trường THCS", "Chi bộ Trường Mầm non", "Chi bộ Trạm Y tế", "Chi bộ Công an xã", "Chi bộ Quân sự xã", "Chi bộ cơ quan UBND"},
		{"Chi bộ Hợp tác xã Nông nghiệp", "Chi bộ Công ty TNHH Sao Việt", "Chi bộ Trạm kiểm soát liên hợp cửa khẩu"}}
	nrow := []int{5, 8, 12, 20, 36, 6, 10, 9, 14}[k]
	ng := 2 + k%2
	var sumT, sumP int
	left := nrow
	for g := 0; g < ng; g++ {
		n := left / (ng - g)
		left -= n
		ru.rows = append(ru.rows, []string{"", groups[g]})
		ru.kinds = append(ru.kinds, "g")
		ru.confs = append(ru.confs, nil)
		var gt, gp int
		for j := 0; j < n; j++ {
			pool := names[g]
			u := pool[j%len(pool)]
			if j >= len(pool) {
				u += fmt.Sprintf(" số %d", j/len(pool)+1)
			}
			if g == 0 && j >= len(pool) {
				u = fmt.Sprintf("Chi bộ thôn %d", j+1)
			}
			conf := day(4+r.Intn(2), 1+r.Intn(28))
			chair, rp := person(r), person(r)
			ct := []string{"Bí thư chi bộ", "Phó Bí thư chi bộ", "Bí thư"}[r.Intn(3)]
			tot := 8 + r.Intn(40)
			pres := tot - r.Intn(4)
			oth := r.Intn(12)
			rec := M{"unit": u, "parent_unit": parent, "doc_number": ru.num, "report_date": ru.rep, "conference_date": iso(conf),
				"chair": M{"name": chair, "title": ct}, "reporters": []M{{"name": rp}},
				"attendance": M{"members_present": pres, "members_total": tot, "rate": rate(pres, tot), "others": oth}}
			fm := []string{"Trực tiếp", "Trực tuyến", "Kết hợp"}[r.Intn(3)]
			rec["form"] = map[string]string{"Trực tiếp": "in_person", "Trực tuyến": "online", "Kết hợp": "hybrid"}[fm]
			apn, apd := "", ""
			switch r.Intn(4) {
			case 0:
				apn = "Chưa ban hành"
				rec["action_program"] = M{"issued": false}
			case 1:
			default:
				ad := conf.AddDate(0, 0, 3+r.Intn(9))
				apn, apd = fmt.Sprintf("%02d-CTr/CB", 1+r.Intn(15)), dSlash(ad)
				rec["action_program"] = M{"issued": true, "number": apn, "date": iso(ad)}
			}
			ru.recs = append(ru.recs, rec)
			ru.rows = append(ru.rows, []string{itoa(len(ru.recs)), u, dSlash(conf), fm, chair, ct, "Đ/c " + rp, itoa(tot), itoa(pres), strings.TrimSuffix(pct(pres, tot), "%"), itoa(oth), apn, apd, ""})
			ru.kinds = append(ru.kinds, "u")
			ru.confs = append(ru.confs, conf)
			gt += tot
			gp += pres
		}
		ru.rows = append(ru.rows, []string{"", "Cộng " + strings.SplitN(groups[g], ". ", 2)[0], "", "", "", "", "", itoa(gt), itoa(gp), strings.TrimSuffix(pct(gp, gt), "%")})
		ru.kinds = append(ru.kinds, "s")
		ru.confs = append(ru.confs, nil)
		sumT += gt
		sumP += gp
	}
	ru.rows = append(ru.rows, []string{"", "TỔNG CỘNG", "", "", "", "", "", itoa(sumT), itoa(sumP), strings.TrimSuffix(pct(sumP, sumT), "%")})
	ru.kinds = append(ru.kinds, "t")
	ru.confs = append(ru.confs, nil)
	var b strings.Builder
	b.WriteString(up(parent) + "\n" + parent + "\nSố " + ru.num + "\n")
	for _, rw := range ru.rows {
		b.WriteString(strings.Join(rw, " ") + "\n")
	}
	ru.text = b.String()
	return ru
}

func rollupXLSX(ru *rollup, k int, path string) {
	f := excelize.NewFile()
	sh := "Tong hop"
	must(f.SetSheetName("Sheet1", sh))
	hs, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border: []excelize.Border{{Type: "left", Style: 1, Color: "000000"}, {Type: "right", Style: 1, Color: "000000"}, {Type: "top", Style: 1, Color: "000000"}, {Type: "bottom", Style: 1, Color: "000000"}}})
	ds, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	set := func(c string, v any) { must(f.SetCellValue(sh, c, v)) }
	set("A1", up(ru.parent))
	set("A3", "Số "+ru.num)
	set("H1", "ĐẢNG CỘNG SẢN VIỆT NAM")
	set("H3", ru.town+", ngày "+ru.rep[8:]+" tháng "+ru.rep[5:7]+" năm 2021")
	set("A5", "BẢNG TỔNG HỢP KẾT QUẢ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")
	must(f.MergeCell(sh, "A5", "N5"))
	h := 7
	if k%2 == 1 {
		set("C7", "KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
		must(f.MergeCell(sh, "C7", "N7"))
		h = 8
	}
	top := []string{"TT", ru.unitHead, "Ngày tổ chức", "Hình thức", "Người chủ trì", "", "Báo cáo viên", "Số đảng viên", "", "", "Quần chúng", "Chương trình hành động", "", "Ghi chú"}
	sub := []string{"", "", "", "", "Họ và tên", "Chức vụ", "", "Tổng số", "Tham dự", "Tỷ lệ (%)", "", "Số", "Ngày ban hành", ""}
	for c := 1; c <= 14; c++ {
		set(cell(c, h), top[c-1])
		set(cell(c, h+1), sub[c-1])
		set(cell(c, h+2), fmt.Sprintf("(%d)", c))
		if sub[c-1] == "" {
			must(f.MergeCell(sh, cell(c, h), cell(c, h+1)))
		}
	}
	for _, m := range [][2]int{{5, 6}, {8, 10}, {12, 13}} {
		must(f.MergeCell(sh, cell(m[0], h), cell(m[1], h)))
	}
	must(f.SetCellStyle(sh, cell(1, 7), cell(14, h+2), hs))
	row := h + 3
	for i, rw := range ru.rows {
		for c, v := range rw {
			if v == "" {
				continue
			}
			if c == 2 && k%2 == 0 && ru.kinds[i] == "u" {
				set(cell(c+1, row), ru.confs[i])
				must(f.SetCellStyle(sh, cell(c+1, row), cell(c+1, row), ds))
				continue
			}
			if (c == 0 || c >= 7 && c <= 8 || c == 10) && v != "" {
				set(cell(c+1, row), atoiMust(v))
				continue
			}
			set(cell(c+1, row), v)
		}
		row++
	}
	set(cell(2, row+1), "Ghi chú: Tỷ lệ tính trên tổng số đảng viên của chi bộ; số liệu tổng hợp đến ngày báo cáo.")
	set(cell(10, row+3), "T/M ĐẢNG ỦY")
	set(cell(10, row+4), "PHÓ BÍ THƯ")
	must(f.SetColWidth(sh, "B", "B", 34))
	must(f.SetColWidth(sh, "C", "N", 13))
	must(f.SaveAs(path))
}

func atoiMust(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}

func rollupPDF(ru *rollup, path string) {
	p := newPDF("L")
	p.SetMargins(10, 10, 10)
	p.SetAutoPageBreak(false, 10)
	p.AddPage()
	p.SetFont("liberation", "B", 11)
	p.CellFormat(120, 6, up(ru.parent), "", 0, "C", false, 0, "")
	p.CellFormat(0, 6, "ĐẢNG CỘNG SẢN VIỆT NAM", "", 1, "C", false, 0, "")
	p.SetFont("liberation", "", 11)
	p.CellFormat(120, 6, "Số "+ru.num, "", 0, "C", false, 0, "")
	p.CellFormat(0, 6, ru.town+", ngày "+ru.rep[8:]+" tháng "+ru.rep[5:7]+" năm 2021", "", 1, "C", false, 0, "")
	p.Ln(3)
	p.SetFont("liberation", "B", 12)
	p.CellFormat(0, 7, "TỔNG HỢP KẾT QUẢ TỔ CHỨC HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI XIII", "", 1, "C", false, 0, "")
	w := []float64{9, 44, 20, 18, 28, 24, 28, 13, 13, 13, 14, 20, 20, 13}
	hdr := [][]string{{"TT", ru.unitHead, "Ngày tổ chức", "Hình thức", "Chủ trì", "Chức vụ", "Báo cáo viên", "Tổng số ĐV", "ĐV dự", "Tỷ lệ (%)", "Quần chúng", "CTHĐ số", "Ngày CTHĐ", "Ghi chú"}}
	nums := make([]string, 14)
	for i := range nums {
		nums[i] = fmt.Sprintf("(%d)", i+1)
	}
	rows := append(append(hdr, nums), ru.rows...)
	for i := range rows {
		for len(rows[i]) < 14 {
			rows[i] = append(rows[i], "")
		}
	}
	p.SetX(10)
	tableAt(p, rows, w)
	must(p.OutputFileAndClose(path))
}

func tableAt(p *fpdf.Fpdf, rows [][]string, w []float64) {
	for i, row := range rows {
		st := ""
		if i < 2 || row[0] == "" {
			st = "B"
		}
		p.SetFont("liberation", st, 8.5)
		n := 1
		for j, c := range row {
			if k := len(splitLines(p, c, w[j]-1.5)); k > n {
				n = k
			}
		}
		h := float64(n)*4 + 1.5
		if p.GetY()+h > 200 {
			p.AddPage()
		}
		x, y := 10.0, p.GetY()
		for j, c := range row {
			p.Rect(x, y, w[j], h, "D")
			p.SetXY(x+0.7, y+0.7)
			p.MultiCell(w[j]-1.4, 4, c, "", map[bool]string{true: "L", false: "C"}[j == 1 || j == 4 || j == 6], false)
			x += w[j]
		}
		p.SetXY(10, y+h)
	}
}

func makeRollups(r *rand.Rand) {
	var xls []string
	for k := 0; k < 9; k++ {
		ru := buildRollup(k, r)
		base := fmt.Sprintf("tonghop-%d-%s", k+1, slug(ru.parent))
		what := fmt.Sprintf("bảng tổng hợp %d đơn vị, cột đơn vị '%s', dòng nhóm và dòng cộng, tổng cộng, dòng đánh số cột", len(ru.recs), ru.unitHead)
		switch {
		case k < 5:
			rollupXLSX(ru, k, filepath.Join(outDir, base+".xlsx"))
			writeTruth(base+".xlsx", "xlsx", false, ru.recs, ru.text)
			if k%2 == 1 {
				what += ", tiêu đề gộp 3 tầng"
			} else {
				what += ", tiêu đề gộp 2 tầng, ngày kiểu Excel"
			}
			note(base+".xlsx", what)
		case k < 7:
			p := filepath.Join(tmpDir, base+".xlsx")
			rollupXLSX(ru, k, p)
			xls = append(xls, p)
			writeTruth(base+".xls", "xls", false, ru.recs, ru.text)
			note(base+".xls", what+", Excel 97 (.xls)")
		default:
			rollupPDF(ru, filepath.Join(outDir, base+".pdf"))
			writeTruth(base+".pdf", "pdf", false, ru.recs, ru.text)
			note(base+".pdf", what+", PDF khổ ngang")
		}
	}
	soffice("xls:MS Excel 97", outDir, "", xls...)
}
