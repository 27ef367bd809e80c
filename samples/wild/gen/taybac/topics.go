package main

// Topics of the 13th Congress resolution.
const (
	tCore     = "Những nội dung cơ bản, cốt lõi và điểm mới trong Văn kiện Đại hội XIII của Đảng"
	tPolitic  = "Báo cáo chính trị của Ban Chấp hành Trung ương Đảng khóa XII tại Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
	tStrategy = "Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 và phương hướng, nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025"
	tBuild    = "Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ khóa XII"
	tDefence  = "Quan điểm, mục tiêu, nhiệm vụ bảo vệ Tổ quốc, tăng cường quốc phòng, an ninh trong Văn kiện Đại hội XIII"
	tSea      = "Những nội dung về phát triển bền vững kinh tế biển, bảo vệ chủ quyền biển, đảo trong Văn kiện Đại hội XIII"
	tDraftCB  = "Thông qua dự thảo Chương trình hành động của Chi bộ thực hiện Nghị quyết"
	tWrite    = "Thảo luận, liên hệ thực tiễn và viết bài thu hoạch"
)

// Topics of the 4th plenum (13th term).
const (
	t4KL21 = "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"
	t4QD37 = "Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm"
	t4Core = "Những nội dung cơ bản của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"
)

// Topics of the 5th plenum (13th term).
const (
	t5NQ18 = "Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất"
	t5NQ19 = "Nghị quyết số 19-NQ/TW về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045"
	t5NQ20 = "Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới"
	t5NQ21 = "Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới"
)

// Conference names as the body writes them.
const (
	confXIII  = "Hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
	confXIIIb = "hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025"
	confTW4   = "hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"
	confTW5   = "hội nghị nghiên cứu, học tập, quán triệt các nghị quyết, kết luận Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"
)

var (
	titleXIII  = []string{"BÁO CÁO", "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}
	titleXIIIb = []string{"BÁO CÁO", "kết quả học tập, quán triệt Nghị quyết Đại hội XIII của Đảng", "và Nghị quyết Đại hội Đảng bộ các cấp, nhiệm kỳ 2020 - 2025"}
	titleXIIIc = []string{"BÁO CÁO", "Về việc tổ chức hội nghị học tập, quán triệt, triển khai thực hiện", "Nghị quyết Đại hội XIII của Đảng"}
	titleTW4   = []string{"BÁO CÁO", "kết quả học tập, quán triệt, triển khai thực hiện Nghị quyết", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII"}
	titleTW5   = []string{"BÁO CÁO", "Kết quả tổ chức hội nghị nghiên cứu, học tập, quán triệt các nghị quyết, kết luận Hội nghị Trung ương 5 khóa XIII"}
)

const ct01 = "Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về tổ chức nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng"
