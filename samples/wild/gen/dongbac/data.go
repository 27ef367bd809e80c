package main

import (
	"math/rand"
	"os"
	"strconv"
	"strings"
)

func itoa(i int) string { return strconv.Itoa(i) }

func writeFile(p, s string) error { return os.WriteFile(p, []byte(s), 0o644) }

// Place is a commune-level setting: a superior committee and a reporting unit.
type Place struct {
	Parent string // superior committee, normal case
	Unit   string // unit, normal case
	Sym    string // symbol after BC/
	Town   string // place name before the date
	Loc    string // conference place
	Party  bool   // party layout (else state layout)
	Big    bool   // a đảng bộ with cells
}

var places = []Place{
	{"Đảng ủy xã Quang Trung", "Chi bộ xóm Nà Pồng", "CB", "Hòa An", "Nhà văn hóa xóm Nà Pồng", true, false},
	{"Đảng ủy xã Tân Thanh", "Chi bộ Trường THCS Tân Thanh", "CB", "Tân Thanh", "Phòng họp Hội đồng sư phạm Trường THCS Tân Thanh", true, false},
	{"Đảng ủy Cục Hải quan tỉnh Lạng Sơn", "Chi bộ Chi cục Hải quan cửa khẩu Hữu Nghị", "CB", "Lạng Sơn", "Hội trường Chi cục Hải quan cửa khẩu Hữu Nghị", true, false},
	{"Đảng ủy xã Thanh Thủy", "Chi bộ thôn Nặm Ngặt", "CB", "Vị Xuyên", "Nhà văn hóa thôn Nặm Ngặt", true, false},
	{"Huyện ủy Lâm Bình", "Đảng bộ xã Thượng Lâm", "ĐU", "Thượng Lâm", "Hội trường UBND xã Thượng Lâm", true, true},
	{"Đảng ủy xã La Bằng", "Chi bộ Hợp tác xã chè La Bằng", "CB", "Đại Từ", "Nhà điều hành Hợp tác xã chè La Bằng", true, false},
	{"Huyện ủy Củ Chi", "Đảng bộ xã Phú Hòa Đông", "ĐU", "Củ Chi", "Hội trường Đảng ủy xã Phú Hòa Đông", true, true},
	{"Đảng ủy xã Xuân Thới Thượng", "Chi bộ ấp 6", "CB", "Hóc Môn", "Văn phòng ấp 6, xã Xuân Thới Thượng", true, false},
	{"Đảng ủy xã Thạnh An", "Chi bộ Trường Tiểu học Thạnh An", "CB", "Cần Giờ", "Phòng họp Trường Tiểu học Thạnh An", true, false},
	{"Đảng ủy cơ quan Chính quyền huyện Bình Chánh", "Chi bộ Văn phòng HĐND và UBND huyện", "CB", "Bình Chánh", "Phòng họp số 2, UBND huyện Bình Chánh", true, false},
	{"Đảng ủy Khối cơ sở Bộ Công Thương tại TP. Hồ Chí Minh", "Đảng bộ Công ty Cổ phần Khu công nghiệp Tân Phú Trung", "ĐU", "Củ Chi", "Hội trường Công ty Cổ phần Khu công nghiệp Tân Phú Trung", true, true},
	{"Đảng ủy xã Cốc Pàng", "Chi bộ xóm Khuổi Pài", "CB", "Bảo Lạc", "Nhà văn hóa xóm Khuổi Pài", true, false},
	{"Đảng ủy xã Đồng Thịnh", "Chi bộ Trường Mầm non Đồng Thịnh", "CB", "Chợ Mới", "Phòng họp Trường Mầm non Đồng Thịnh", true, false},
	{"Đảng ủy xã Hương Nộn", "Chi bộ khu 5", "CB", "Tam Nông", "Nhà văn hóa khu 5, xã Hương Nộn", true, false},
	{"Huyện ủy Hà Quảng", "Đảng bộ Đồn Biên phòng cửa khẩu Trà Lĩnh", "ĐU", "Trùng Khánh", "Hội trường Đồn Biên phòng cửa khẩu Trà Lĩnh", true, true},
	{"Đảng ủy xã Tân Thịnh", "Chi bộ Trạm Y tế xã Tân Thịnh", "CB", "Định Hóa", "Phòng giao ban Trạm Y tế xã Tân Thịnh", true, false},
	{"UBND huyện Hóc Môn", "Phòng Giáo dục và Đào tạo huyện Hóc Môn", "PGDĐT", "Hóc Môn", "Hội trường Phòng Giáo dục và Đào tạo huyện Hóc Môn", false, false},
	{"UBND tỉnh Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "BQL", "Lạng Sơn", "Hội trường Ban Quản lý Khu kinh tế cửa khẩu", false, false},
	{"Đảng ủy xã Minh Quang", "Chi bộ thôn Khuôn Hẻ", "CB", "Chiêm Hóa", "Nhà văn hóa thôn Khuôn Hẻ", true, false},
	{"Đảng ủy xã Bình Lợi", "Chi bộ ấp 3", "CB", "Bình Chánh", "Trụ sở Ban điều hành ấp 3", true, false},
	{"Huyện ủy Na Rì", "Đảng bộ xã Kim Hỷ", "ĐU", "Na Rì", "Hội trường Đảng ủy xã Kim Hỷ", true, true},
	{"Đảng ủy xã Sơn Vi", "Chi bộ Trường THCS Sơn Vi", "CB", "Lâm Thao", "Phòng họp Trường THCS Sơn Vi", true, false},
	{"UBND huyện Cần Giờ", "Trung tâm Y tế huyện Cần Giờ", "TTYT", "Cần Giờ", "Hội trường Trung tâm Y tế huyện Cần Giờ", false, false},
	{"Đảng ủy xã Thanh Vân", "Chi bộ Hợp tác xã rau an toàn Thanh Vân", "CB", "Hàm Yên", "Trụ sở Hợp tác xã rau an toàn Thanh Vân", true, false},
	{"Đảng ủy xã Trung Lập Hạ", "Chi bộ ấp Đức Lập", "CB", "Củ Chi", "Nhà văn hóa ấp Đức Lập", true, false},
	{"Đảng ủy xã Đức Long", "Chi bộ xóm Bản Chang", "CB", "Thạch An", "Nhà văn hóa xóm Bản Chang", true, false},
}

var (
	hoList   = []string{"Nguyễn", "Hoàng", "Nông", "Lương", "Ma", "Triệu", "Lục", "Hà", "Đàm", "Lý", "Trần", "Lê", "Phạm", "Vi", "Bế", "Đinh", "Võ", "Huỳnh"}
	demList  = []string{"Văn", "Thị", "Đức", "Thanh", "Minh", "Ngọc", "Quốc", "Hồng", "Thu", "Xuân", "Kim"}
	tenList  = []string{"Hùng", "Tuấn", "Hoa", "Lan", "Thắng", "Phương", "Sơn", "Dũng", "Hạnh", "Thủy", "Bình", "Cường", "Hương", "Nam", "Khánh", "Long", "Mai", "Tâm", "Vinh", "Dương"}
	usedName = map[string]bool{}
)

func person(r *rand.Rand) string {
	for {
		n := hoList[r.Intn(len(hoList))] + " " + demList[r.Intn(len(demList))] + " " + tenList[r.Intn(len(tenList))]
		if !usedName[n] {
			usedName[n] = true
			return n
		}
	}
}

var topics = []string{
	"Những nội dung cơ bản, cốt lõi của Báo cáo chính trị trình Đại hội XIII của Đảng",
	"Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030 và phương hướng, nhiệm vụ 5 năm 2021 - 2025",
	"Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng",
	"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025",
	"Quán triệt Chương trình hành động thực hiện Nghị quyết Đại hội XIII của cấp ủy cấp trên",
	"Thảo luận, xây dựng Chương trình hành động của chi bộ",
	"Những điểm mới trong Văn kiện Đại hội XIII về bảo vệ chủ quyền biên giới quốc gia",
	"Báo cáo đánh giá kết quả thực hiện Nghị quyết Trung ương 4 khóa XII gắn với Chỉ thị 05-CT/TW",
}

// up returns the capitalised form used in headers.
func up(s string) string { return strings.ToUpper(s) }
