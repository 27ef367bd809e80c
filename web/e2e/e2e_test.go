package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"

	"baocao"
	"baocao/summary"
	"baocao/vntext"
)

// The reports in the inbox when the server starts: PDFs from three parent
// units (two from the same one, for a facet that narrows), a form and a
// roll-up workbook (a file with many records), and a file that is no report.
var inboxSamples = []string{
	"samples/pdf/fpdf-01-chi-bo-truong-thcs-hung-son.pdf",
	"samples/pdf/fpdf-02-chi-bo-thon-dong-hoa.pdf",
	"samples/pdf/fpdf-03-dang-bo-xa-ha-thuong.pdf",
	"samples/pdf/fpdf-08-chi-bo-thon-lang-moi.pdf",
	"samples/xlsx/form-02-chi-bo-truong-thcs-gia-phu.xlsx",
	"samples/xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx",
	"samples/bad/random-bytes.xlsx",
}

const (
	rollupSample = "samples/xlsx/rollup-01-dang-uy-xa-gia-phu.xlsx"
	badSample    = "samples/bad/random-bytes.xlsx"
	uploadSample = "samples/xlsx/form-04-dang-bo-xa-son-hai.xlsx" // the admin uploads it
)

// sample is one sample report with its truth, written by samples/gen from
// the record it drew, never from our extractor's output.
type sample struct {
	Path    string // absolute
	Name    string
	SHA256  string
	Bytes   []byte
	Records []truthRecord `json:"records"`
	Error   string        `json:"error_code"`
}

type truthRecord struct {
	Unit           string         `json:"unit"`
	ParentUnit     string         `json:"parent_unit"`
	DocNumber      string         `json:"doc_number"`
	Location       string         `json:"location"`
	ConferenceDate string         `json:"conference_date"`
	Chair          *truthPerson   `json:"chair"`
	Reporters      []truthPerson  `json:"reporters"`
	Source         map[string]any `json:"source"`
}

type truthPerson struct {
	Name string `json:"name"`
}

func loadSample(t *testing.T, root, rel string) *sample {
	t.Helper()
	s := &sample{Path: filepath.Join(root, rel), Name: filepath.Base(rel)}
	b, err := os.ReadFile(s.Path)
	if err != nil {
		t.Fatal(err)
	}
	truth, err := os.ReadFile(strings.TrimSuffix(s.Path, filepath.Ext(s.Path)) + ".json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(truth, s); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	sum := sha256.Sum256(b)
	s.SHA256, s.Bytes = hex.EncodeToString(sum[:]), b
	return s
}

// TestWeb runs the analysts' and the admin's work through the real pages of
// a real "baocao run", in a real headless Chromium.
func TestWeb(t *testing.T) {
	start := time.Now()
	chromiumPath(t) // skip or fail before building anything
	root := moduleRoot(t)
	samples := map[string]*sample{} // by SHA-256
	var paths, names []string
	good := 0 // records in the files that can be read
	for _, rel := range inboxSamples {
		s := loadSample(t, root, rel)
		samples[s.SHA256] = s
		paths, names = append(paths, s.Path), append(names, s.Name)
		good += len(s.Records)
	}
	srv := newServer(t, root, paths)
	srv.waitIntake(t, names...)
	t.Logf("server up and intake settled after %v", time.Since(start).Round(time.Millisecond))
	browserCtx := newBrowser(t)
	shots := screenshotDir(t, root)
	analyst := newUserTab(t, browserCtx, srv.url, shots)
	admin := newUserTab(t, browserCtx, srv.url, shots)
	consoles := []*consoleWatch{watchConsole(analyst), watchConsole(admin)}

	// Each step opens the page it works on; a step the later ones need
	// (logging in, say) stops the test when it fails.
	step := func(name string, f func(t *testing.T)) { t.Run(name, f) }
	must := func(name string, f func(t *testing.T)) {
		if !t.Run(name, f) {
			t.FailNow()
		}
	}

	step("without a login the pages send to /login and the API answers 401", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/")
		if u := p.url(); u.Path != "/login" {
			t.Fatalf("/ without a login landed on %s, want /login", u)
		}
		if p.count(`input[name="username"]`) != 1 || p.count(`input[name="password"]`) != 1 {
			t.Fatal("the login page has no username and password fields")
		}
		p.shot("login")
		for _, path := range []string{"/check", "/intake", "/record/x-0000"} {
			p.open(path)
			if u := p.url(); u.Path != "/login" {
				t.Errorf("%s without a login landed on %s, want /login", path, u)
			}
		}
		for _, path := range []string{"/api/search?q=quan+triet", "/api/files", "/api/findings", "/api/summary.xlsx"} {
			if resp, body := srv.get(t, "", "", path); resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("GET %s without credentials: %s, want 401: %.200s", path, resp.Status, body)
			}
		}
		if resp, _ := srv.get(t, "khongco", "sai", "/api/search?q=quan+triet"); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET /api/search as an unknown user: %s, want 401", resp.Status)
		}
	})

	step("a wrong password is refused with a message", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/login")
		p.fill(`input[name="username"]`, analystName)
		p.fill(`input[name="password"]`, "khong-phai-mat-khau")
		resp := p.follow("submit a wrong password", chromedp.Click(chromedp.CSS(loginButton), chromedp.NodeVisible))
		if resp.Status != http.StatusUnauthorized {
			t.Errorf("a wrong password answered %d, want 401", resp.Status)
		}
		if u := p.url(); u.Path != "/login" {
			t.Errorf("a wrong password landed on %s, want /login", u)
		}
		if msg := p.text(".error"); msg == "" {
			t.Error("a wrong password shows no .error text")
		}
	})

	must("the analyst logs in", func(t *testing.T) {
		p := analyst.with(t)
		login(p, analystName, analystPass)
		if u := p.url(); u.Path != "/" {
			t.Fatalf("after login the analyst is on %s, want /", u)
		}
		if p.count(`form input[name="q"]`) != 1 {
			t.Fatal(`the search page has no input name="q"`)
		}
		if who := p.body(); !strings.Contains(who, analystName) {
			t.Errorf("the page does not say who is logged in (%s)", analystName)
		}
	})

	var all searchResult // every "quan triet" hit, from the API
	must("searching quan triet, without diacritics, highlights quán triệt", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/")
		p.enter(`input[name="q"]`, "quan triet")
		if q := p.url().Query().Get("q"); q != "quan triet" {
			t.Fatalf("the search went to q=%q, want quan triet", q)
		}
		all = srv.search(t, url.Values{"q": {"quan triet"}, "limit": {"100"}})
		if all.Total < 4 {
			t.Fatalf("the API finds %d records for quan triet; the four PDFs say it", all.Total)
		}
		if got := firstNumber(t, p.text(".total")); got != all.Total {
			t.Errorf(".total says %d, the API %d", got, all.Total)
		}
		hits := pageHits(p)
		if len(hits) == 0 || len(hits) > all.Total {
			t.Fatalf("%d hits on the page for a total of %d", len(hits), all.Total)
		}
		marked := 0
		for _, h := range hits {
			api, ok := hitByID(all.Hits, h.ID)
			if !ok {
				t.Errorf("hit %s on the page is not among the API's hits", h.ID)
				continue
			}
			if apiMarks := strings.Count(strings.Join(api.Fragments, ""), "<mark>"); apiMarks > 0 && len(h.Marks) == 0 {
				t.Errorf("hit %s: the index highlighted %d words; the page shows no <mark>", h.ID, apiMarks)
			}
			for _, m := range h.Marks {
				switch vntext.Fold(m) {
				case "quan triet":
					marked++
				case "quan", "triet":
				default:
					t.Errorf("hit %s highlights %q, which is not what was searched", h.ID, m)
				}
			}
		}
		if marked == 0 {
			t.Error("no <mark> on the page reads quán triệt")
		}
		p.shot("search")
	})

	step("a facet narrows the search and its count is the new total", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/?q=quan+triet")
		before := firstNumber(t, p.text(".total"))
		value, count := chooseFacet(p, "parent", before)
		u := p.url()
		if u.Query().Get("q") != "quan triet" || u.Query().Get("parent") != value {
			t.Fatalf("the facet led to %s; want q=quan triet and parent=%q", u, value)
		}
		got := firstNumber(t, p.text(".total"))
		if got != count || got >= before {
			t.Errorf("the facet %q said %d, the page now shows %d of %d before", value, count, got, before)
		}
		api := srv.search(t, u.Query())
		if api.Total != got {
			t.Errorf("the API answers %d for %s, the page %d", api.Total, u.RawQuery, got)
		}
		for _, h := range api.Hits {
			// The facet names the unit, its committee and its organisation as one.
			if parent, _ := h.Record["parent_unit"].(string); canonicalKey(parent) != canonicalKey(value) {
				t.Errorf("with parent=%q the API returns %s of %q", value, h.ID, parent)
			}
		}
		if n := p.count("article.hit"); n == 0 || n > got {
			t.Errorf("%d hits shown for a total of %d", n, got)
		}
	})

	var opened *sample // the file of the record the analyst opens
	var openedID string
	step("a hit opens its record with every field", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/?q=quan+triet")
		href := p.attr("article.hit a.record-link", "href")
		p.click("article.hit a.record-link")
		u := p.url()
		if u.Path != href || !strings.HasPrefix(href, "/record/") {
			t.Fatalf("the record link %q led to %s", href, u)
		}
		openedID = strings.TrimPrefix(href, "/record/")
		h, ok := hitByID(all.Hits, openedID)
		if !ok {
			t.Fatalf("record %s is not among the API's hits", openedID)
		}
		opened = samples[h.SHA256]
		if opened == nil {
			t.Fatalf("record %s comes from %s, which is no sample put in the inbox", openedID, h.File)
		}
		body := p.body()
		want := opened.Records[recordIndex(t, openedID)]
		checkRecordPage(t, body, want)
		if !strings.Contains(body, opened.Name) {
			t.Errorf("the record page does not name its file %s", opened.Name)
		}
		if resp, b := srv.get(t, analystName, analystPass, "/api/records/"+openedID); resp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte(want.Unit)) {
			t.Errorf("GET /api/records/%s: %s: %.200s", openedID, resp.Status, b)
		}
		p.shot("record")
	})

	step("the record's document shows its header, its records and its text", func(t *testing.T) {
		if opened == nil {
			t.Fatal("no record was opened: see the step before")
		}
		p := analyst.with(t)
		p.open("/record/" + openedID)
		p.click("a.document-link")
		if u := p.url(); u.Path != "/document/"+opened.SHA256 {
			t.Fatalf("the record's document link led to %s", u)
		}
		if n := p.count("ul.others a.record-link"); n != len(opened.Records) {
			t.Errorf("the document page lists %d records, its file has %d", n, len(opened.Records))
		}
		if text := p.text("pre.document-text"); !strings.Contains(vntext.Fold(text), vntext.Fold(opened.Records[0].Unit)) {
			t.Errorf("the document's text does not name its unit %q: %.300s", opened.Records[0].Unit, text)
		}
		p.open("/?" + url.Values{"q": {"quan triet"}, "type": {"document"}}.Encode())
		if n, all := p.count("article.hit a.document-link"), p.count("article.hit"); n == 0 || n != all {
			t.Errorf("a search of documents shows %d document links among %d hits", n, all)
		}
		p.shot("document")
	})

	step("the record's original downloads byte for byte", func(t *testing.T) {
		if opened == nil {
			t.Fatal("no record was opened: see the step before")
		}
		p := analyst.with(t)
		p.open("/record/" + openedID)
		if href := p.attr("a.download-original", "href"); href != "/original/"+openedID {
			t.Errorf("a.download-original goes to %q, want /original/%s", href, openedID)
		}
		name, b := p.download("a.download-original")
		if name != opened.Name {
			t.Errorf("the original downloads as %q, want %q", name, opened.Name)
		}
		if !bytes.Equal(b, opened.Bytes) {
			t.Errorf("the original downloaded is %d bytes that differ from the %d of %s", len(b), len(opened.Bytes), opened.Name)
		}
	})

	step("a record of a roll-up says its sheet and row and links the file's other records", func(t *testing.T) {
		p := analyst.with(t)
		var rollup *sample
		for _, s := range samples {
			if s.Path == filepath.Join(root, rollupSample) {
				rollup = s
			}
		}
		const i = 3
		id := baocao.RecordID(rollup.SHA256, i)
		p.open("/record/" + id)
		body := p.body()
		want := rollup.Records[i]
		checkRecordPage(t, body, want)
		sheet, _ := want.Source["sheet"].(string)
		row, _ := want.Source["row"].(float64)
		if sheet == "" || row == 0 {
			t.Fatalf("the truth of %s gives no sheet and row: %v", rollup.Name, want.Source)
		}
		// The row is said near the sheet: in the smallest element that names
		// the sheet, or one of its parents, if that is still short.
		near := eval[[]string](p, fmt.Sprintf(`(() => {
			let best = null;
			for (const e of document.body.querySelectorAll('*'))
				if (e.innerText && e.innerText.includes(%s) && (!best || e.innerText.length < best.innerText.length)) best = e;
			const texts = [];
			for (let e = best; e && e !== document.body; e = e.parentElement) texts.push(e.innerText);
			return texts;
		})()`, js(sheet)))
		if len(near) == 0 {
			t.Errorf("the record page does not name its sheet %q", sheet)
		}
		rowRe := regexp.MustCompile(fmt.Sprintf(`(^|\D)%d(\D|$)`, int(row)))
		if len(near) > 0 && !slices.ContainsFunc(near, func(s string) bool { return len([]rune(s)) < 400 && rowRe.MatchString(s) }) {
			t.Errorf("the record page does not give row %d beside its sheet %q: %q", int(row), sheet, near[0])
		}
		links := eval[[]string](p, `Array.from(document.querySelectorAll('a[href^="/record/"]'), a => a.getAttribute('href'))`)
		for j := range rollup.Records {
			if other := "/record/" + baocao.RecordID(rollup.SHA256, j); j != i && !slices.Contains(links, other) {
				t.Errorf("the record page has no link to the file's record %s", other)
			}
		}
	})

	step("the check page gives the summary workbook, every record in it", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/check")
		p.shot("check")
		if href := p.attr("a.download-summary", "href"); href != "/summary.xlsx" {
			t.Errorf("a.download-summary goes to %q, want /summary.xlsx", href)
		}
		if n := p.count(`form[action="/roster"]`); n != 0 {
			t.Errorf("the analyst sees %d roster upload forms; only admins may upload", n)
		}
		name, b := p.download("a.download-summary")
		if !strings.HasSuffix(name, ".xlsx") {
			t.Errorf("the summary downloads as %q, want a .xlsx name", name)
		}
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("the summary workbook does not open: %v", err)
		}
		defer f.Close()
		rows, err := f.GetRows(summary.SheetDetail)
		if err != nil {
			t.Fatalf("the summary workbook has no sheet %q: %v", summary.SheetDetail, err)
		}
		if len(rows)-1 != good {
			t.Errorf("the summary lists %d records; the readable samples hold %d", len(rows)-1, good)
		}
		units := map[string]bool{}
		for _, r := range rows[1:] {
			if len(r) > 1 {
				units[r[1]] = true
			}
		}
		for _, s := range samples {
			for _, r := range s.Records {
				if !units[r.Unit] {
					t.Errorf("the summary has no row for %s (%s)", r.Unit, s.Name)
				}
			}
		}
	})

	step("the intake page shows the failed file with its reason", func(t *testing.T) {
		p := analyst.with(t)
		bad, ok := fileNamed(srv.files(t), filepath.Base(badSample))
		if !ok || bad.State != "failed" || bad.Reason == "" {
			t.Fatalf("the API lists %s as %+v; want failed with a reason", filepath.Base(badSample), bad)
		}
		p.open("/intake")
		p.shot("intake")
		rows := p.texts("table.failed tr")
		found := false
		for _, r := range rows {
			if strings.Contains(r, filepath.Base(badSample)) {
				found = true
				if !strings.Contains(r, bad.Reason) {
					t.Errorf("the failed row of %s does not give its reason %q: %q", filepath.Base(badSample), bad.Reason, r)
				}
			}
			for _, s := range samples {
				if s.Error == "" && strings.Contains(r, s.Name) {
					t.Errorf("%s, which was read, is listed as failed: %q", s.Name, r)
				}
			}
		}
		if !found {
			t.Errorf("table.failed has no row for %s: %q", filepath.Base(badSample), rows)
		}
		for _, sel := range []string{`form[action="/upload"]`, `form[action="/intake/reingest"]`} {
			if n := p.count(sel); n != 0 {
				t.Errorf("the analyst sees %d %s; only admins may", n, sel)
			}
		}
	})

	step("on a phone the search page does not scroll sideways", func(t *testing.T) {
		phone, closeTab := analyst.with(t).newTab()
		defer closeTab()
		run(phone, "emulate a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulatePortrait))
		phone.open("/?q=quan+triet")
		if phone.count("article.hit") == 0 {
			t.Fatal("no hits on the phone's search page")
		}
		type widths struct {
			Scroll, Client int
			Wide           []string
		}
		w := eval[widths](phone, `(() => {
			const d = document.documentElement, wide = [];
			for (const e of document.body.querySelectorAll('*')) {
				const r = e.getBoundingClientRect();
				if (r.right > d.clientWidth + 1 && wide.length < 5)
					wide.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right) + 'px');
			}
			return {Scroll: d.scrollWidth, Client: d.clientWidth, Wide: wide};
		})()`)
		if w.Client > 400 {
			t.Errorf("the phone's page is %d px wide: the viewport meta tag is missing", w.Client)
		}
		if w.Scroll > w.Client {
			t.Errorf("on a 390 px phone the search page is %d px wide for %d px of screen; too wide: %q", w.Scroll, w.Client, w.Wide)
		}
		phone.shot("search-phone")
	})

	step("the analyst logs out", func(t *testing.T) {
		p := analyst.with(t)
		p.open("/")
		p.click(`form[action="/logout"] [type="submit"]`)
		if u := p.url(); u.Path != "/login" {
			t.Errorf("logging out landed on %s, want /login", u)
		}
		p.open("/intake")
		if u := p.url(); u.Path != "/login" {
			t.Errorf("after logging out /intake landed on %s, want /login", u)
		}
	})

	upload := loadSample(t, root, uploadSample)

	step("only an admin may upload, and only reports", func(t *testing.T) {
		body, ctype := multipartFile(t, "file", upload.Name, upload.Bytes)
		if resp, b := srv.do(t, http.MethodPost, analystName, analystPass, "/api/upload", ctype, body); resp.StatusCode != http.StatusForbidden {
			t.Errorf("the analyst's POST /api/upload: %s, want 403: %.200s", resp.Status, b)
		}
		bad := loadSample(t, root, badSample)
		body, ctype = multipartFile(t, "file", "bao-cao.xlsx", bad.Bytes)
		resp, b := srv.do(t, http.MethodPost, adminName, adminPass, "/api/upload", ctype, body)
		var msg struct {
			Error string `json:"error"`
		}
		if resp.StatusCode < 400 || resp.StatusCode >= 500 || json.Unmarshal(b, &msg) != nil || msg.Error == "" {
			t.Errorf("uploading random bytes as .xlsx: %s %.200s; want a 4xx with a message", resp.Status, b)
		}
		if path := findBytes(t, srv.inbox, bad.Bytes, filepath.Base(badSample)); path != "" {
			t.Errorf("the refused upload was written to %s", path)
		}
	})

	step("the admin uploads a report through the form and it arrives on /intake", func(t *testing.T) {
		p := admin.with(t)
		login(p, adminName, adminPass)
		p.open("/check")
		if n := p.count(`form[action="/roster"] input[type="file"][name="roster"]`); n != 1 {
			t.Errorf("the admin's check page has %d roster upload fields, want 1", n)
		}
		p.open("/intake")
		if n := p.count(`form[action="/intake/reingest"]`); n == 0 {
			t.Error("the admin's intake page has no re-ingest form")
		}
		field := `form[action="/upload"] input[type="file"][name="file"]`
		run(p, "choose the file", chromedp.SetUploadFiles(chromedp.CSS(field), []string{upload.Path}))
		p.click(`form[action="/upload"] [type="submit"]`)
		srv.waitIntake(t, upload.Name)
		files := srv.files(t)
		i := slices.IndexFunc(files, func(f fileState) bool { return f.SHA256 == upload.SHA256 })
		if i < 0 || files[i].State != "indexed" {
			t.Fatalf("the intake has no indexed file with the upload's SHA-256: %+v", files)
		}
		if path := findBytes(t, srv.inbox, upload.Bytes, ""); path == "" {
			t.Errorf("the upload is not in the inbox byte for byte")
		}
		p.open("/intake")
		if !strings.Contains(p.body(), strings.TrimSuffix(upload.Name, ".xlsx")) {
			t.Errorf("the intake page does not list the uploaded %s", upload.Name)
		}
		p.shot("intake-admin")
		res := srv.search(t, url.Values{"q": {upload.Records[0].Unit}})
		if !slices.ContainsFunc(res.Hits, func(h hit) bool { return h.SHA256 == upload.SHA256 }) {
			t.Errorf("searching %q does not find the uploaded report", upload.Records[0].Unit)
		}
	})

	step("the browser reported no script error and no CSP violation", func(t *testing.T) {
		for _, c := range consoles {
			for _, m := range c.problems() {
				t.Errorf("console: %s", m)
			}
		}
	})

	t.Logf("screenshots in %s; the whole run took %v", shots, time.Since(start).Round(time.Millisecond))
}

const loginButton = `form:has(input[name="password"]) [type="submit"]`

// login logs in through the login form.
func login(p *tab, name, pass string) {
	p.t.Helper()
	p.open("/login")
	p.fill(`input[name="username"]`, name)
	p.fill(`input[name="password"]`, pass)
	p.click(loginButton)
}

// pageHit is one article.hit as the page shows it: the record it links to,
// and its highlights, with marks that only spaces part joined ("quán triệt"
// highlighted word by word is one highlight).
type pageHit struct {
	ID    string   `json:"id"`
	Marks []string `json:"marks"`
}

func pageHits(p *tab) []pageHit {
	p.t.Helper()
	hits := eval[[]pageHit](p, `Array.from(document.querySelectorAll('article.hit'), h => {
		const link = h.querySelector('a.record-link, a.document-link');
		const marks = [];
		let prev = null;
		for (const m of h.querySelectorAll('mark')) {
			const gap = prev && prev.nextSibling;
			const joined = prev && (gap === m || (gap && gap.nodeType === 3 && gap.textContent.trim() === '' && gap.nextSibling === m));
			if (joined) marks[marks.length - 1] += ' ' + m.textContent;
			else marks.push(m.textContent);
			prev = m;
		}
		return {id: link ? link.getAttribute('href') : '', marks};
	})`)
	for i, h := range hits {
		id, ok := strings.CutPrefix(h.ID, "/record/")
		if !ok {
			id, ok = strings.CutPrefix(h.ID, "/document/")
		}
		if !ok {
			p.t.Fatalf("hit %d links neither to /record/{id} nor to /document/{id} (%q)", i, h.ID)
		}
		hits[i].ID = id
	}
	return hits
}

func hitByID(hits []hit, id string) (hit, bool) {
	i := slices.IndexFunc(hits, func(h hit) bool { return h.ID == id })
	if i < 0 {
		return hit{}, false
	}
	return hits[i], true
}

// recordIndex is the position of the record in its file, from its ID.
func recordIndex(t *testing.T, id string) int {
	t.Helper()
	i, err := strconv.Atoi(id[strings.LastIndexByte(id, '-')+1:])
	if err != nil {
		t.Fatalf("record ID %q does not end in its position", id)
	}
	return i
}

// checkRecordPage wants the record's fields on its page.
func checkRecordPage(t *testing.T, body string, want truthRecord) {
	t.Helper()
	fields := map[string]string{"unit": want.Unit, "parent unit": want.ParentUnit, "document number": want.DocNumber, "location": want.Location}
	if want.Chair != nil {
		fields["chair"] = want.Chair.Name
	}
	for i, r := range want.Reporters {
		fields[fmt.Sprintf("reporter %d", i+1)] = r.Name
	}
	for what, v := range fields {
		if v != "" && !strings.Contains(body, v) {
			t.Errorf("the record page does not show its %s %q", what, v)
		}
	}
	if d := want.ConferenceDate; d != "" {
		var y, m, day int
		fmt.Sscanf(d, "%d-%d-%d", &y, &m, &day)
		forms := []string{d, fmt.Sprintf("%02d/%02d/%d", day, m, y), fmt.Sprintf("%d/%d/%d", day, m, y)}
		if !slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(body, f) }) {
			t.Errorf("the record page does not show its conference date %s (as any of %q)", d, forms)
		}
	}
}

var number = regexp.MustCompile(`\d[\d.]*`)

// firstNumber is the first whole number in s ("Tìm thấy 1.234 báo cáo": 1234).
// canonicalKey is the key a unit's name is grouped by.
func canonicalKey(name string) string {
	key, _ := baocao.CanonicalUnit(name)
	return key
}

func firstNumber(t *testing.T, s string) int {
	t.Helper()
	m := number.FindString(s)
	n, err := strconv.Atoi(strings.ReplaceAll(m, ".", ""))
	if err != nil {
		t.Fatalf("no number in %q", s)
	}
	return n
}

// lastNumber is the last whole number in s, the count a facet shows.
func lastNumber(s string) (int, bool) {
	all := number.FindAllString(s, -1)
	if len(all) == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(all[len(all)-1], ".", ""))
	return n, err == nil
}

// chooseFacet narrows the search by the first value of the facet param that
// holds some but not all of the total, as a user would: a link, or a select
// and its form's button. It returns the value and the count it showed.
func chooseFacet(p *tab, param string, total int) (string, int) {
	p.t.Helper()
	type option struct {
		Href, Value, Label, Text string
	}
	// A link's count stands beside it, in its list item, or in it.
	links := eval[[]option](p, fmt.Sprintf(`Array.from(document.querySelectorAll('a[href*=%s]'), a => {
		const item = a.closest('li') || a.parentElement;
		return {Href: a.getAttribute('href'), Label: a.innerText, Text: item.innerText.replace(a.innerText, ' ')};
	})`, js(param+"=")))
	for _, o := range links {
		n, ok := lastNumber(o.Text)
		if !ok {
			n, ok = lastNumber(o.Label)
		}
		u, err := url.Parse(o.Href)
		if !ok || err != nil || n == 0 || n >= total || u.Query().Get(param) == "" {
			continue
		}
		p.click(fmt.Sprintf("a[href=%s]", css(o.Href)))
		return u.Query().Get(param), n
	}
	sel := fmt.Sprintf("select[name=%s]", css(param))
	options := eval[[]option](p, fmt.Sprintf(`Array.from(document.querySelectorAll(%s), o => ({Value: o.value, Text: o.innerText}))`, js(sel+" option")))
	for _, o := range options {
		n, ok := lastNumber(o.Text)
		if !ok || o.Value == "" || n == 0 || n >= total {
			continue
		}
		run(p, "choose "+o.Value, chromedp.SetValue(chromedp.CSS(sel), o.Value))
		p.click(fmt.Sprintf("form:has(%s) [type=\"submit\"]", sel))
		return o.Value, n
	}
	p.t.Fatalf("no %s facet (a link with %s= or a select name=%s) holds part of the %d hits: links %q, options %q", param, param, param, total, links, options)
	return "", 0
}

// multipartFile is a multipart form with one file field.
func multipartFile(t *testing.T, field, name string, data []byte) (*bytes.Buffer, string) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	fw, err := w.CreateFormFile(field, name)
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return &b, w.FormDataContentType()
}

// findBytes is the path of a file under dir holding exactly data, other than
// one named except; "" when none does.
func findBytes(t *testing.T, dir string, data []byte, except string) string {
	t.Helper()
	found := ""
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || found != "" || d.Name() == except {
			return err
		}
		b, err := os.ReadFile(path)
		if err == nil && bytes.Equal(b, data) {
			found = path
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// consoleWatch keeps what a tab's pages print to the console.
type consoleWatch struct {
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

func watchConsole(p *tab) *consoleWatch {
	w := &consoleWatch{}
	msgs := chromedp.Console(p.ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			w.mu.Lock()
			w.msgs = append(w.msgs, m)
			w.mu.Unlock()
		}
	}()
	return w
}

// problems are the uncaught exceptions and Content Security Policy
// violations seen so far.
func (w *consoleWatch) problems() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for _, m := range w.msgs {
		if m.IsException() || strings.Contains(m.Text, "Content Security Policy") {
			out = append(out, fmt.Sprintf("%s:%d %s", m.URL, m.Line+1, m.Text))
		}
	}
	return out
}
