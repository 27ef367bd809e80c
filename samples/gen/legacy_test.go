package main

import (
	"strings"
	"testing"

	"baocao/vntext"
)

// TestLegacyEncodersAgreeWithTheReader writes every Vietnamese letter, small
// and capital, with the generator's tables (UniKey's) and reads it back with
// the reader's (libiconv's for TCVN3, the mark bytes for VNI): two
// transcriptions of the standards that must agree.
func TestLegacyEncodersAgreeWithTheReader(t *testing.T) {
	var all []string
	for _, base := range vowelBases {
		for k := range legacyTones {
			all = append(all, string(toned(base, k, false)), string(toned(base, k, true)))
		}
	}
	all = append(all, "đ", "Đ", "Đảng ủy xã Trì Quang", "ỦY BAN NHÂN DÂN", "Ấp Ỵ Ứ Ẫ Ặ", "Người trường quyết nghiêng")
	for _, e := range []legacyEnc{tcvn3, vni} {
		for _, s := range all {
			b, err := e.encode(s)
			if err != nil {
				t.Errorf("%s: %v", e.Name, err)
				continue
			}
			enc, _ := vntext.LegacyFont(e.Font)
			if got := vntext.Decode(latin1(b), enc, false); got != s {
				t.Errorf("%s: %q written as %q reads %q", e.Name, s, latin1(b), got)
			}
		}
	}
	b, font, err := tcvn3.encodeFor("BÁO CÁO KẾT QUẢ")
	if err != nil || font != ".VnTimeH" || strings.ContainsAny(b, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		t.Fatalf("encodeFor capitals = %q in %q (%v), want small letters' codes in .VnTimeH", b, font, err)
	}
	if got := vntext.Decode(latin1(b), vntext.TCVN3, true); got != "BÁO CÁO KẾT QUẢ" {
		t.Errorf("capitals read back as %q", got)
	}
	if _, err := tcvn3.encode("Straße"); err == nil {
		t.Error("encode accepted a letter TCVN3 has no code for")
	}
}
