package pdf

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// corpusDir holds real-world files made by others, beside the repository.
const corpusDir = "../../../shared/corpus"

// TestRealFilesKeepTheirScannedPages reads the real PDFs in place and checks
// which of their pages go to recognition: the scans, and no typed page. Files
// not listed have no scanned page.
func TestRealFilesKeepTheirScannedPages(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("no corpus at %s: skipping the real-world files", corpusDir)
	}
	pages := func(from, to int) (ps []int) {
		for p := from; p <= to; p++ {
			ps = append(ps, p)
		}
		return ps
	}
	want := map[string][]int{
		"pdf-wild/007-imagemagick-images_imagemagick-ASCII85Decode.pdf":  {1},
		"pdf-wild/007-imagemagick-images_imagemagick-CCITTFaxDecode.pdf": {1},
		"pdf-wild/007-imagemagick-images_imagemagick-images.pdf":         pages(1, 6),
		"pdf-wild/007-imagemagick-images_imagemagick-lzw.pdf":            {1},
		"pdf-wild/019-grayscale-image_grayscale-image.pdf":               {1},
		"pdf-wild/023-cmyk-image_cmyk-image.pdf":                         {1},
		"vn-office/ncc-4630N-NT06.pdf":                                   pages(1, 8),
		"vn-office/ncc-nd-28-2012.pdf":                                   pages(1, 22),
		"vn-office/qlvb-275.pdf":                                         {1, 2},
		"vn-office/qlvb-KSTTHC.pdf":                                      {1, 2},
		"vn-office/qlvb-gioi-thieu-chu-ky.pdf":                           {1},
	}
	var files []string
	for _, dir := range []string{"pdf-wild", "vn-office"} {
		fs, _ := filepath.Glob(filepath.Join(corpusDir, dir, "*.pdf"))
		files = append(files, fs...)
	}
	if len(files) < 20 {
		t.Fatalf("found %d PDFs in the corpus, want at least 20", len(files))
	}
	for _, path := range files {
		name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			d, err := readFixture(t, path)
			if err != nil {
				t.Skipf("unreadable: %v", err)
			}
			var got []int
			for _, s := range d.Scans {
				got = append(got, s.Page)
			}
			if !slices.Equal(got, want[name]) {
				t.Errorf("scanned pages %v, want %v", got, want[name])
			}
		})
	}
}
