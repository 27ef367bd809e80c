// Package indextest is the contract every index backend must honour: the same
// tests run against the embedded Bleve index and a real Elasticsearch server,
// so that both behave alike for the people who search.
package indextest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"baocao"
)

func date(s string) baocao.Date {
	d, err := baocao.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// fixture returns four files: two narrative reports, a roll-up, and a plan
// that is no report.
func fixture() []baocao.IndexedFile {
	hung := baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư Chi bộ"}
	return []baocao.IndexedFile{
		{
			SHA256: strings.Repeat("a", 64), Paths: []string{"inbox/hung-son/bao-cao.pdf"}, Format: "pdf",
			Text: "BÁO CÁO kết quả hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng. Chi bộ đã ban hành Chương trình hành động số 12-CTr/HU.",
			Document: &baocao.Document{Kind: "Báo cáo", DocNumber: "15-BC/CB", Issuer: "Chi bộ Trường THCS Hùng Sơn", ParentIssuer: "Đảng bộ xã Hùng Sơn",
				Date: date("2021-04-25"), Title: "Kết quả hội nghị nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIII", Records: 1},
			Records: []baocao.Record{{
				Unit: "Chi bộ Trường THCS Hùng Sơn", ParentUnit: "Đảng bộ xã Hùng Sơn", DocNumber: "15-BC/CB",
				ConferenceDate: date("2021-04-20"), Form: baocao.InPerson, Chair: &hung, Reporters: []baocao.Person{hung},
				Attendance:    &baocao.Attendance{MembersPresent: 24, MembersTotal: 25, Rate: 0.96, Others: 5},
				ActionProgram: &baocao.ActionProgram{Issued: true, Number: "12-CTr/HU"},
				Source:        baocao.Source{Page: 1},
			}},
		},
		{
			SHA256: strings.Repeat("b", 64), Paths: []string{"inbox/dai-tu/bc.pdf"}, Format: "pdf",
			Text: "Đảng ủy xã Đại Từ tổ chức hội nghị trực tuyến; nghiên cứu nghị quyết, quán triệt sâu sắc. Báo cáo số 12-BC/HU.",
			Records: []baocao.Record{{
				Unit: "Đảng bộ xã Đại Từ", ParentUnit: "Huyện ủy Đại Từ", DocNumber: "12-BC/HU",
				ConferenceDate: date("2021-06-02"), Form: baocao.Online,
				Chair:      &baocao.Person{Name: "Trần Thị Mai", Title: "Phó Bí thư Đảng ủy"},
				Reporters:  []baocao.Person{{Name: "Lê Văn Hưng", Title: "Bí thư Đảng ủy"}},
				Attendance: &baocao.Attendance{MembersPresent: 300, MembersTotal: 325, Rate: 0.9231},
				Source:     baocao.Source{Page: 1},
			}},
		},
		{
			SHA256: strings.Repeat("c", 64), Paths: []string{"inbox/gia-phu/tong-hop.xlsx"}, Format: "xlsx",
			Text: "BẢNG TỔNG HỢP Chi bộ thôn Đông Hòa Chi bộ thôn Vạn Hòa Chi bộ thôn An Thành",
			Records: []baocao.Record{
				{Unit: "Chi bộ thôn Đông Hòa", ParentUnit: "Đảng ủy xã Gia Phú", ConferenceDate: date("2021-03-27"), Form: baocao.InPerson,
					Chair: &baocao.Person{Name: "Ngô Đức Việt", Title: "Bí thư Chi bộ"}, Attendance: &baocao.Attendance{MembersPresent: 20, MembersTotal: 20, Rate: 1, Others: 2},
					Source: baocao.Source{Sheet: "Tổng hợp", Row: 9}},
				{Unit: "Chi bộ thôn Vạn Hòa", ParentUnit: "Đảng ủy xã Gia Phú", ConferenceDate: date("2021-04-05"), Form: baocao.Hybrid,
					Chair: &baocao.Person{Name: "Phạm Hữu Quyết", Title: "Bí thư Chi bộ"}, Reporters: []baocao.Person{{Name: "Nguyễn Văn Hùng"}},
					Attendance: &baocao.Attendance{MembersPresent: 40, MembersTotal: 41, Rate: 0.9756, Others: 3},
					Source:     baocao.Source{Sheet: "Tổng hợp", Row: 10}},
				{Unit: "Chi bộ thôn An Thành", ParentUnit: "Đảng ủy xã Gia Phú",
					Source: baocao.Source{Sheet: "Tổng hợp", Row: 11}},
			},
		},
		{
			// A plan: a document with no record.
			SHA256: strings.Repeat("e", 64), Paths: []string{"inbox/huyen/ke-hoach-05.pdf"}, Format: "pdf",
			Text: "Kế hoạch tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIII cho cán bộ chủ chốt. Báo cáo viên: đồng chí Phạm Thị Thoa.",
			Document: &baocao.Document{Kind: "Kế hoạch", DocNumber: "05-KH/HU", Issuer: "Ban Tuyên giáo Huyện ủy", ParentIssuer: "Huyện ủy Đại Từ",
				Place: "Đại Từ", Date: date("2021-03-05"), Title: "Tổ chức hội nghị học tập Nghị quyết Đại hội XIII", Pages: 2},
		},
	}
}

// Run runs the contract against indexes made by open, one fresh index per test.
func Run(t *testing.T, open func(t *testing.T) baocao.Index) {
	ctx := context.Background()
	load := func(t *testing.T) baocao.Index { return load(t, open) }
	units := func(t *testing.T, ix baocao.Index, q baocao.Query) []string {
		t.Helper()
		if q.Type == "" {
			q.Type = baocao.HitRecord
		}
		res, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		var out []string
		for _, h := range res.Hits {
			out = append(out, h.Record.Unit)
		}
		return out
	}

	t.Run("a record put can be read back by its ID", func(t *testing.T) {
		ix := load(t)
		f := fixture()[0]
		h, err := ix.Record(ctx, baocao.RecordID(f.SHA256, 0))
		if err != nil {
			t.Fatal(err)
		}
		if h.Record.Unit != f.Records[0].Unit || h.File != f.Paths[0] || h.SHA256 != f.SHA256 || h.Record.Attendance.MembersTotal != 25 {
			t.Errorf("got %+v", h)
		}
		if ok, err := ix.HasFile(ctx, f.SHA256); !ok || err != nil {
			t.Errorf("HasFile = %v, %v", ok, err)
		}
		if _, err := ix.Record(ctx, "nope-0000"); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("missing record: err = %v, want ErrNotFound", err)
		}
	})

	t.Run("putting the same file twice changes nothing", func(t *testing.T) {
		ix := load(t)
		before, _ := ix.Search(ctx, baocao.Query{})
		for _, f := range fixture() {
			if err := ix.PutFile(ctx, f); err != nil {
				t.Fatal(err)
			}
		}
		after, _ := ix.Search(ctx, baocao.Query{})
		if before.Total != 5 || after.Total != 5 {
			t.Errorf("total before %d, after %d; want 5 and 5", before.Total, after.Total)
		}
	})

	t.Run("a changed file replaces its records", func(t *testing.T) {
		ix := load(t)
		f := fixture()[2]
		f.Records = f.Records[:1]
		if err := ix.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
		if _, err := ix.Record(ctx, baocao.RecordID(f.SHA256, 2)); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("the dropped record is still there: %v", err)
		}
		if res, _ := ix.Search(ctx, baocao.Query{}); res.Total != 3 {
			t.Errorf("total = %d, want 3", res.Total)
		}
	})

	t.Run("a removed file takes its records along", func(t *testing.T) {
		ix := load(t)
		f := fixture()[2]
		if err := ix.RemoveFile(ctx, f.SHA256); err != nil {
			t.Fatal(err)
		}
		if ok, _ := ix.HasFile(ctx, f.SHA256); ok {
			t.Error("HasFile after RemoveFile")
		}
		if res, _ := ix.Search(ctx, baocao.Query{}); res.Total != 2 {
			t.Errorf("total = %d, want 2", res.Total)
		}
	})

	t.Run("a file that left the share keeps its records, marked removed", func(t *testing.T) {
		ix := load(t)
		f := fixture()[0]
		f.Removed = true
		if err := ix.PutFile(ctx, f); err != nil {
			t.Fatal(err)
		}
		h, err := ix.Record(ctx, baocao.RecordID(f.SHA256, 0))
		if err != nil || !h.Removed {
			t.Errorf("record = %+v, %v; want it kept and marked removed", h, err)
		}
		res, _ := ix.Search(ctx, baocao.Query{Text: "hung son"})
		if len(res.Hits) == 0 || !res.Hits[0].Removed || !res.Hits[len(res.Hits)-1].Removed {
			t.Errorf("search hit not marked removed: %+v", res.Hits)
		}
	})

	t.Run("words typed without diacritics find them", func(t *testing.T) {
		ix := load(t)
		for q, want := range map[string]int{"quan triet": 2, "dang uy dai tu": 1, "DANG UY": 4, "Đông Hòa": 1, "dong hoa": 1} {
			if got := units(t, ix, baocao.Query{Text: q}); len(got) != want {
				t.Errorf("%q found %v, want %d records", q, got, want)
			}
		}
	})

	t.Run("an exact diacritic match ranks first", func(t *testing.T) {
		ix := load(t)
		// "Hùng" and "Hưng" fold alike; the one typed as written comes first.
		for q, want := range map[string]string{"Hưng": "Đảng bộ xã Đại Từ", "Hùng": "Chi bộ Trường THCS Hùng Sơn"} {
			got := units(t, ix, baocao.Query{Text: q})
			if len(got) < 2 || got[0] != want {
				t.Errorf("%q ranked %v, want %q first of several", q, got, want)
			}
		}
	})

	t.Run("a quoted phrase matches only as a phrase", func(t *testing.T) {
		ix := load(t)
		got := units(t, ix, baocao.Query{Text: `"quán triệt nghị quyết"`})
		if len(got) != 1 || got[0] != "Chi bộ Trường THCS Hùng Sơn" {
			t.Errorf("phrase found %v", got)
		}
		if got := units(t, ix, baocao.Query{Text: `"quan triet nghi quyet"`}); len(got) != 1 {
			t.Errorf("folded phrase found %v", got)
		}
	})

	t.Run("a person's name finds where they presided or presented", func(t *testing.T) {
		ix := load(t)
		got := units(t, ix, baocao.Query{Text: "Nguyễn Văn Hùng"})
		if strings.Join(sorted(got), "|") != "Chi bộ Trường THCS Hùng Sơn|Chi bộ thôn Vạn Hòa" {
			t.Errorf("found %v", got)
		}
	})

	t.Run("a document symbol finds its report", func(t *testing.T) {
		ix := load(t)
		for q, want := range map[string]string{"12-CTr/HU": "Chi bộ Trường THCS Hùng Sơn", "12-BC/HU": "Đảng bộ xã Đại Từ"} {
			if got := units(t, ix, baocao.Query{Text: q}); len(got) != 1 || got[0] != want {
				t.Errorf("%q found %v, want only %q", q, got, want)
			}
		}
	})

	t.Run("filters narrow the hits", func(t *testing.T) {
		ix := load(t)
		tests := []struct {
			q    baocao.Query
			want string
		}{
			{baocao.Query{From: date("2021-04-01"), To: date("2021-04-30")}, "Chi bộ Trường THCS Hùng Sơn|Chi bộ thôn Vạn Hòa"},
			{baocao.Query{To: date("2021-03-31")}, "Chi bộ thôn Đông Hòa"},
			{baocao.Query{Parent: "dang uy xa gia phu"}, "Chi bộ thôn An Thành|Chi bộ thôn Vạn Hòa|Chi bộ thôn Đông Hòa"},
			{baocao.Query{Unit: "van hoa"}, "Chi bộ thôn Vạn Hòa"},
			{baocao.Query{Form: baocao.Online}, "Đảng bộ xã Đại Từ"},
			{baocao.Query{Text: "chi bo", Parent: "Gia Phú", From: date("2021-04-01")}, "Chi bộ thôn Vạn Hòa"},
		}
		for _, tt := range tests {
			if got := strings.Join(sorted(units(t, ix, tt.q)), "|"); got != tt.want {
				t.Errorf("%+v found %q, want %q", tt.q, got, tt.want)
			}
		}
	})

	t.Run("pages do not overlap and the total stays", func(t *testing.T) {
		ix := load(t)
		seen := map[string]bool{}
		for off := 0; off < 6; off += 2 {
			res, err := ix.Search(ctx, baocao.Query{Limit: 2, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != 5 {
				t.Errorf("offset %d: total %d, want 5", off, res.Total)
			}
			for _, h := range res.Hits {
				if seen[h.ID] {
					t.Errorf("offset %d: %s seen on an earlier page", off, h.ID)
				}
				seen[h.ID] = true
			}
		}
		if len(seen) != 5 {
			t.Errorf("paged through %d records, want 5", len(seen))
		}
	})

	t.Run("hits carry highlighted fragments", func(t *testing.T) {
		ix := load(t)
		res, err := ix.Search(ctx, baocao.Query{Text: "quan triet", Type: baocao.HitRecord})
		if err != nil || len(res.Hits) == 0 {
			t.Fatalf("%v %v", res, err)
		}
		if fr := strings.Join(res.Hits[0].Fragments, " "); !strings.Contains(fr, "<mark>quán</mark>") {
			t.Errorf("fragments %q lack <mark>quán</mark>", fr)
		}
	})

	t.Run("each walks every matching record once", func(t *testing.T) {
		ix := load(t)
		seen := map[string]bool{}
		err := ix.Each(ctx, baocao.Query{Parent: "gia phu", Limit: 1}, func(h baocao.Hit) error {
			if seen[h.ID] {
				t.Errorf("%s twice", h.ID)
			}
			seen[h.ID] = true
			return nil
		})
		if err != nil || len(seen) != 3 {
			t.Errorf("walked %d records (%v), want 3", len(seen), err)
		}
		n := 0
		ix.Each(ctx, baocao.Query{After: baocao.RecordID(strings.Repeat("c", 64), 0)}, func(baocao.Hit) error { n++; return nil })
		if n != 2 {
			t.Errorf("after the first roll-up record: walked %d, want the 2 after it", n)
		}
		stop := errors.New("stop")
		n = 0
		if err := ix.Each(ctx, baocao.Query{}, func(baocao.Hit) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
			t.Errorf("an error from fn: walked %d, err %v", n, err)
		}
	})

	t.Run("aggregates sum the matching records by parent, month and form", func(t *testing.T) {
		ix := load(t)
		a, err := ix.Aggregate(ctx, baocao.Query{})
		if err != nil {
			t.Fatal(err)
		}
		want := baocao.Bucket{Records: 5, MembersPresent: 384, MembersTotal: 411, Others: 10}
		if a.Total != want {
			t.Errorf("total = %+v, want %+v", a.Total, want)
		}
		if got := fmt.Sprint(a.ByParent); got != "[{Đảng bộ huyện Đại Từ 1 300 325 0} {Đảng bộ xã Gia Phú 3 60 61 5} {Đảng bộ xã Hùng Sơn 1 24 25 5}]" {
			t.Errorf("by parent = %s", got)
		}
		if got := fmt.Sprint(a.ByMonth); got != "[{ 1 0 0 0} {2021-03 1 20 20 2} {2021-04 2 64 66 8} {2021-06 1 300 325 0}]" {
			t.Errorf("by month = %s", got)
		}
		if got := fmt.Sprint(a.ByForm); got != "[{ 1 0 0 0} {hybrid 1 40 41 3} {in_person 2 44 45 7} {online 1 300 325 0}]" {
			t.Errorf("by form = %s", got)
		}
		f, err := ix.Aggregate(ctx, baocao.Query{Parent: "gia phu"})
		if err != nil || f.Total.Records != 3 {
			t.Errorf("filtered aggregate = %+v, %v", f.Total, err)
		}
	})

	t.Run("a committee and its organisation are one parent", func(t *testing.T) {
		ix := load(t)
		// Gia Phú's own report names its parent as the organisation, the
		// roll-up as the committee; Gia Phú Mới is another commune.
		more := baocao.IndexedFile{
			SHA256: strings.Repeat("d", 64), Paths: []string{"inbox/gia-phu/thon-dong.pdf"}, Format: "pdf",
			Records: []baocao.Record{
				{Unit: "Chi bộ thôn Đông", ParentUnit: "Đảng bộ xã Gia Phú", Attendance: &baocao.Attendance{MembersPresent: 10, MembersTotal: 12}},
				{Unit: "Chi bộ thôn Tây", ParentUnit: "Đảng bộ xã Gia Phú Mới", Attendance: &baocao.Attendance{MembersPresent: 7, MembersTotal: 7}},
			},
		}
		if err := ix.PutFile(ctx, more); err != nil {
			t.Fatal(err)
		}
		a, err := ix.Aggregate(ctx, baocao.Query{})
		if err != nil {
			t.Fatal(err)
		}
		want := "[{Đảng bộ huyện Đại Từ 1 300 325 0} {Đảng bộ xã Gia Phú 4 70 73 5} {Đảng bộ xã Gia Phú Mới 1 7 7 0} {Đảng bộ xã Hùng Sơn 1 24 25 5}]"
		if got := fmt.Sprint(a.ByParent); got != want {
			t.Errorf("by parent = %s\nwant        %s", got, want)
		}
		for _, parent := range []string{"Đảng ủy xã Gia Phú", "Đảng bộ xã Gia Phú", "dang bo xa gia phu"} {
			got := sorted(units(t, ix, baocao.Query{Parent: parent}))
			if want := "Chi bộ thôn An Thành|Chi bộ thôn Tây|Chi bộ thôn Vạn Hòa|Chi bộ thôn Đông|Chi bộ thôn Đông Hòa"; strings.Join(got, "|") != want {
				t.Errorf("parent %q found %q, want %q", parent, got, want)
			}
		}
		for _, parent := range []string{"Huyện ủy Đại Từ", "Đảng bộ huyện Đại Từ"} {
			if got := units(t, ix, baocao.Query{Parent: parent}); strings.Join(got, "|") != "Đảng bộ xã Đại Từ" {
				t.Errorf("parent %q found %q", parent, got)
			}
		}
		h, err := ix.Record(ctx, baocao.RecordID(strings.Repeat("c", 64), 0))
		if err != nil || h.Record.ParentUnit != "Đảng ủy xã Gia Phú" {
			t.Errorf("the record's parent = %q, %v; want it as written", h.Record.ParentUnit, err)
		}
	})

	t.Run("documents", func(t *testing.T) { runDocuments(t, open) })
}

// runDocuments is the contract on documents: every file is one, found by
// its words beside the records, filtered by its header's fields.
func runDocuments(t *testing.T, open func(t *testing.T) baocao.Index) {
	ctx := context.Background()
	load := func(t *testing.T) baocao.Index { return load(t, open) }
	plan := strings.Repeat("e", 64)
	found := func(t *testing.T, ix baocao.Index, q baocao.Query) []string {
		t.Helper()
		res, err := ix.Search(ctx, q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		var out []string
		for _, h := range res.Hits {
			switch h.Type {
			case baocao.HitDocument:
				if h.Document == nil || h.ID != h.SHA256 {
					t.Errorf("document hit %+v", h)
					continue
				}
				out = append(out, "document "+h.Document.Kind+" "+h.File)
			case baocao.HitRecord:
				out = append(out, "record "+h.Record.Unit)
			default:
				t.Errorf("hit of type %q", h.Type)
			}
		}
		return out
	}

	t.Run("a file with no record is found by its words, as a document", func(t *testing.T) {
		ix := load(t)
		res, err := ix.Search(ctx, baocao.Query{Text: "Phạm Thị Thoa"})
		if err != nil || len(res.Hits) != 1 {
			t.Fatalf("found %+v, %v; want the plan alone", res.Hits, err)
		}
		h := res.Hits[0]
		d := h.Document
		if h.Type != baocao.HitDocument || h.ID != plan || h.File != "inbox/huyen/ke-hoach-05.pdf" || d == nil ||
			d.Kind != "Kế hoạch" || d.DocNumber != "05-KH/HU" || d.Issuer != "Ban Tuyên giáo Huyện ủy" || d.Date != date("2021-03-05") || d.Records != 0 || d.Pages != 2 {
			t.Errorf("hit = %+v, document %+v", h, d)
		}
		if fr := strings.Join(h.Fragments, " "); !strings.Contains(fr, "<mark>Thoa</mark>") {
			t.Errorf("fragments %q", fr)
		}
		if got := found(t, ix, baocao.Query{Text: "pham thi thoa"}); len(got) != 1 {
			t.Errorf("without diacritics found %v", got)
		}
	})

	t.Run("records and documents come together, each saying which it is", func(t *testing.T) {
		ix := load(t)
		got := sorted(found(t, ix, baocao.Query{Text: "quan triet"}))
		want := "document Báo cáo inbox/hung-son/bao-cao.pdf|document  inbox/dai-tu/bc.pdf|document Kế hoạch inbox/huyen/ke-hoach-05.pdf|record Chi bộ Trường THCS Hùng Sơn|record Đảng bộ xã Đại Từ"
		if strings.Join(got, "|") != strings.Join(sorted(strings.Split(want, "|")), "|") {
			t.Errorf("found %q\nwant  %q", got, want)
		}
		if got := found(t, ix, baocao.Query{Text: "quan triet", Type: baocao.HitDocument}); len(got) != 3 {
			t.Errorf("documents only: %q", got)
		}
		if got := found(t, ix, baocao.Query{Text: "quan triet", Type: baocao.HitRecord}); len(got) != 2 {
			t.Errorf("records only: %q", got)
		}
	})

	t.Run("a document's symbol finds it first", func(t *testing.T) {
		ix := load(t)
		got := found(t, ix, baocao.Query{Text: "Kế hoạch 05-KH/HU"})
		if len(got) != 1 || got[0] != "document Kế hoạch inbox/huyen/ke-hoach-05.pdf" {
			t.Errorf("found %q", got)
		}
	})

	t.Run("documents are filtered by kind, issuer and date", func(t *testing.T) {
		ix := load(t)
		for _, tt := range []struct {
			q    baocao.Query
			want string
		}{
			{baocao.Query{Kind: "Kế hoạch"}, "document Kế hoạch inbox/huyen/ke-hoach-05.pdf"},
			{baocao.Query{Issuer: "ban tuyen giao"}, "document Kế hoạch inbox/huyen/ke-hoach-05.pdf"},
			{baocao.Query{Issuer: "Huyện ủy Đại Từ"}, "document Kế hoạch inbox/huyen/ke-hoach-05.pdf"},
			{baocao.Query{Text: "quan triet", Type: baocao.HitDocument, From: date("2021-04-01")}, "document Báo cáo inbox/hung-son/bao-cao.pdf"},
			{baocao.Query{Text: "hoi nghi", Kind: "Báo cáo", To: date("2021-04-30")}, "document Báo cáo inbox/hung-son/bao-cao.pdf"},
			{baocao.Query{Type: baocao.HitDocument, To: date("2021-03-31")}, "document Kế hoạch inbox/huyen/ke-hoach-05.pdf"},
		} {
			if got := strings.Join(found(t, ix, tt.q), "|"); got != tt.want {
				t.Errorf("%+v found %q, want %q", tt.q, got, tt.want)
			}
		}
	})

	t.Run("a document is read by its hash, with its text and its records", func(t *testing.T) {
		ix := load(t)
		f := fixture()[0]
		h, text, err := ix.Document(ctx, f.SHA256)
		if err != nil || h.Type != baocao.HitDocument || h.Document == nil || h.Document.DocNumber != "15-BC/CB" || h.Document.Records != 1 || text != f.Text {
			t.Errorf("document = %+v (%+v), text %q, %v", h, h.Document, text, err)
		}
		if _, _, err := ix.Document(ctx, strings.Repeat("f", 64)); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("a missing document: %v", err)
		}
		if _, _, err := ix.Document(ctx, baocao.RecordID(f.SHA256, 0)); !errors.Is(err, baocao.ErrNotFound) {
			t.Errorf("a record's ID as a document's: %v", err)
		}
		var ids []string
		ix.Each(ctx, baocao.Query{SHA256: strings.Repeat("c", 64)}, func(h baocao.Hit) error { ids = append(ids, h.ID); return nil })
		if len(ids) != 3 {
			t.Errorf("the roll-up's records: %v", ids)
		}
	})

	t.Run("checks and sums see records only", func(t *testing.T) {
		ix := load(t)
		n := 0
		ix.Each(ctx, baocao.Query{Text: "quan triet", From: date("2021-01-01")}, func(h baocao.Hit) error {
			if h.Type != baocao.HitRecord {
				t.Errorf("Each gave a %s", h.Type)
			}
			n++
			return nil
		})
		if n != 2 {
			t.Errorf("walked %d, want the 2 records", n)
		}
		a, err := ix.Aggregate(ctx, baocao.Query{Text: "quan triet"})
		if err != nil || a.Total.Records != 2 {
			t.Errorf("aggregate = %+v, %v", a.Total, err)
		}
	})
}

// load opens a fresh index and puts the fixture's files in it.
func load(t *testing.T, open func(t *testing.T) baocao.Index) baocao.Index {
	t.Helper()
	ix := open(t)
	for _, f := range fixture() {
		if err := ix.PutFile(context.Background(), f); err != nil {
			t.Fatalf("put %s: %v", f.Paths[0], err)
		}
	}
	return ix
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
