package main

import (
	"os"
	"path/filepath"
	"strings"
)

// Resolutions and the directive, written as offices cite them.
const (
	nqXIII  = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
	ct01    = "Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị về việc tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
	kl21    = "Kết luận số 21-KL/TW ngày 25-10-2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hóa\""
	qd37    = "Quy định số 37-QĐ/TW ngày 25-10-2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm"
	nq18    = "Nghị quyết số 18-NQ/TW ngày 16-6-2022 về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất, tạo động lực đưa nước ta trở thành nước phát triển có thu nhập cao"
	nq19    = "Nghị quyết số 19-NQ/TW ngày 16-6-2022 về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045"
	nq20    = "Nghị quyết số 20-NQ/TW ngày 16-6-2022 về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới"
	nq21    = "Nghị quyết số 21-NQ/TW ngày 16-6-2022 về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"
	nq27    = "Nghị quyết số 27-NQ/TW ngày 09-11-2022 về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai đoạn mới"
	nq28    = "Nghị quyết số 28-NQ/TW ngày 17-11-2022 về tiếp tục đổi mới phương thức lãnh đạo, cầm quyền của Đảng đối với hệ thống chính trị trong giai đoạn mới"
	nq29    = "Nghị quyết số 29-NQ/TW ngày 17-11-2022 về tiếp tục đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến năm 2045"
	nq44    = "Nghị quyết số 44-NQ/TW ngày 24-11-2023 về Chiến lược bảo vệ Tổ quốc trong tình hình mới"
	nq45    = "Nghị quyết số 45-NQ/TW ngày 24-11-2023 về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới"
	nq46    = "Nghị quyết số 46-NQ/TW ngày 20-11-2023 về đổi mới, nâng cao chất lượng hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới"
	partyVN = "ĐẢNG CỘNG SẢN VIỆT NAM"
)

func partyHead(parent, issuer, num, placeDate string) *Doc {
	return &Doc{
		Left:      []string{up(parent), up(issuer)},
		LeftBold:  1,
		Number:    "Số " + num,
		Right:     []string{partyVN},
		PlaceDate: placeDate,
	}
}

func stateHead(parent, issuer, num, placeDate string) *Doc {
	return &Doc{
		Left:      []string{up(parent), up(issuer)},
		LeftBold:  1,
		Number:    "Số: " + num,
		Right:     []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"},
		State:     true,
		NoStar:    true,
		PlaceDate: placeDate,
	}
}

func nn(lines ...string) []string { return append([]string{"Nơi nhận:"}, lines...) }

// pdfOut draws the document with fpdf into the output folder.
func pdfOut(d *Doc, file, desc string, recs ...Record) (*Out, error) {
	if err := renderPDF(d, filepath.Join(outDir, file)); err != nil {
		return nil, err
	}
	return add(&Out{File: file, Format: "pdf", Recs: recs, Text: d.Text(), Desc: desc}), nil
}

// loOut writes HTML and asks LibreOffice for a PDF or a .docx.
func loOut(d *Doc, file, desc string, recs ...Record) (*Out, error) {
	ext := filepath.Ext(file)
	base := strings.TrimSuffix(file, ext)
	font := "Times New Roman"
	if ext == ".pdf" {
		font = "DejaVu Serif"
	}
	src := filepath.Join(workDir, base+".html")
	if err := os.WriteFile(src, []byte(renderHTML(d, font)), 0o644); err != nil {
		return nil, err
	}
	format := strings.TrimPrefix(ext, ".")
	if format == "pdf" {
		queueLO(src, "pdf:writer_pdf_Export", ext)
	} else {
		queueLO(src, "docx:MS Word 2007 XML", ext)
	}
	return add(&Out{File: file, Format: format, Recs: recs, Text: d.Text(), Desc: desc}), nil
}

func ev(o *Out, kv ...string) {
	if o.Ev == nil {
		o.Ev = map[string]string{}
	}
	for i := 0; i+1 < len(kv); i += 2 {
		o.Ev[kv[i]] = kv[i+1]
	}
}

func skip(o *Out, fields ...string) {
	if o.Skip == nil {
		o.Skip = map[string]bool{}
	}
	for _, f := range fields {
		o.Skip[f] = true
	}
}

func pp(name, title string) *Person { return &Person{Name: name, Title: title} }

// Paragraph pools used to give reports their ordinary bulk.
var assessGood = []string{
	"Nhìn chung, hội nghị được chuẩn bị chu đáo, tổ chức nghiêm túc, đúng thời gian và nội dung theo kế hoạch. Tài liệu được cấp phát đầy đủ cho đảng viên trước khi học tập; báo cáo viên truyền đạt ngắn gọn, dễ hiểu, có liên hệ với tình hình thực tế của địa phương, đơn vị nên thu hút được sự chú ý của người nghe.",
	"Đa số cán bộ, đảng viên nhận thức rõ ý nghĩa, tầm quan trọng của việc học tập, quán triệt nghị quyết; tham dự hội nghị với tinh thần trách nhiệm, đảm bảo thời gian, nghiêm túc chấp hành nội quy hội nghị. Sau hội nghị, đảng viên viết bài thu hoạch, liên hệ trách nhiệm của bản thân và đăng ký nội dung thực hiện gắn với nhiệm vụ được giao.",
	"Công tác tuyên truyền trước, trong và sau hội nghị được thực hiện khá tốt thông qua hệ thống loa truyền thanh, nhóm Zalo của các chi hội đoàn thể và các buổi sinh hoạt định kỳ, góp phần đưa nghị quyết nhanh chóng đi vào cuộc sống.",
	"Tình hình tư tưởng của cán bộ, đảng viên và quần chúng nhân dân ổn định; mọi người phấn khởi, tin tưởng vào sự lãnh đạo của Đảng, đồng tình với các quan điểm, chủ trương được nêu trong nghị quyết và mong muốn các nội dung được cụ thể hóa sát với điều kiện của địa phương.",
	"Hội nghị cũng là dịp để cấp ủy nắm bắt tâm tư, nguyện vọng của đảng viên, từ đó có biện pháp lãnh đạo phù hợp, phát huy vai trò tiền phong, gương mẫu của đảng viên trong thực hiện nhiệm vụ chính trị của đơn vị.",
}

var assessWeak = []string{
	"Bên cạnh những kết quả đạt được, việc tổ chức hội nghị vẫn còn một số hạn chế: một số đảng viên lớn tuổi, sức khỏe yếu không tham dự đầy đủ; một số ít đảng viên chưa thật sự tập trung nghiên cứu tài liệu; việc liên hệ thực tiễn trong thảo luận còn chung chung, chưa đi sâu vào các giải pháp cụ thể.",
	"Thời gian tổ chức hội nghị trùng với thời điểm thu hoạch, mùa vụ nên việc bố trí thời gian cho đảng viên là người lao động tự do còn gặp khó khăn; việc viết bài thu hoạch của một số đảng viên chất lượng chưa cao, còn sao chép tài liệu.",
	"Cơ sở vật chất, trang thiết bị phục vụ hội nghị còn hạn chế; đường truyền tại một số điểm cầu có lúc chưa ổn định, ảnh hưởng phần nào đến chất lượng tiếp thu của đảng viên.",
}

var proposals = []string{
	"Đề nghị cấp ủy cấp trên tiếp tục quan tâm cung cấp tài liệu, đề cương tuyên truyền ngắn gọn, dễ hiểu để đảng viên, nhất là đảng viên lớn tuổi, dễ tiếp cận và nghiên cứu.",
	"Kiến nghị tổ chức các lớp bồi dưỡng, tập huấn nghiệp vụ cho đội ngũ báo cáo viên cơ sở nhằm nâng cao chất lượng truyền đạt nghị quyết.",
	"Đề nghị quan tâm hỗ trợ kinh phí, trang thiết bị cho việc tổ chức hội nghị trực tuyến ở cơ sở để bảo đảm chất lượng âm thanh, hình ảnh.",
}

var nextTasks = []string{
	"Tiếp tục chỉ đạo tổ chức học tập cho số đảng viên vắng mặt; tổ chức hội nghị học tập bổ sung hoàn thành trước thời hạn quy định.",
	"Phân công cấp ủy viên phụ trách theo dõi, đôn đốc việc thực hiện chương trình hành động; định kỳ sơ kết, đánh giá kết quả thực hiện và báo cáo cấp ủy cấp trên.",
	"Đẩy mạnh công tác tuyên truyền nghị quyết trong nhân dân bằng nhiều hình thức phù hợp; gắn việc thực hiện nghị quyết với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
	"Đưa việc thực hiện nghị quyết vào nội dung sinh hoạt chi bộ định kỳ hằng tháng; lấy kết quả thực hiện làm tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm.",
}
