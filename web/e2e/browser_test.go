package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"baocao/internal/await"
)

// stepTimeout bounds one browser step: a navigation, a query, a download.
// A step shows no progress of its own, so it may take as long as any wait
// on a busy machine before it counts as stuck.
var stepTimeout = await.Stall

// chromiumPath is Debian's Chromium. Without it the tests fail, as those
// needing Tesseract or LibreOffice do: 'make test' installs it
// (scripts/install-test-deps.sh), and a skip would hide its absence.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium is not installed; run `make test`, which installs it (scripts/install-test-deps.sh)")
	return ""
}

// newBrowser starts one headless Chromium for every flow of the test; the
// flows each get their own browser context (cookies, downloads) in it.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("lang", "vi-VN"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(ctx) }() // the browser lives as long as ctx
	select {
	case err := <-started:
		if err != nil {
			t.Fatalf("start chromium: %v", err)
		}
	case <-time.After(await.Stall):
		t.Fatalf("chromium did not start within %v", await.Stall)
	}
	return ctx
}

// tab is one browser tab on the server, in a browser context of its own
// (one per user) or shared with the tab it was opened from.
type tab struct {
	t         *testing.T
	ctx       context.Context
	base      string // the server's URL
	shots     string // where screenshots go
	downloads string // where the browser context saves downloads
}

// newUserTab opens a tab in a new browser context: a fresh profile with no
// cookies, whose downloads land in a temporary folder.
func newUserTab(t *testing.T, browserCtx context.Context, base, shots string) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	p := &tab{t: t, ctx: ctx, base: base, shots: shots, downloads: t.TempDir()}
	if err := chromedp.Do(ctx); err != nil { // makes the browser context and the tab
		t.Fatalf("open a tab: %v", err)
	}
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllowAndName,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		DownloadPath:     p.downloads,
		EventsEnabled:    new(true),
	})
	if err != nil {
		t.Fatalf("set the download folder: %v", err)
	}
	return p
}

// newTab opens another tab in the same browser context: same user, same
// cookies. Closing it is the caller's.
func (p *tab) newTab() (*tab, context.CancelFunc) {
	p.t.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx)
	q := *p
	q.ctx = ctx
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		p.t.Fatalf("open a tab: %v", err)
	}
	return &q, cancel
}

// with is the tab as seen from the (sub)test t, which its failures fail.
func (p *tab) with(t *testing.T) *tab {
	q := *p
	q.t = t
	return &q
}

// run runs one action with the step timeout and fails the test on error.
func run[T any](p *tab, what string, a chromedp.Action[T]) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		p.t.Fatalf("%s (at %s): %v", what, p.location(), err)
	}
	return v
}

// location is where the tab is, for messages; it never fails.
func (p *tab) location() string {
	ctx, cancel := context.WithTimeout(p.ctx, 2*time.Second)
	defer cancel()
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		return "?"
	}
	return loc
}

// url is the tab's location, parsed.
func (p *tab) url() *url.URL {
	p.t.Helper()
	u, err := url.Parse(run(p, "read the location", chromedp.Location()))
	if err != nil {
		p.t.Fatal(err)
	}
	return u
}

// follow runs actions that navigate (a click on a link or a submit button)
// and waits for the new page; it returns the HTTP response of the document.
func (p *tab) follow(what string, actions ...chromedp.Action[chromedp.Void]) *network.Response {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	resp, err := chromedp.RunResponse(ctx, actions...)
	if err != nil {
		p.t.Fatalf("%s (from %s): %v", what, p.location(), err)
	}
	return resp
}

// open goes to a path of the server and wants the page it lands on, after
// any redirect, to answer 200.
func (p *tab) open(path string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(p.base+path))
	if err != nil {
		p.t.Fatalf("open %s: %v", path, err)
	}
	if resp.Status != 200 {
		p.t.Fatalf("open %s: landed on %s with status %d", path, resp.URL, resp.Status)
	}
}

// click clicks the first element the CSS selector finds and waits for the
// page it leads to, which must succeed.
func (p *tab) click(sel string) {
	p.t.Helper()
	resp := p.follow("click "+sel, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
	if resp.Status < 200 || resp.Status > 299 {
		p.t.Fatalf("click %s: landed on %s with status %d", sel, resp.URL, resp.Status)
	}
}

// enter types text into a field and presses Enter, which submits its form,
// and waits for the page it leads to, which must succeed.
func (p *tab) enter(sel, text string) {
	p.t.Helper()
	p.fill(sel, text)
	resp := p.follow("press Enter in "+sel, chromedp.SendKeys(chromedp.CSS(sel), "\r"))
	if resp.Status < 200 || resp.Status > 299 {
		p.t.Fatalf("submit %s: landed on %s with status %d", sel, resp.URL, resp.Status)
	}
}

// js quotes a Go string for a script.
func js(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSpace(b.String())
}

// css quotes a Go string for a CSS selector ("a[href=" + css(href) + "]").
func css(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `)
	return `"` + r.Replace(s) + `"`
}

// eval evaluates a script in the page.
func eval[T any](p *tab, script string) T {
	p.t.Helper()
	return run(p, "evaluate "+script, chromedp.Evaluate[T](script))
}

// count is how many elements the CSS selector finds now (no waiting).
func (p *tab) count(sel string) int {
	p.t.Helper()
	return eval[int](p, fmt.Sprintf("document.querySelectorAll(%s).length", js(sel)))
}

// texts are the visible texts of the elements the selector finds.
func (p *tab) texts(sel string) []string {
	p.t.Helper()
	return eval[[]string](p, fmt.Sprintf("Array.from(document.querySelectorAll(%s), e => e.innerText.trim())", js(sel)))
}

// text is the text of the first element the selector finds; it fails the
// test when there is none.
func (p *tab) text(sel string) string {
	p.t.Helper()
	all := p.texts(sel)
	if len(all) == 0 {
		p.t.Fatalf("no %s on %s", sel, p.location())
	}
	return all[0]
}

// attr is an attribute of the first element the selector finds ("" if none).
func (p *tab) attr(sel, name string) string {
	p.t.Helper()
	return eval[string](p, fmt.Sprintf("(document.querySelector(%s)?.getAttribute(%s)) ?? ''", js(sel), js(name)))
}

// body is the page's visible text.
func (p *tab) body() string {
	p.t.Helper()
	return eval[string](p, "document.body.innerText")
}

// fill sets a form field as a user types it.
func (p *tab) fill(sel, value string) {
	p.t.Helper()
	run(p, "fill "+sel, chromedp.Steps(
		chromedp.Clear(chromedp.CSS(sel)),
		chromedp.SendKeys(chromedp.CSS(sel), value),
	))
}

// shot saves a full-page PNG screenshot as name.png in the screenshots
// folder, and checks it is one.
func (p *tab) shot(name string) {
	p.t.Helper()
	b := run(p, "screenshot "+name, chromedp.FullScreenshot(100))
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		p.t.Fatalf("screenshot %s is not a PNG: %v", name, err)
	}
	if r := img.Bounds(); r.Dx() < 100 || r.Dy() < 100 {
		p.t.Fatalf("screenshot %s is %v: too small to show a page", name, r)
	}
	if err := os.WriteFile(filepath.Join(p.shots, name+".png"), b, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// download clicks the link the selector finds and waits for the browser to
// save what it downloads; it returns the name the server suggested and the
// bytes.
func (p *tab) download(sel string) (string, []byte) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, stepTimeout)
	defer cancel()
	// Subscribe before the click, so that no event is missed.
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		p.t.Fatalf("click %s: %v", sel, err)
	}
	var guid, name string
	for ev, err := range begins {
		if err != nil {
			p.t.Fatalf("click %s: no download began: %v", sel, err)
		}
		guid, name = ev.GUID, ev.SuggestedFilename
		break
	}
	for ev, err := range progress {
		if err != nil {
			p.t.Fatalf("download %s from %s: did not finish: %v", name, sel, err)
		}
		if ev.GUID != guid {
			continue
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			p.t.Fatalf("download %s from %s: canceled", name, sel)
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
	}
	b, err := os.ReadFile(filepath.Join(p.downloads, guid))
	if err != nil {
		p.t.Fatalf("download %s: %v", name, err)
	}
	return name, b
}

// screenshotDir is $BAOCAO_SCREENSHOTS, or artifacts/screenshots at the
// module root: the folder CI keeps.
func screenshotDir(t *testing.T, root string) string {
	t.Helper()
	dir := os.Getenv("BAOCAO_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(root, "artifacts", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
