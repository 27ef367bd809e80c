package check

import (
	"bufio"
	"context"
	"errors"
	"os"
	"strings"

	"baocao"
)

// Run checks every record in the index, then the roster (when given) and the
// files the intake could not read (listed in failedPath, when it exists),
// and calls emit for each finding in that order. Records are walked a page at
// a time; only the roster's marks are held for the whole run.
func Run(ctx context.Context, ix baocao.Index, r Rules, roster Roster, failedPath string, emit func(Finding) error) error {
	var m *matcher
	if roster != nil {
		m = newMatcher(roster)
	}
	err := ix.Each(ctx, baocao.Query{}, func(h baocao.Hit) error {
		for _, f := range r.Record(h) {
			if err := emit(f); err != nil {
				return err
			}
		}
		if m != nil && !m.match(h.Record) {
			return emit(Finding{Rule: UnknownUnit, Unit: h.Record.Unit, ParentUnit: h.Record.ParentUnit, File: h.File, RecordID: h.ID,
				Detail: "Đơn vị không có trong danh sách đơn vị phải báo cáo; kiểm tra lại tên đơn vị trong báo cáo."})
		}
		return nil
	})
	if err != nil {
		return err
	}
	if m != nil {
		for _, u := range m.missing() {
			if err := emit(Finding{Rule: MissingReport, Unit: u.Unit, ParentUnit: u.ParentUnit, Detail: "Chưa có báo cáo."}); err != nil {
				return err
			}
		}
	}
	return unreadable(failedPath, emit)
}

// unreadable emits a finding per line of the intake's list of failed files:
// "path<TAB>reason".
func unreadable(path string, emit func(Finding) error) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		file, reason, _ := strings.Cut(line, "\t")
		if err := emit(Finding{Rule: UnreadableFile, File: file, Detail: reason}); err != nil {
			return err
		}
	}
	return sc.Err()
}
