package main

// Narrative reports, first batch: typed PDFs drawn with fpdf and by LibreOffice.

func simpleTable(w []float64, align string, head []string, rows ...[]string) Table {
	t := Table{W: w, Align: align, HeadRows: 1, Rows: rows}
	for i, h := range head {
		t.Head = append(t.Head, HCell{R: 0, C: i, Text: h})
	}
	return t
}

func title(d *Doc, lines ...string) {
	d.gap(3)
	for i, l := range lines {
		if i == 0 {
			d.add(Para{Text: l, Align: "C", B: true, Size: 1.5})
			continue
		}
		d.add(Para{Text: l, Align: "C", B: true})
	}
	d.add(Para{Text: "-----", Align: "C"})
	d.gap(2)
}

func reportsA() []NDoc {
	var out []NDoc

	// 1. Chi bộ thôn Đại Đồng, xã Vân Nội (Đông Anh) — Nghị quyết Đại hội XIII.
	{
		d := &Doc{Font: "dejavu", Size: 12.5}
		partyHeader(d, "ĐẢNG BỘ XÃ VÂN NỘI", "CHI BỘ THÔN ĐẠI ĐỒNG", "Số 07-BC/CB", "Vân Nội, ngày 26 tháng 4 năm 2021")
		title(d, "BÁO CÁO", "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
		d.p("Thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về việc tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Kế hoạch số 112-KH/HU ngày 18/3/2021 của Ban Thường vụ Huyện ủy Đông Anh và Kế hoạch số 24-KH/ĐU ngày 25/3/2021 của Đảng ủy xã Vân Nội, Chi bộ thôn Đại Đồng báo cáo kết quả tổ chức hội nghị như sau:")
		d.b("I. CÔNG TÁC CHUẨN BỊ")
		d.p("Ngày 02/4/2021, Chi ủy họp thống nhất nội dung, thời gian, địa điểm tổ chức hội nghị; phân công đồng chí Bí thư Chi bộ và đồng chí Phó Bí thư Chi bộ trực tiếp nghiên cứu tài liệu, chuẩn bị bài giới thiệu. Tài liệu phục vụ hội nghị (Tài liệu nghiên cứu các văn kiện Đại hội XIII dành cho cán bộ, đảng viên ở cơ sở) được Đảng ủy xã cấp phát đầy đủ, kịp thời; Chi bộ thông báo giấy mời tới từng đảng viên trước 03 ngày.")
		d.b("II. KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
		d.p("1. Thời gian, địa điểm: Hội nghị được tổ chức vào hồi 7 giờ 30 phút, ngày 17/4/2021 (thứ Bảy) tại Nhà văn hóa thôn Đại Đồng, theo hình thức trực tiếp, bảo đảm các quy định về phòng, chống dịch Covid-19.")
		d.p("2. Chủ trì hội nghị: đồng chí Nguyễn Văn Thắng, Bí thư Chi bộ. Báo cáo viên: đồng chí Nguyễn Văn Thắng, Bí thư Chi bộ và đồng chí Phạm Quang Huy, Phó Bí thư Chi bộ, Trưởng thôn. Tới dự và chỉ đạo hội nghị có đồng chí Lê Thị Hằng, Đảng ủy viên, Phó Chủ tịch HĐND xã, phụ trách địa bàn thôn.")
		d.p("3. Thành phần: Chi bộ hiện có 47 đảng viên. Số đảng viên có mặt tại hội nghị là 43 đồng chí; vắng 04 đồng chí (02 đồng chí đi làm ăn xa, 01 đồng chí ốm, 01 đồng chí tuổi cao sức yếu). Ngoài ra còn có 12 quần chúng là chi hội trưởng các chi hội, bí thư chi đoàn và tổ trưởng tổ dân phòng tham dự.")
		d.p("4. Nội dung, chương trình hội nghị:")
		d.add(simpleTable([]float64{8, 52, 26, 14}, "CLLC", []string{"STT", "Nội dung", "Người trình bày", "Thời lượng (phút)"},
			[]string{"1", "Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng", "đ/c Nguyễn Văn Thắng", "90"},
			[]string{"2", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030", "đ/c Phạm Quang Huy", "60"},
			[]string{"3", "Thảo luận, liên hệ thực tiễn của thôn và xây dựng chương trình hành động", "đ/c Nguyễn Văn Thắng", "45"},
		))
		d.p("Hội nghị diễn ra nghiêm túc, đúng thời gian; đảng viên tham dự đầy đủ, ghi chép cẩn thận. Sau phần giới thiệu, có 07 ý kiến thảo luận tập trung vào việc phát triển làng nghề, giữ gìn vệ sinh môi trường và xây dựng nông thôn mới kiểu mẫu. Kết thúc hội nghị, 100% đảng viên viết bài thu hoạch, trong đó 31 bài loại khá, 12 bài loại trung bình.")
		d.b("III. XÂY DỰNG CHƯƠNG TRÌNH HÀNH ĐỘNG")
		d.p("Sau hội nghị, Chi bộ đã xây dựng và ban hành Chương trình hành động số 05-CTr/CB ngày 24/4/2021 thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ huyện, Đảng bộ xã nhiệm kỳ 2020 - 2025, sát với tình hình thực tế của thôn, phân công cụ thể cho từng đảng viên.")
		d.b("IV. ĐỀ XUẤT, KIẾN NGHỊ")
		d.p("Đề nghị Đảng ủy xã tiếp tục cấp bổ sung tài liệu hỏi - đáp về Nghị quyết để đảng viên tuổi cao tiện nghiên cứu tại nhà.")
		d.p("Trên đây là báo cáo kết quả tổ chức hội nghị của Chi bộ thôn Đại Đồng./.")
		d.add(sign([]string{"- Đảng ủy xã Vân Nội (b/c);", "- Ban Tuyên giáo Đảng ủy;", "- Lưu Chi bộ."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Nguyễn Văn Thắng")...))
		out = append(out, NDoc{Name: "bc-chi-bo-thon-dai-dong-van-noi", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), party layout, chi bộ thôn; total and present in separate sentences, absentees with reasons, program table with đ/c presenters, cited plan dates before the conference date",
			Recs: []Record{{
				Unit: "Chi bộ thôn Đại Đồng", ParentUnit: "Đảng bộ xã Vân Nội", DocNumber: "07-BC/CB",
				ReportDate: "2021-04-26", ConferenceDate: "2021-04-17", Location: "Nhà văn hóa thôn Đại Đồng", Form: "in_person",
				Chair:      per("Nguyễn Văn Thắng", "Bí thư Chi bộ"),
				Reporters:  []Person{{"Nguyễn Văn Thắng", "Bí thư Chi bộ"}, {"Phạm Quang Huy", "Phó Bí thư Chi bộ, Trưởng thôn"}},
				Attendance: att(43, 47, 12),
				Program: []Item{{"Những nội dung cơ bản, điểm mới trong Văn kiện Đại hội XIII của Đảng", "Nguyễn Văn Thắng", 90},
					{"Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030", "Phạm Quang Huy", 60},
					{"Thảo luận, liên hệ thực tiễn của thôn và xây dựng chương trình hành động", "Nguyễn Văn Thắng", 45}},
				ActionProgram: &Action{Issued: true, Number: "05-CTr/CB", Date: "2021-04-24"},
				Signer:        per("Nguyễn Văn Thắng", "Bí thư"),
			}}})
	}

	// 2. Đảng ủy xã Uy Nỗ reports for the Đảng bộ — two days, party-wide totals.
	{
		d := &Doc{Font: "dejavu", Size: 12.5, LeftW: 0.5}
		partyHeader(d, "HUYỆN ỦY ĐÔNG ANH", "ĐẢNG ỦY XÃ UY NỖ", "Số 62-BC/ĐU", "Uy Nỗ, ngày 23 tháng 4 năm 2021")
		title(d, "BÁO CÁO", "kết quả học tập, quán triệt, triển khai thực hiện", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")
		d.p("Căn cứ Chỉ thị số 01-CT/TW ngày 09-3-2021 của Bộ Chính trị; Kế hoạch số 112-KH/HU ngày 18-3-2021 của Ban Thường vụ Huyện ủy Đông Anh về tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng; Hướng dẫn số 31-HD/BTGHU ngày 22-3-2021 của Ban Tuyên giáo Huyện ủy, Ban Thường vụ Đảng ủy xã Uy Nỗ báo cáo kết quả như sau:")
		d.b("1. Công tác lãnh đạo, chỉ đạo")
		d.p("Ngay sau khi nhận được kế hoạch của cấp trên, ngày 29-3-2021 Ban Thường vụ Đảng ủy ban hành Kế hoạch số 41-KH/ĐU về tổ chức hội nghị; chỉ đạo Ban Tuyên giáo Đảng ủy phối hợp với Văn phòng Đảng ủy chuẩn bị hội trường, tài liệu, hệ thống âm thanh và phương án phòng, chống dịch. Các chi bộ trực thuộc lập danh sách đảng viên tham dự, gửi về Văn phòng Đảng ủy trước ngày 08-4-2021.")
		d.b("2. Kết quả tổ chức hội nghị")
		d.p("Đảng ủy xã Uy Nỗ tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho toàn thể cán bộ, đảng viên của Đảng bộ xã Uy Nỗ trong 02 ngày 13 và 14-4-2021 tại Hội trường Trung tâm Văn hóa - Thể thao xã Uy Nỗ, hình thức trực tiếp, chia làm 04 buổi.")
		d.p("Đồng chí Đỗ Mạnh Cường, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị và trực tiếp giới thiệu chuyên đề trọng tâm. Tham gia báo cáo viên có đồng chí Ngô Thị Thu Trang, Phó Bí thư Thường trực Đảng ủy và đồng chí Vũ Đình Long, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.")
		d.p("Đảng bộ xã hiện có 28 chi bộ trực thuộc (17 chi bộ thôn, 11 chi bộ cơ quan, trường học, doanh nghiệp) với tổng số 812 đảng viên. Số đảng viên tham dự hội nghị là 768 đồng chí; 28/28 chi bộ có đảng viên tham dự. Đảng viên vắng mặt chủ yếu do tuổi cao, ốm đau, đi công tác, đã được các chi bộ bố trí học bù. Ngoài ra, có 95 quần chúng là cán bộ, công chức chưa là đảng viên, trưởng các đoàn thể thôn tham dự.")
		d.p("Chương trình hội nghị gồm các chuyên đề sau:")
		d.add(simpleTable([]float64{10, 50, 25, 15}, "CLLC", []string{"Buổi", "Chuyên đề", "Báo cáo viên", "Thời gian"},
			[]string{"Sáng 13-4", "Những nội dung cơ bản và điểm mới trong Văn kiện Đại hội XIII của Đảng", "Đ/c Đỗ Mạnh Cường", "2,5 giờ"},
			[]string{"Chiều 13-4", "Báo cáo tổng kết 10 năm thi hành Cương lĩnh, 35 năm đổi mới và Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030", "Đ/c Vũ Đình Long", "2 giờ"},
			[]string{"Sáng 14-4", "Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ khóa XII", "Đ/c Ngô Thị Thu Trang", "1,5 giờ"},
			[]string{"Chiều 14-4", "Thảo luận tổ, giải đáp thắc mắc và bế mạc hội nghị", "Đ/c Đỗ Mạnh Cường", "1,5 giờ"},
		))
		d.p("Nhìn chung, các báo cáo viên chuẩn bị nội dung công phu, truyền đạt ngắn gọn, dễ hiểu, gắn với thực tiễn địa phương như phát triển công nghiệp, dịch vụ, đô thị hóa, giải phóng mặt bằng các dự án trên địa bàn. Đảng viên dự hội nghị nghiêm túc, ghi chép đầy đủ; 100% chi bộ tổ chức cho đảng viên viết thu hoạch.")
		d.b("3. Xây dựng chương trình hành động")
		d.p("Ngày 20-4-2021, Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 15-CTr/ĐU thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII, Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, xác định 05 nhóm nhiệm vụ, 03 khâu đột phá và phân công trách nhiệm cho từng đồng chí Đảng ủy viên, từng chi bộ.")
		d.b("4. Đánh giá chung")
		d.p("Việc tổ chức hội nghị bảo đảm đúng kế hoạch, nội dung và thời gian theo hướng dẫn của cấp trên. Tỷ lệ đảng viên tham dự đạt cao. Hạn chế: một số đảng viên cao tuổi còn khó khăn trong tiếp thu; việc viết thu hoạch ở một vài chi bộ còn sơ sài.")
		d.p("Trên đây là báo cáo kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng bộ xã Uy Nỗ./.")
		d.add(sign([]string{"- Ban Thường vụ Huyện ủy (b/c);", "- Ban Tuyên giáo Huyện ủy (b/c);", "- Các đồng chí Đảng ủy viên;", "- Các chi bộ trực thuộc;", "- Lưu VP."}, signer([]string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, "Đỗ Mạnh Cường")...))
		out = append(out, NDoc{Name: "bc-dang-uy-xa-uy-no-nghi-quyet-xiii", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf), two pages, Đảng ủy reporting for its Đảng bộ; conference over two days, party-wide totals with chi bộ counted, durations in hours with decimal comma, action program date before its number, cited plan/guidance dates",
			Ev:     []Evidence{{"conference_date": {"13 và 14-4-2021"}}},
			Recs: []Record{{
				Unit: "Đảng bộ xã Uy Nỗ", ParentUnit: "Huyện ủy Đông Anh", DocNumber: "62-BC/ĐU",
				ReportDate: "2021-04-23", ConferenceDate: "2021-04-13", Location: "Hội trường Trung tâm Văn hóa - Thể thao xã Uy Nỗ", Form: "in_person",
				Chair: per("Đỗ Mạnh Cường", "Bí thư Đảng ủy, Chủ tịch HĐND xã"),
				Reporters: []Person{{"Đỗ Mạnh Cường", "Bí thư Đảng ủy, Chủ tịch HĐND xã"}, {"Ngô Thị Thu Trang", "Phó Bí thư Thường trực Đảng ủy"},
					{"Vũ Đình Long", "Phó Bí thư Đảng ủy, Chủ tịch UBND xã"}},
				Attendance: att(768, 812, 95),
				Program: []Item{{"Những nội dung cơ bản và điểm mới trong Văn kiện Đại hội XIII của Đảng", "Đỗ Mạnh Cường", 150},
					{"Báo cáo tổng kết 10 năm thi hành Cương lĩnh, 35 năm đổi mới và Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030", "Vũ Đình Long", 120},
					{"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ khóa XII", "Ngô Thị Thu Trang", 90},
					{"Thảo luận tổ, giải đáp thắc mắc và bế mạc hội nghị", "Đỗ Mạnh Cường", 90}},
				ActionProgram: &Action{Issued: true, Number: "15-CTr/ĐU", Date: "2021-04-20"},
				Signer:        per("Đỗ Mạnh Cường", "Bí thư"),
			}}})
	}

	// 3. Trường THCS Kim Chung — state layout, LibreOffice PDF.
	{
		d := &Doc{Font: "dejavu", Size: 13}
		stateHeader(d, "UBND HUYỆN ĐÔNG ANH", "TRƯỜNG THCS KIM CHUNG", "Số: 45/BC-THCSKC", "Kim Chung, ngày 21 tháng 5 năm 2021")
		title(d, "BÁO CÁO", "Kết quả tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng cho cán bộ, giáo viên, nhân viên nhà trường")
		d.p("Thực hiện Công văn số 386/PGDĐT ngày 06/4/2021 của Phòng Giáo dục và Đào tạo huyện Đông Anh về việc tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng trong các cơ sở giáo dục; thực hiện sự chỉ đạo của Chi bộ nhà trường, Trường THCS Kim Chung báo cáo kết quả như sau:")
		d.b("1. Thời gian, địa điểm, hình thức")
		d.p("Hội nghị được tổ chức vào chiều thứ Sáu, ngày 14/5/2021, tại Phòng Hội đồng nhà trường, theo hình thức trực tiếp; do đồng chí Trần Thị Minh Nguyệt, Bí thư Chi bộ, Hiệu trưởng chủ trì.")
		d.b("2. Thành phần tham dự")
		d.p("Toàn trường có 54 cán bộ, giáo viên, nhân viên, trong đó có 23 đảng viên. Dự hội nghị: 22/23 đảng viên (01 đồng chí nghỉ ốm có đơn) và 31 cán bộ, giáo viên, nhân viên là quần chúng.")
		d.b("3. Nội dung")
		d.p("- Đồng chí Trần Thị Minh Nguyệt, Bí thư Chi bộ, Hiệu trưởng trình bày chuyên đề: Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng (thời lượng 120 phút).")
		d.p("- Đồng chí Lương Văn Bình, Phó Hiệu trưởng trình bày chuyên đề: Định hướng đổi mới căn bản, toàn diện giáo dục và đào tạo trong Văn kiện Đại hội XIII (thời lượng 60 phút).")
		d.p("Sau hội nghị, các tổ chuyên môn tổ chức thảo luận, 100% cán bộ, giáo viên, nhân viên viết bài thu hoạch. Nhà trường đã xây dựng Kế hoạch số 52/KH-THCSKC ngày 20/5/2021 thực hiện Nghị quyết gắn với nhiệm vụ năm học 2021 - 2022.")
		d.b("4. Đánh giá")
		d.p("Hội nghị được tổ chức nghiêm túc, đúng hướng dẫn; cán bộ, giáo viên nắm được những nội dung cốt lõi của Nghị quyết, đặc biệt là các quan điểm về phát triển giáo dục, đào tạo nguồn nhân lực chất lượng cao.")
		d.add(sign([]string{"- Phòng GD&ĐT huyện (b/c);", "- Chi bộ nhà trường;", "- Lưu: VT."}, signer([]string{"HIỆU TRƯỞNG"}, "Trần Thị Minh Nguyệt")...))
		out = append(out, NDoc{Name: "bao-cao-truong-thcs-kim-chung-hoc-tap-nghi-quyet", Via: "lo-pdf", Doc: d,
			Readme: "narrative PDF (LibreOffice from HTML), state layout of a school; attendance as 22/23 with a reason, non-members, program as prose with minutes, plan (Kế hoạch) number/date",
			Recs: []Record{{
				Unit: "Trường THCS Kim Chung", ParentUnit: "UBND huyện Đông Anh", DocNumber: "45/BC-THCSKC",
				ReportDate: "2021-05-21", ConferenceDate: "2021-05-14", Location: "Phòng Hội đồng nhà trường", Form: "in_person",
				Chair:      per("Trần Thị Minh Nguyệt", "Bí thư Chi bộ, Hiệu trưởng"),
				Reporters:  []Person{{"Trần Thị Minh Nguyệt", "Bí thư Chi bộ, Hiệu trưởng"}, {"Lương Văn Bình", "Phó Hiệu trưởng"}},
				Attendance: att(22, 23, 31),
				Program: []Item{{"Những nội dung cơ bản của Văn kiện Đại hội XIII của Đảng", "Trần Thị Minh Nguyệt", 120},
					{"Định hướng đổi mới căn bản, toàn diện giáo dục và đào tạo trong Văn kiện Đại hội XIII", "Lương Văn Bình", 60}},
				ActionProgram: &Action{Issued: true, Number: "52/KH-THCSKC", Date: "2021-05-20"},
				Signer:        per("Trần Thị Minh Nguyệt", "Hiệu trưởng"),
			}}})
	}

	// 4. Chi bộ Trạm Y tế xã Đa Tốn — TW5, only absentees given, action program not yet issued.
	{
		d := &Doc{Font: "condensed", Size: 13}
		partyHeader(d, "ĐẢNG BỘ XÃ ĐA TỐN", "CHI BỘ TRẠM Y TẾ", "Số 04-BC/CB", "Đa Tốn, ngày 19 tháng 8 năm 2022")
		title(d, "BÁO CÁO", "Kết quả học tập, quán triệt các nghị quyết, kết luận", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII")
		d.p("Thực hiện Kế hoạch số 78-KH/ĐU ngày 15-7-2022 của Ban Thường vụ Đảng ủy xã Đa Tốn về học tập, quán triệt và triển khai thực hiện các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII, Chi bộ Trạm Y tế xã Đa Tốn báo cáo như sau:")
		d.p("Sáng ngày 12-8-2022, tại Hội trường tầng 2 Trạm Y tế xã, Chi bộ tổ chức hội nghị học tập, quán triệt Nghị quyết số 21-NQ/TW ngày 16-6-2022 về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới; Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn và Kết luận số 36-KL/TW về bảo đảm an ninh nguồn nước.")
		d.p("Đồng chí Hoàng Thị Lan, Bí thư Chi bộ, Trưởng Trạm Y tế chủ trì, đồng thời là báo cáo viên. Chi bộ có 9 đảng viên; vắng 01 đồng chí (nghỉ chế độ thai sản). Dự hội nghị còn có 06 nhân viên y tế là quần chúng ưu tú trong diện bồi dưỡng kết nạp.")
		d.p("Nội dung hội nghị:")
		d.add(simpleTable([]float64{8, 56, 22, 14}, "CLLC", []string{"TT", "Nội dung", "Trình bày", "Thời gian"},
			[]string{"1", "Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên", "đ/c Hoàng Thị Lan", "60 phút"},
			[]string{"2", "Nghị quyết số 19-NQ/TW và Kết luận số 36-KL/TW", "đ/c Hoàng Thị Lan", "45 phút"},
			[]string{"3", "Liên hệ nhiệm vụ chăm sóc sức khỏe ban đầu cho nhân dân", "đ/c Đặng Văn Toàn", "30 phút"},
		))
		d.p("Đảng viên tham dự nghiêm túc; nhiều ý kiến đề nghị cấp ủy cấp trên quan tâm nâng cao chất lượng sinh hoạt chi bộ ở các đơn vị sự nghiệp nhỏ.")
		d.p("Về kế hoạch thực hiện: Chi bộ chưa ban hành kế hoạch thực hiện; Chi ủy đang hoàn thiện dự thảo, dự kiến thông qua tại kỳ sinh hoạt thường kỳ tháng 9/2022.")
		d.add(sign([]string{"- Đảng ủy xã (b/c);", "- Lưu CB."}, signer([]string{"T/M CHI BỘ", "BÍ THƯ"}, "Hoàng Thị Lan")...))
		out = append(out, NDoc{Name: "bc-chi-bo-tram-y-te-da-ton-tw5", Via: "fpdf", Doc: d,
			Readme: "narrative PDF (fpdf, condensed serif), commune health-station cell, TW5 khóa XIII; only absentees given (present derived), chair is also presenter, action program not yet issued",
			Ev:     []Evidence{{"members_present": {"9 đảng viên", "vắng 01 đồng chí"}}},
			Recs: []Record{{
				Unit: "Chi bộ Trạm Y tế xã Đa Tốn", ParentUnit: "Đảng bộ xã Đa Tốn", DocNumber: "04-BC/CB",
				ReportDate: "2022-08-19", ConferenceDate: "2022-08-12", Location: "Hội trường tầng 2 Trạm Y tế xã",
				Chair:      per("Hoàng Thị Lan", "Bí thư Chi bộ, Trưởng Trạm Y tế"),
				Reporters:  ppl("Hoàng Thị Lan", "Bí thư Chi bộ, Trưởng Trạm Y tế"),
				Attendance: att(8, 9, 6),
				Program: []Item{{"Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên", "Hoàng Thị Lan", 60},
					{"Nghị quyết số 19-NQ/TW và Kết luận số 36-KL/TW", "Hoàng Thị Lan", 45},
					{"Liên hệ nhiệm vụ chăm sóc sức khỏe ban đầu cho nhân dân", "Đặng Văn Toàn", 30}},
				ActionProgram: &Action{Issued: false},
				Signer:        per("Hoàng Thị Lan", "Bí thư"),
			}}})
	}
	out = append(out, reportsA2()...)
	return out
}
