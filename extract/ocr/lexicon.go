package ocr

import (
	"strings"
	"unicode"

	"baocao/vntext"
)

// Tesseract's Vietnamese model often gets a word's letters right and a mark
// wrong: "Chỉ bộ" for "Chi bộ", "ĐẲNG ỦY" for "ĐẢNG ỦY", "PHO Bì THƯ". The
// phrases of these reports are few and known, so a run of words that matches
// one of them but for its marks is the phrase. Only phrases of two words or
// more are used: a single syllable without its marks is too often another
// word ("đang" is not "Đảng").
var phrases = []string{
	"Chi bộ", "Đảng bộ", "Đảng ủy", "Chi ủy", "Bí thư", "Phó Bí thư",
	"Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy",
	"Đảng ủy xã", "Đảng ủy phường", "cấp ủy", "cấp trên", "Ban Thường vụ", "Thường vụ",
	"Ban Chấp hành", "Trung ương", "Bộ Chính trị", "Ban Tuyên giáo", "Tuyên giáo",
	"Nghị quyết", "Đại hội", "Chỉ thị", "Hướng dẫn", "Kế hoạch", "Văn kiện", "Báo cáo chính trị",
	"hội nghị", "đảng viên", "quần chúng", "báo cáo viên", "báo cáo", "chủ trì", "đồng chí",
	"tham dự", "trình bày", "quán triệt", "triển khai", "thực hiện", "nghiên cứu", "học tập",
	"chương trình hành động", "Chương trình hành động", "trực tiếp", "trực tuyến", "kết hợp",
	"hình thức", "địa điểm", "thời gian", "thành phần", "nội dung", "chuyên đề", "tổ chức",
	"Ủy ban nhân dân", "Hội trường", "Phòng họp", "Nhà văn hóa", "Văn phòng", "tỷ lệ", "đạt tỷ lệ", "Đ/c",
	"Cộng sản", "Việt Nam", "Nơi nhận", "Lưu VP", "Trường THCS", "Tiểu học", "Trạm Y tế",
	"tổ dân phố", "Công an", "Quân sự", "phát triển", "kinh tế", "xã hội",
}

// lexicon maps the folded words of a phrase to its spellings: as listed
// first, then with the tone mark placed the other accepted way ("ủy" and
// "uỷ", "hóa" and "hoá").
var lexicon = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range phrases {
		k := vntext.Fold(p)
		m[k] = append(m[k], p)
		if alt := otherPlacement.Replace(p); alt != p {
			m[k] = append(m[k], alt)
		}
	}
	return m
}()

// otherPlacement moves tone marks between the old and the new placement.
var otherPlacement = func() *strings.Replacer {
	var pairs []string
	for _, v := range []struct{ old, new string }{
		{"ủy", "uỷ"}, {"úy", "uý"}, {"ùy", "uỳ"}, {"ũy", "uỹ"}, {"ụy", "uỵ"},
		{"óa", "oá"}, {"òa", "oà"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"},
		{"óe", "oé"}, {"òe", "oè"}, {"ỏe", "oẻ"}, {"õe", "oẽ"}, {"ọe", "oẹ"},
	} {
		pairs = append(pairs, v.old, v.new, v.new, v.old)
	}
	return strings.NewReplacer(pairs...)
}()

const maxPhraseWords = 4

// correct puts the marks of known phrases right in a recognised text. A
// phrase already spelt one of its known ways is left as written.
func correct(text string) string {
	words := strings.Fields(text)
	for i := 0; i < len(words); i++ {
		for n := min(maxPhraseWords, len(words)-i); n >= 2; n-- {
			run := words[i : i+n]
			lead, core, trail := splitPunct(strings.Join(run, " "))
			spellings, ok := lexicon[vntext.Fold(core)]
			if !ok || strings.Count(core, " ") != n-1 {
				continue
			}
			if fixed, changed := respell(core, spellings); changed {
				copy(run, strings.Fields(lead+fixed+trail))
			}
			i += n - 1
			break
		}
	}
	return strings.Join(words, " ")
}

// splitPunct cuts the punctuation off both ends of s.
func splitPunct(s string) (lead, core, trail string) {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' }
	start := strings.IndexFunc(s, isWord)
	if start < 0 {
		return s, "", ""
	}
	end := strings.LastIndexFunc(s, isWord)
	end += len(string([]rune(s[end:])[0]))
	return s[:start], s[start:end], s[end:]
}

// respell returns core spelt as the known phrase, in core's case: capitals
// when most of its letters are, else each word's first letter as in core.
func respell(core string, spellings []string) (string, bool) {
	for _, s := range spellings {
		if strings.EqualFold(s, core) {
			return core, false
		}
	}
	want := spellings[0]
	upper, lower := 0, 0
	for _, r := range core {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	if upper > lower {
		return strings.ToUpper(want), true
	}
	cw, ww := strings.Fields(core), strings.Fields(want)
	for i := range ww {
		r := []rune(ww[i])
		first := []rune(cw[i])[0]
		if unicode.IsUpper(first) {
			r[0] = unicode.ToUpper(r[0])
		} else {
			r[0] = unicode.ToLower(r[0])
		}
		ww[i] = string(r)
	}
	return strings.Join(ww, " "), true
}
