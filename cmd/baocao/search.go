package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"baocao"
	"baocao/extract/rules"
	"baocao/vntext"
)

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("search", "search [--data THƯ_MỤC] [--es URL] [--json] [bộ lọc] TỪ_KHÓA...",
		"Tìm toàn văn trong mọi văn bản đã đưa vào chỉ mục (báo cáo, kế hoạch, giấy mời…) và trong\n"+
			"kết quả hội nghị đọc được từ các báo cáo. Gõ có dấu hay không dấu đều được; đặt cụm từ\n"+
			"trong ngoặc kép để tìm đúng cụm. Khớp đúng dấu được xếp trước.", stderr)
	var store storeFlags
	store.register(fs)
	asJSON := fs.Bool("json", false, "in mỗi kết quả một dòng JSON")
	var q baocao.Query
	fs.IntVar(&q.Limit, "limit", 20, "số kết quả mỗi trang")
	fs.IntVar(&q.Offset, "offset", 0, "bỏ qua bấy nhiêu kết quả đầu (trang sau)")
	fs.StringVar(&q.Unit, "unit", "", "chỉ các đơn vị có tên chứa các từ này")
	fs.StringVar(&q.Parent, "parent", "", "chỉ các đơn vị thuộc cấp trên có tên chứa các từ này")
	from := fs.String("from", "", "hội nghị (văn bản: ngày văn bản) từ ngày (2021-04-01 hoặc 1/4/2021)")
	to := fs.String("to", "", "hội nghị (văn bản: ngày văn bản) đến ngày")
	form := fs.String("form", "", "hình thức: in_person, online, hybrid")
	fs.StringVar(&q.Type, "type", "", "chỉ một loại kết quả: record (kết quả hội nghị) hoặc document (văn bản)")
	fs.StringVar(&q.Kind, "kind", "", "chỉ văn bản loại này: \"Kế hoạch\", \"Báo cáo\", \"Giấy mời\"…")
	fs.StringVar(&q.Issuer, "issuer", "", "chỉ văn bản của cơ quan ban hành có tên chứa các từ này")
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	q.Text = strings.Join(words, " ")
	for _, d := range []struct {
		flag string
		dst  *baocao.Date
	}{{*from, &q.From}, {*to, &q.To}} {
		if d.flag == "" {
			continue
		}
		v, ok := rules.ParseDate(d.flag)
		if !ok {
			return usageError{fmt.Sprintf("ngày %q không hợp lệ", d.flag)}
		}
		*d.dst = v
	}
	switch baocao.Form(*form) {
	case "", baocao.InPerson, baocao.Online, baocao.Hybrid:
		q.Form = baocao.Form(*form)
	default:
		return usageError{fmt.Sprintf("hình thức %q không hợp lệ (in_person, online, hybrid)", *form)}
	}
	if q.Type != "" && q.Type != baocao.HitRecord && q.Type != baocao.HitDocument {
		return usageError{fmt.Sprintf("loại %q không hợp lệ (record, document)", q.Type)}
	}
	if q.Kind != "" {
		q.Kind = documentKind(q.Kind)
	}
	if q.Limit < 1 || q.Offset < 0 {
		return usageError{"--limit phải lớn hơn 0 và --offset không âm"}
	}
	ix, err := store.open(ctx, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Fprintf(stdout, "%d kết quả", res.Total)
	if res.Total > 0 {
		fmt.Fprintf(stdout, " (hiện %d–%d)", q.Offset+1, q.Offset+len(res.Hits))
	}
	fmt.Fprintln(stdout)
	for _, h := range res.Hits {
		if d := h.Document; h.Type == baocao.HitDocument && d != nil {
			fmt.Fprintf(stdout, "\n[văn bản] %s %s — %s\n", orDash(d.Kind), d.DocNumber, orDash(d.Date.String()))
			if d.Title != "" {
				fmt.Fprintf(stdout, "  %s\n", d.Title)
			}
			if d.Issuer != "" {
				fmt.Fprintf(stdout, "  ban hành: %s\n", d.Issuer)
			}
			fmt.Fprintf(stdout, "  tệp: %s (%d kết quả hội nghị)\n", h.File, d.Records)
		} else {
			r := h.Record
			fmt.Fprintf(stdout, "\n[hội nghị] %s — %s\n", orDash(r.Unit), orDash(r.ConferenceDate.String()))
			if r.ParentUnit != "" {
				fmt.Fprintf(stdout, "  cấp trên: %s\n", r.ParentUnit)
			}
			fmt.Fprintf(stdout, "  tệp: %s\n", h.File)
		}
		for _, f := range h.Fragments {
			fmt.Fprintf(stdout, "  … %s\n", plainMarks(f))
		}
	}
	return nil
}

var reMark = regexp.MustCompile(`</?mark>`)

// plainMarks turns highlighted HTML into text for a terminal: «matched».
func plainMarks(s string) string {
	s = strings.NewReplacer("<mark>", "«", "</mark>", "»").Replace(s)
	s = reMark.ReplaceAllString(s, "")
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&#34;", `"`, "&#39;", "'").Replace(s)
}

// documentKind writes a kind typed as an analyst types it ("ke hoach",
// "KẾ HOẠCH") the way documents store it ("Kế hoạch"): kinds are few, and
// the rules' lexicon names them.
func documentKind(typed string) string {
	for _, k := range rules.Kinds() {
		if vntext.Fold(k) == vntext.Fold(strings.TrimSpace(typed)) {
			return k
		}
	}
	return strings.TrimSpace(typed)
}
