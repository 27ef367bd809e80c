package vntext

import "testing"

func TestMangled(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"typed Vietnamese is not mangled", `Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
			Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện về việc tổng kết công tác năm,
			Ủy ban nhân dân xã báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội như sau`, false},
		{"Vietnamese with its marks mangled by an English engine is", `Cdn cu Ludt T6 chuc chinh quyen dia phuong ngdy 19 thdng 6 ndm 2015;
			Thuc hien Ke hoach s6 12/KH-UBND cua Uy ban nhan dan huyen ve viec tong ket cong tac ndm,
			Uy ban nhan dan xd bdo cdo ket qua thuc hien nhiem vu phat trien kinh te xa hoi nhu sau`, true},
		{"Vietnamese with every mark dropped is", `Can cu Luat To chuc chinh quyen dia phuong ngay 19 thang 6 nam 2015;
			Thuc hien Ke hoach so 12/KH-UBND cua Uy ban nhan dan huyen ve viec tong ket cong tac nam,
			Uy ban nhan dan xa bao cao ket qua thuc hien nhiem vu phat trien kinh te xa hoi nhu sau`, true},
		{"Vietnamese with some marks turned into symbols is", `C&n cu Lu@t T6 ch~uc chính quy€n dia phu'ong ngày 19 th&ng 6 n&m 2015;
			Thuc hi$n K€ hoach s6 12/KH-UBND cüa Uy ban nh&n d&n huy$n v€ vi$c t6ng k€t c6ng t&c n&m,
			Uy ban nh&n d&n x& b&o c&o k€t qua thuc hi$n nhi$m vu ph&t tri€n kinh t€ x& h6i nhu sau`, true},
		{"English is not", `The committee reviewed the annual report on the implementation of the socio-economic
			development plan and agreed that the budget for the next year should be submitted to the council
			before the end of the month together with the audit findings and recommendations`, false},
		{"a table of figures is not", `1 2 3 4 5 6 120 340 560 12,5 13,4 100% 98% 2.300 4.500 6.700 1.200 3.400
			5.600 7.800 9.000 10 20 30 40 50 60 70 80 90`, false},
		{"acronyms and headings in capitals are not", `UBND HĐND MTTQ CỘNG HOA XA HOI CHU NGHIA VIET NAM BC-UBND QĐ-UBND
			KH-UBND TTr NQ-HĐND CV UBND BHXH BHYT THCS THPT CAND QLDA GTVT TNMT LĐTBXH`, false},
		{"a few words are not", `Cdn cu Ludt ngdy 19 thdng 6`, false},
		{"names with marks are not", `Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Em,
			Vũ Thị Giang, Đặng Văn Hùng, Bùi Thị Lan, Đỗ Văn Minh, Hồ Thị Nga`, false},
		{"an e-signature stamp is not", `Ký bởi: Ủy ban nhân dân huyện Hải Hậu Email: ubnd@haihau.namdinh.gov.vn
			Cơ quan: Tỉnh Nam Định Thời gian ký: 19.12.2024 10:20:31 +07:00 SAO Y BẢN CHÍNH`, false},
		{"Vietnamese mixed with English terms is not", `Triển khai hệ thống quản lý văn bản và điều hành trên nền tảng
			cloud computing, kết nối với trục liên thông quốc gia, bảo đảm an toàn thông tin theo tiêu chuẩn
			quốc tế và các quy định hiện hành của Bộ Thông tin và Truyền thông về chữ ký số`, false},
		{"text with no words is not", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Mangled(tt.text); got != tt.want {
				t.Errorf("Mangled = %v, want %v", got, tt.want)
			}
		})
	}
}

func FuzzMangled(f *testing.F) {
	f.Add("Cdn cu Ludt ngdy 19 thdng 6")
	f.Add("Căn cứ Luật Tổ chức chính quyền địa phương")
	f.Fuzz(func(t *testing.T, s string) { Mangled(s) })
}
