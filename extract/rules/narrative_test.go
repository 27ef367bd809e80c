package rules

import (
	"encoding/json"
	"strings"
	"testing"

	"baocao"
	"baocao/extract/doc"
)

// page lays out text as a PDF reader would: one line per entry, "|" between
// spans, columns at fixed x positions, a line every 16 points.
func page(texts ...string) *doc.Document {
	d := &doc.Document{Format: "pdf", Pages: 1}
	for i, t := range texts {
		l := doc.Line{Page: 1, Y: 60 + 16*float64(i)}
		x := 70.0
		if strings.HasPrefix(t, "    ") { // an indented first line
			x = 100
		}
		for j, part := range strings.Split(strings.TrimSpace(t), "|") {
			if j > 0 {
				x = max(x+20, float64(300+100*(j-1)))
			}
			if strings.HasPrefix(part, ">") { // right column
				part, x = part[1:], 320
			}
			w := 5.5 * float64(len([]rune(part)))
			l.Spans = append(l.Spans, doc.Span{X0: x, X1: x + w, Text: part, Size: 13})
			x += w
		}
		d.Lines = append(d.Lines, l)
	}
	return d
}

func TestNarrativeReadsEveryField(t *testing.T) {
	d := page(
		"ĐẢNG BỘ XÃ HÙNG SƠN|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"CHI BỘ TRƯỜNG THCS HÙNG SƠN",
		"*|>Hùng Sơn, ngày 25 tháng 4 năm 2021",
		"Số 15-BC/CB",
		"BÁO CÁO",
		"Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng",
		"    Thực hiện Chỉ thị số 01-CT/TW, ngày 09/3/2021 của Bộ Chính trị; Hướng dẫn số 12-HD/HU ngày",
		"15/3/2021 của Ban Tuyên giáo Huyện ủy, Chi bộ Trường THCS Hùng Sơn báo cáo kết quả như sau:",
		"I. CÔNG TÁC TỔ CHỨC",
		"    Vào hồi 7 giờ 30 phút, ngày 20 tháng 4 năm 2021, tại Hội trường UBND xã Hùng Sơn, Chi bộ đã tổ chức",
		"hội nghị theo hình thức trực tiếp. Đồng chí Nguyễn Văn Hùng, Bí thư Chi bộ chủ trì hội nghị và trực",
		"tiếp làm báo cáo viên.",
		"    Tổng số đảng viên của Chi bộ: 25 đồng chí; số đảng viên tham dự: 24 đồng chí, đạt 96,0%. Ngoài ra",
		"có 5 quần chúng ưu tú tham dự.",
		"II. NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ",
		"    1. Chuyên đề 1: Những nội dung cơ bản của Văn kiện Đại hội XIII - đồng chí Nguyễn Văn Hùng trình",
		"bày (120 phút).",
		"    2. Chuyên đề 2: Chương trình hành động của Huyện ủy (90 phút).",
		"III. CHƯƠNG TRÌNH HÀNH ĐỘNG",
		"    Chi bộ đã ban hành Chương trình hành động số 12-CTr/CB ngày 28/4/2021 thực hiện Nghị quyết.",
		">T/M CHI BỘ",
		">BÍ THƯ",
		">Nguyễn Văn Hùng",
	)
	recs, _ := recordsOf(d)
	if len(recs) != 1 {
		t.Fatalf("got %d records, want 1", len(recs))
	}
	got := recs[0]
	got.Warnings = nil
	hung := baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư Chi bộ"}
	want := baocao.Record{
		Unit:           "Chi bộ Trường THCS Hùng Sơn",
		ParentUnit:     "Đảng bộ xã Hùng Sơn",
		DocNumber:      "15-BC/CB",
		ReportDate:     date(2021, 4, 25),
		ConferenceDate: date(2021, 4, 20),
		Location:       "Hội trường UBND xã Hùng Sơn",
		Form:           baocao.InPerson,
		Chair:          &hung,
		Reporters:      []baocao.Person{hung},
		Attendance:     &baocao.Attendance{MembersPresent: 24, MembersTotal: 25, Rate: 0.96, Others: 5},
		Program: []baocao.ProgramItem{
			{Topic: "Chuyên đề 1: Những nội dung cơ bản của Văn kiện Đại hội XIII", Presenter: "Nguyễn Văn Hùng", Minutes: 120},
			{Topic: "Chuyên đề 2: Chương trình hành động của Huyện ủy", Minutes: 90},
		},
		ActionProgram: &baocao.ActionProgram{Issued: true, Number: "12-CTr/CB", Date: date(2021, 4, 28)},
		Signer:        &baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư"},
		Source:        baocao.Source{Page: 1},
	}
	if g, w := asJSON(t, got), asJSON(t, want); g != w {
		t.Errorf("record differs\n got: %s\nwant: %s", g, w)
	}
}

func TestNarrativeVariants(t *testing.T) {
	head := []string{
		"ĐẢNG BỘ HUYỆN ĐẠI TỪ|>ĐẢNG CỘNG SẢN VIỆT NAM",
		"ĐẢNG BỘ XÃ ĐẠI TỪ|>Đại Từ, ngày 02 tháng 6 năm 2021",
		"Số: 45-BC/ĐU",
		"BÁO CÁO",
		"    Thực hiện Hướng dẫn của Đảng bộ huyện Đại Từ, Đảng bộ xã Đại Từ báo cáo kết quả hội nghị học tập Nghị quyết",
	}
	tests := []struct {
		name  string
		body  []string
		check func(t *testing.T, r baocao.Record)
	}{
		{"labelled time and place, a deputy chairs, another presents", []string{
			"    Thời gian: ngày 20/5/2021.",
			"    Địa điểm: Hội trường Đảng ủy xã.",
			"    Chủ trì: đ/c Trần Thị Mai - Phó Bí thư Đảng ủy.",
			"    Báo cáo viên: đồng chí Lê Văn Nam, Bí thư Đảng ủy xã.",
			"    Số đảng viên tham dự 312/325, đạt tỷ lệ 96%.",
			"    Đảng ủy đang xây dựng Chương trình hành động, sẽ ban hành trong tháng 6/2021.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "conference date", r.ConferenceDate.String(), "2021-05-20")
			expect(t, "location", r.Location, "Hội trường Đảng ủy xã")
			expect(t, "chair", asJSON(t, r.Chair), `{"name":"Trần Thị Mai","title":"Phó Bí thư Đảng ủy"}`)
			expect(t, "reporters", asJSON(t, r.Reporters), `[{"name":"Lê Văn Nam","title":"Bí thư Đảng ủy xã"}]`)
			expect(t, "attendance", asJSON(t, r.Attendance), `{"members_present":312,"members_total":325,"rate":0.96}`)
			expect(t, "action program", asJSON(t, r.ActionProgram), `{"issued":false}`)
			expect(t, "unit", r.Unit, "Đảng bộ xã Đại Từ")
			expect(t, "parent", r.ParentUnit, "Đảng bộ huyện Đại Từ")
			expect(t, "doc number", r.DocNumber, "45-BC/ĐU")
		}},
		{"thousands in counts, online, several presenters", []string{
			"    Ngày 20-4-2021, Đảng bộ tổ chức hội nghị theo hình thức trực tuyến tại Hội trường Huyện ủy.",
			"    Báo cáo viên gồm các đồng chí: Nguyễn Văn An, Bí thư Đảng ủy; Trần Văn Bình, Phó Bí thư Thường trực Đảng ủy.",
			"    Tổng số: 1.250 đảng viên; tham gia: 1.198 đảng viên; đạt 95,84%. Quần chúng: 45 người.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "conference date", r.ConferenceDate.String(), "2021-04-20")
			expect(t, "form", string(r.Form), "online")
			expect(t, "location", r.Location, "Hội trường Huyện ủy")
			expect(t, "reporters", asJSON(t, r.Reporters), `[{"name":"Nguyễn Văn An","title":"Bí thư Đảng ủy"},{"name":"Trần Văn Bình","title":"Phó Bí thư Thường trực Đảng ủy"}]`)
			expect(t, "attendance", asJSON(t, r.Attendance), `{"members_present":1198,"members_total":1250,"rate":0.9584,"others":45}`)
			if r.ActionProgram != nil {
				t.Errorf("action program %+v, want none: the report does not mention one", r.ActionProgram)
			}
		}},
		{"a program item wrapped just before its presenter's dash", []string{
			"    Ngày 20/5/2021, tại Hội trường Đảng ủy xã, Đảng bộ tổ chức hội nghị. Có 48/50 đảng viên tham dự (96%).",
			"II. NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ",
			"    1. Chuyên đề 1: Những điểm mới trong Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII",
			"- đồng chí Lê Văn Nam trình bày (120 phút).",
			"    2. Chuyên đề 2: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 - đồng chí Lê Văn Nam",
			"trình bày (90 phút).",
			"III. ĐỀ XUẤT, KIẾN NGHỊ",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "program", asJSON(t, r.Program), `[{"topic":"Chuyên đề 1: Những điểm mới trong Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII","presenter":"Lê Văn Nam","minutes":120},{"topic":"Chuyên đề 2: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030","presenter":"Lê Văn Nam","minutes":90}]`)
		}},
		{"title before the name, hybrid, two days", []string{
			"    Trong 2 ngày 20 và 21/4/2021, tại Trung tâm Chính trị huyện, hội nghị được tổ chức kết hợp trực tiếp và trực tuyến.",
			"    Đồng chí Bí thư Đảng ủy Nguyễn Văn Hùng chủ trì hội nghị. Có 48/50 đảng viên tham dự (96%).",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "conference date", r.ConferenceDate.String(), "2021-04-20")
			expect(t, "form", string(r.Form), "hybrid")
			expect(t, "location", r.Location, "Trung tâm Chính trị huyện")
			expect(t, "chair", asJSON(t, r.Chair), `{"name":"Nguyễn Văn Hùng","title":"Bí thư Đảng ủy"}`)
			expect(t, "attendance", asJSON(t, r.Attendance), `{"members_present":48,"members_total":50,"rate":0.96}`)
			if r.Reporters != nil {
				t.Errorf("reporters %+v, want none: the report does not say who presented", r.Reporters)
			}
		}},
		{"a list led in by a sentence, topics quoted, a plan to implement", []string{
			"    Ngày 20/4/2021, tại Nhà văn hóa thôn, Chi bộ tổ chức hội nghị; có 25/27 đảng viên dự.",
			"    Hội nghị được nghe quán triệt các chuyên đề:",
			"    - Chuyên đề 1: “Những nội dung cơ bản của Hội nghị lần thứ tư”, do đồng chí Cao Thị Bích trình bày, thời lượng 1,5 giờ.",
			"    - Chuyên đề 2: “Quy định số 37-QĐ/TW về những điều đảng viên không được làm”, do đồng chí Lê Tấn Lộc trình bày, thời lượng 01 giờ.",
			"    Sau khi nghe quán triệt, đảng viên thảo luận sôi nổi.",
			"    Ngày 8/1/2022, Chi bộ đã ban hành Kế hoạch số 06-KH/CB về thực hiện Nghị quyết.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "program", asJSON(t, r.Program), `[{"topic":"Những nội dung cơ bản của Hội nghị lần thứ tư","presenter":"Cao Thị Bích","minutes":90},`+
				`{"topic":"Quy định số 37-QĐ/TW về những điều đảng viên không được làm","presenter":"Lê Tấn Lộc","minutes":60}]`)
			expect(t, "action program", asJSON(t, r.ActionProgram), `{"issued":true,"number":"06-KH/CB","date":"2022-01-08"}`)
		}},
		{"the form the text labels, not the equipment it names", []string{
			"    Văn phòng đã chuẩn bị hệ thống hội nghị trực tuyến kết nối đến các trường.",
			"    Ngày 15/5/2021, Đảng bộ tổ chức hội nghị theo hình thức kết hợp trực tiếp và trực tuyến; có 48/50 đảng viên dự.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "form", string(r.Form), "hybrid")
		}},
		{"a place named with its larger parts; tài is not tại", []string{
			"    Ngày 14-5-2021, Chi bộ Phòng Tài chính - Kế hoạch tổ chức hội nghị học tập, quán triệt Nghị quyết tại Phòng họp số 2, Trung tâm Hành chính quận Hải Châu, quán triệt đầy đủ các nội dung; có 8/8 đảng viên dự.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "location", r.Location, "Phòng họp số 2, Trung tâm Hành chính quận Hải Châu")
		}},
		{"a place's street and ward, then no more", []string{
			"    Ngày 20/4/2021, tại Hội trường Công ty, số 103 đường Hùng Vương, phường 3, đồng chí Bí thư chủ trì hội nghị; có 25/27 đảng viên dự.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "location", r.Location, "Hội trường Công ty, số 103 đường Hùng Vương, phường 3")
		}},
		{"presenters set aside without a verb; an item's paragraph broken mid-sentence", []string{
			"    Ngày 20/4/2021, tại Nhà văn hóa thôn, Chi bộ tổ chức hội nghị; có 25/27 đảng viên dự.",
			"    4. Các nội dung được quán triệt:",
			"    - Những điểm mới trong Văn kiện Đại hội XIII (đ/c Trương Thị Ngọc Hân; 120 phút);",
			"    - Quan điểm, định hướng phát triển giáo dục và đào tạo, phát triển",
			"    nguồn nhân lực chất lượng cao (đ/c Châu Minh Tâm; 60 phút);",
			"    - Chiến lược bảo vệ Tổ quốc trong tình hình mới - Đc Thạch Sô Phal - 1,5 giờ.",
			"    Sau khi nghe quán triệt, đảng viên thảo luận sôi nổi.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "program", asJSON(t, r.Program), `[{"topic":"Những điểm mới trong Văn kiện Đại hội XIII","presenter":"Trương Thị Ngọc Hân","minutes":120},`+
				`{"topic":"Quan điểm, định hướng phát triển giáo dục và đào tạo, phát triển nguồn nhân lực chất lượng cao","presenter":"Châu Minh Tâm","minutes":60},`+
				`{"topic":"Chiến lược bảo vệ Tổ quốc trong tình hình mới","presenter":"Thạch Sô Phal","minutes":90}]`)
		}},
		{"a program under a bare label, presenters with their full titles", []string{
			"    Ngày 07/9/2022, tại Phòng họp Hợp tác xã, Chi bộ tổ chức hội nghị; có 11/12 đảng viên dự.",
			"    Chương trình:",
			"    - Giới thiệu toàn văn Nghị quyết số 20-NQ/TW: đ/c Lê Văn Khải, Bí thư Chi bộ trình bày, thời lượng 1,5 giờ.",
			"    - Luật Hợp tác xã: đ/c Phạm Thị Nhung, Phó Bí thư Chi bộ, Phó Giám đốc HTX trình bày, thời lượng 1 giờ.",
			"    Hội nghị đã thống nhất giao Ban Quản trị xây dựng phương án.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "program", asJSON(t, r.Program), `[{"topic":"Giới thiệu toàn văn Nghị quyết số 20-NQ/TW","presenter":"Lê Văn Khải","minutes":90},`+
				`{"topic":"Luật Hợp tác xã","presenter":"Phạm Thị Nhung","minutes":60}]`)
			expect(t, "reporters", asJSON(t, r.Reporters), `[{"name":"Lê Văn Khải","title":"Bí thư Chi bộ"},{"name":"Phạm Thị Nhung","title":"Phó Bí thư Chi bộ, Phó Giám đốc HTX"}]`)
		}},
		{"a new sentence after an item without a stop is not the item's", []string{
			"    Ngày 20/4/2021, tại Nhà văn hóa thôn, Chi bộ tổ chức hội nghị; có 25/27 đảng viên dự.",
			"II. NỘI DUNG HỘI NGHỊ",
			"    - Chuyên đề 1: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2025, do đồng chí Lường Văn Dũng trình bày.",
			"    - Chuyên đề 2: Báo cáo tổng kết công tác xây dựng Đảng",
			"    Hội nghị đã thảo luận sôi nổi, nhiều ý kiến tâm huyết.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "program", asJSON(t, r.Program), `[{"topic":"Chuyên đề 1: Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2025","presenter":"Lường Văn Dũng"},`+
				`{"topic":"Chuyên đề 2: Báo cáo tổng kết công tác xây dựng Đảng"}]`)
		}},
		{"a place far after the date only when named as one", []string{
			"    Ngày 15/5/2021, Đảng ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng theo hình thức trực tuyến, kết nối đến toàn bộ 20 điểm cầu đặt tại các chi bộ trực thuộc; có 480/500 đảng viên dự.",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "location", r.Location, "")
		}},
		{"a draft passed at the conference, then issued", []string{
			"    Ngày 20/4/2021, tại Nhà văn hóa thôn, Chi bộ tổ chức hội nghị; có 25/27 đảng viên dự.",
			"    Hội nghị thông qua dự thảo Chương trình hành động của Chi bộ thực hiện Nghị quyết.",
			"    Chương trình hành động thực hiện Nghị quyết đã được ban hành (số 05-CTr/CB, ngày 26/04/2021).",
		}, func(t *testing.T, r baocao.Record) {
			expect(t, "action program", asJSON(t, r.ActionProgram), `{"issued":true,"number":"05-CTr/CB","date":"2021-04-26"}`)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _ := recordsOf(page(append(append([]string{}, head...), tt.body...)...))
			if len(recs) != 1 {
				t.Fatalf("got %d records, want 1", len(recs))
			}
			tt.check(t, recs[0])
		})
	}
}

func TestATextThatIsNoReportGivesNoRecords(t *testing.T) {
	recs, warnings := recordsOf(page("Bảng giá vật tư tháng 3", "Xi măng 1.250.000 đồng"))
	if len(recs) != 0 || len(warnings) == 0 {
		t.Errorf("got %d records and warnings %q; want none and a warning", len(recs), warnings)
	}
}

func expect(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %s, want %s", what, got, want)
	}
}

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
