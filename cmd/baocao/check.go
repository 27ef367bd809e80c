package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"baocao/check"
	"baocao/web"
)

// campaignFlags are the flags of the commands that judge records.
type campaignFlags struct {
	roster, rules string
}

func (c *campaignFlags) register(fs interface {
	StringVar(p *string, name, value, usage string)
}) {
	fs.StringVar(&c.roster, "roster", "", "danh sách đơn vị phải báo cáo (CSV hoặc xlsx; cột Đơn vị, Đơn vị cấp trên); mặc định danh sách đã tải lên trang web, nếu có")
	fs.StringVar(&c.rules, "rules", "", "tệp quy định của đợt (YAML); mặc định Chỉ thị 01-CT/TW, hạn 30/6/2021, 95%")
}

// load reads the rules and the roster: the one given, else the one uploaded
// on the web page into the data directory, if any.
func (c *campaignFlags) load(ctx context.Context, data string) (check.Rules, check.Roster, error) {
	r := check.Default
	if c.rules != "" {
		var err error
		if r, err = check.Load(c.rules); err != nil {
			return r, nil, err
		}
	}
	var roster check.Roster
	if c.roster == "" {
		c.roster = web.RosterFile(data)
	}
	if c.roster != "" {
		var err error
		if roster, err = check.LoadRoster(ctx, c.roster); err != nil {
			return r, nil, err
		}
	}
	return r, roster, nil
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", "check [--data THƯ_MỤC] [--es URL] [--json] [--roster TỆP] [--rules TỆP]",
		"Kiểm tra các báo cáo trong chỉ mục theo quy định của đợt: hạn tổ chức hội nghị và ban hành\n"+
			"chương trình hành động, người đứng đầu chủ trì và trực tiếp làm báo cáo viên, tỷ lệ đảng\n"+
			"viên tham dự; với --roster, cả đơn vị chưa báo cáo. Chạy được khi baocao run đang chạy.", stderr)
	var store storeFlags
	store.register(fs)
	var camp campaignFlags
	camp.register(fs)
	asJSON := fs.Bool("json", false, "in mỗi vi phạm một dòng JSON")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	rules, roster, err := camp.load(ctx, store.data)
	if err != nil {
		return err
	}
	ix, err := store.open(ctx, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	counts := map[string]int{}
	err = check.Run(ctx, ix, rules, roster, filepath.Join(store.data, "failed.txt"), func(f check.Finding) error {
		counts[f.Rule]++
		if *asJSON {
			return enc.Encode(f)
		}
		where := f.Unit
		if where == "" {
			where = f.File
		}
		_, err := fmt.Fprintf(stdout, "%-20s %s: %s\n", f.Rule, where, f.Detail)
		return err
	})
	if err != nil {
		return err
	}
	if !*asJSON {
		var rules []string
		for r := range counts {
			rules = append(rules, r)
		}
		sort.Strings(rules)
		fmt.Fprintln(stdout)
		for _, r := range rules {
			fmt.Fprintf(stdout, "%-20s %d\n", r, counts[r])
		}
	}
	return nil
}
