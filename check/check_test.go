package check

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"baocao"
	"baocao/index/bleve"
)

func d(s string) baocao.Date {
	v, err := baocao.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// good is a record that breaks no rule.
func good() baocao.Record {
	head := baocao.Person{Name: "Nguyễn Văn Hùng", Title: "Bí thư Chi bộ"}
	return baocao.Record{
		Unit: "Chi bộ thôn Đông Hòa", ParentUnit: "Đảng ủy xã Gia Phú", ConferenceDate: d("2021-04-20"),
		Chair: &head, Reporters: []baocao.Person{head},
		Attendance:    &baocao.Attendance{MembersPresent: 24, MembersTotal: 25, Rate: 0.96},
		ActionProgram: &baocao.ActionProgram{Issued: true, Number: "12-CTr/CB", Date: d("2021-04-28")},
	}
}

func rules(t *testing.T, r Rules, rec baocao.Record) string {
	t.Helper()
	var names []string
	for _, f := range r.Record(baocao.Hit{Record: rec, File: "f.pdf"}) {
		names = append(names, f.Rule)
		if f.Detail == "" || f.Unit != rec.Unit || f.File != "f.pdf" {
			t.Errorf("finding %+v lacks detail, unit or file", f)
		}
	}
	sort.Strings(names)
	return strings.Join(names, " ")
}

func TestRecordFindings(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(r *baocao.Record)
		wants string
	}{
		{"a report that follows the directive has no finding", func(r *baocao.Record) {}, ""},
		{"a conference after the deadline is late", func(r *baocao.Record) { r.ConferenceDate = d("2021-07-01") }, LateConference},
		{"a conference on the deadline is on time", func(r *baocao.Record) { r.ConferenceDate = d("2021-06-30") }, ""},
		{"an action program not yet issued", func(r *baocao.Record) { r.ActionProgram = &baocao.ActionProgram{Issued: false} }, NoActionProgram},
		{"an action program issued late", func(r *baocao.Record) { r.ActionProgram.Date = d("2021-07-15") }, LateActionProgram},
		{"no mention of an action program is no finding", func(r *baocao.Record) { r.ActionProgram = nil }, ""},
		{"a deputy presiding and presenting", func(r *baocao.Record) {
			dep := baocao.Person{Name: "Trần Thị Mai", Title: "Phó Bí thư Chi bộ"}
			r.Chair, r.Reporters = &dep, []baocao.Person{dep}
		}, ChairNotHead + " " + ReporterNotHead},
		{"the head presides but someone else presents", func(r *baocao.Record) {
			r.Reporters = []baocao.Person{{Name: "Lê Văn Nam", Title: "Báo cáo viên Huyện ủy"}}
		}, ReporterNotHead},
		{"the head among several presenters is enough", func(r *baocao.Record) {
			r.Reporters = append([]baocao.Person{{Name: "Lê Văn Nam", Title: "Báo cáo viên Huyện ủy"}}, r.Reporters...)
		}, ""},
		{"a presenter without a title who is the head presiding", func(r *baocao.Record) {
			r.Reporters = []baocao.Person{{Name: "NGUYỄN VĂN HÙNG"}}
		}, ""},
		{"attendance below the threshold", func(r *baocao.Record) {
			r.Attendance = &baocao.Attendance{MembersPresent: 20, MembersTotal: 25, Rate: 0.8}
		}, LowAttendance},
		{"no conference date, attendance or presenter is incomplete", func(r *baocao.Record) {
			r.ConferenceDate, r.Attendance, r.Reporters = baocao.Date{}, nil, nil
		}, IncompleteReport},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := good()
			tt.edit(&rec)
			if got := rules(t, Default, rec); got != tt.wants {
				t.Errorf("findings %q, want %q", got, tt.wants)
			}
		})
	}
}

func TestRulesFileOverridesTheDefaults(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(path, []byte("campaign: Nghị quyết 2026\nconference_deadline: 2026-03-31\nattendance_threshold: 90\n"), 0o644)
	r, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if r.Campaign != "Nghị quyết 2026" || r.ConferenceDeadline != d("2026-03-31") || r.AttendanceThreshold != 0.9 || r.ActionDeadline != Default.ActionDeadline {
		t.Errorf("rules = %+v", r)
	}
	os.WriteFile(path, []byte("deadline: 2026-03-31\n"), 0o644)
	if _, err := Load(path); err == nil {
		t.Error("an unknown key was accepted")
	}
}

func TestUnitKeyIgnoresCaseDiacriticsSpacingAndKind(t *testing.T) {
	for _, name := range []string{"chi bo truong THCS Hung Son", "Trường  THCS Hùng Sơn", "CHI BỘ TRƯỜNG THCS HÙNG SƠN"} {
		if UnitKey(name) != UnitKey("Chi bộ Trường THCS Hùng Sơn") {
			t.Errorf("%q does not match", name)
		}
	}
	if UnitKey("Chi bộ thôn 1") == UnitKey("Chi bộ thôn 2") {
		t.Error("different units match")
	}
}

func TestRunWithRosterAndFailedFiles(t *testing.T) {
	dir := t.TempDir()
	ix, err := bleve.Open(filepath.Join(dir, "index"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	late := good()
	late.Unit, late.ConferenceDate = "Chi bộ thôn Vạn Hòa", d("2021-08-01")
	typo := good()
	typo.Unit = "Chi bộ thôn Đông Hoà Mới"
	ix.PutFile(context.Background(), baocao.IndexedFile{SHA256: strings.Repeat("1", 64), Paths: []string{"a.xlsx"}, Records: []baocao.Record{good(), late, typo}})
	roster := filepath.Join(dir, "roster.csv")
	os.WriteFile(roster, []byte("\xEF\xBB\xBFĐơn vị,Đơn vị cấp trên\nchi bo thon dong hoa,Đảng ủy xã Gia Phú\nChi bộ thôn Vạn Hòa,\nChi bộ thôn An Thành,Đảng ủy xã Gia Phú\n"), 0o644)
	failed := filepath.Join(dir, "failed.txt")
	os.WriteFile(failed, []byte("# header\ninbox/x.pdf\tTệp PDF bị hỏng\n"), 0o644)
	r, err := LoadRoster(context.Background(), roster)
	if err != nil || len(r) != 3 {
		t.Fatalf("roster %+v, %v", r, err)
	}
	var got []string
	err = Run(context.Background(), ix, Default, r, failed, func(f Finding) error {
		got = append(got, f.Rule+" "+f.Unit+f.File)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		LateConference + " Chi bộ thôn Vạn Hòaa.xlsx",
		UnknownUnit + " Chi bộ thôn Đông Hoà Mớia.xlsx",
		MissingReport + " Chi bộ thôn An Thành",
		UnreadableFile + " inbox/x.pdf",
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRosterMatchesACommitteeAndItsOrganisationAsOneParent(t *testing.T) {
	roster := Roster{
		{Unit: "Đảng bộ xã Hùng Sơn", ParentUnit: "Huyện ủy Đại Từ"},
		{Unit: "Chi bộ thôn Đông Hòa", ParentUnit: "Đảng ủy xã Gia Phú"},
		{Unit: "Chi bộ thôn Đông Hòa", ParentUnit: "Đảng ủy xã Gia Phú Mới"},
	}
	tests := []struct {
		name         string
		unit, parent string
		want         []int // the roster units matched
	}{
		{"a district's organisation is its Huyện ủy", "Đảng bộ xã Hùng Sơn", "Đảng bộ huyện Đại Từ", []int{0}},
		{"a commune's organisation is its Đảng ủy", "Chi bộ thôn Đông Hòa", "Đảng bộ xã Gia Phú", []int{1}},
		{"the committee's name in capitals, without diacritics", "chi bo thon dong hoa", "DANG UY XA GIA PHU MOI", []int{2}},
		{"a commune of the same name is not the district", "Đảng bộ xã Hùng Sơn", "Đảng bộ xã Đại Từ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMatcher(roster)
			found := m.match(baocao.Record{Unit: tt.unit, ParentUnit: tt.parent})
			var got []int
			for i, ok := range m.matched {
				if ok {
					got = append(got, i)
				}
			}
			if found != (len(tt.want) > 0) || fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("matched %v (found %v), want %v", got, found, tt.want)
			}
		})
	}
}
