package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"baocao/extract/doc"
	"baocao/vntext"
)

// comparePDFs lists the PDFs whose text layer we compare with poppler's: our
// fixtures and the generated samples, when they exist.
func comparePDFs(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, pattern := range []string{"testdata/*.pdf", "../../samples/*.pdf", "../../samples/*/*.pdf"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// pdftotext returns poppler's text of a PDF in layout mode, one string per
// line, or ok false when the file needs a password poppler lacks.
func pdftotext(tb testing.TB, path string) (lines []string, ok bool) {
	tb.Helper()
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		return nil, false
	}
	for _, l := range strings.Split(string(out), "\n") {
		if l = vntext.Clean(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, true
}

func TestTextMatchesPdftotext(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("pdftotext is not installed; run `make test`, which installs poppler-utils")
		}
		t.Fatal("pdftotext is not installed; run `make test`, which installs poppler-utils")
	}
	files := comparePDFs(t)
	if len(files) == 0 {
		t.Fatal("no PDFs in testdata")
	}
	for _, path := range files {
		t.Run(filepath.Base(path)+" has poppler's words in poppler's order", func(t *testing.T) {
			want, ok := pdftotext(t, path)
			if !ok {
				t.Skip("poppler cannot open it either")
			}
			d, err := readFixture(t, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(wordsOf(want)) > 0 && slices.ContainsFunc(d.Scans, func(s doc.Scan) bool { return s.Garbled }) {
				t.Skip("a text layer we drop as junk, to recognise the page instead")
			}
			if strings.HasPrefix(filepath.Base(path), "spaced-digits-") {
				t.Skip("digits drawn one by one, which poppler reads apart and we join (issue 14)")
			}
			if strings.HasPrefix(filepath.Base(path), "stamped-head-") {
				t.Skip("a signature box over the letterhead, whose words poppler slips into the unit's line and we read apart (issue 14)")
			}
			got := words(d)
			enc := vntext.DetectLegacy(strings.Join(want, "\n"))
			if legacy := strings.Contains(filepath.ToSlash(path), "/legacy/"); legacy != (enc != "") {
				t.Errorf("poppler's text detected as legacy %q; the file is a legacy sample: %v", enc, legacy)
			}
			if enc != "" {
				// Poppler reads a legacy font's bytes as WinAnsi: read its
				// text as the document is written (which also tries the
				// detector on every PDF here), and compare in small letters,
				// since an …H font's capitals are small letters' codes.
				// Poppler turns the soft hyphen, TCVN3's ư, into "-", so
				// hyphens and ư compare alike.
				fold := strings.NewReplacer("-", "ư").Replace
				for i, l := range want {
					want[i] = fold(strings.ToLower(vntext.Decode(l, enc, false)))
				}
				for i, w := range got {
					got[i] = fold(strings.ToLower(w))
				}
			}
			missing, extra := wordDiff(wordsOf(want), got)
			if len(missing) > 0 || len(extra) > 0 {
				t.Errorf("words differ from pdftotext:\nmissing %q\nextra   %q", missing, extra)
			}
			for _, line := range want {
				if !inOrder(got, strings.Fields(line)) {
					t.Errorf("pdftotext line %q: its words are not in the same order in ours", line)
				}
			}
		})
	}
}

// words lists the words of a document in reading order.
func words(d *doc.Document) []string {
	var out []string
	for _, l := range d.Lines {
		out = append(out, strings.Fields(l.Text())...)
	}
	return out
}

func wordsOf(lines []string) []string {
	var out []string
	for _, l := range lines {
		out = append(out, strings.Fields(l)...)
	}
	return out
}

// wordDiff returns the words of want missing from got and the words of got
// not in want, as multisets.
func wordDiff(want, got []string) (missing, extra []string) {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, w := range got {
		count[w]--
	}
	for w, n := range count {
		for ; n > 0; n-- {
			missing = append(missing, w)
		}
		for ; n < 0; n++ {
			extra = append(extra, w)
		}
	}
	return missing, extra
}

// inOrder reports whether line's words occur in got in the same order, close
// together: as a subsequence of some window of got a few times their length.
func inOrder(got, line []string) bool {
	if len(line) == 0 {
		return true
	}
	window := 3*len(line) + 8
	for start, w := range got {
		if w != line[0] {
			continue
		}
		k := 1
		for i := start + 1; i < len(got) && i < start+window && k < len(line); i++ {
			if got[i] == line[k] {
				k++
			}
		}
		if k == len(line) {
			return true
		}
	}
	return false
}
