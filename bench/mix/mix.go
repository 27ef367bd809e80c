// Package mix is the mix of report files the benchmarks measure: which
// samples stand for each kind of report, in what share, and how copies of
// them are made unique so that a corpus of thousands can be built from a few
// dozen samples.
//
// The content of a corpus repeats: a 10,000-file corpus holds some 160
// copies of each narrative PDF. That is fair for throughput and memory:
// extraction and indexing cost follow a file's structure and size, not
// whether another file said the same thing, and every copy is read, hashed,
// parsed, ruled and indexed in full. What repetition flatters is the index's
// term dictionary; search latency is therefore measured separately, over
// indextest.Synthetic's 100,000 varied records.
package mix

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
)

// Kind is one kind of report file in the mix.
type Kind struct {
	Name  string   // the corpus folder, and the benchmark's name
	Share int      // files per 100 in the corpus
	Text  bool     // the file has a text layer (a scan does not)
	Globs []string // its samples, relative to samples/
}

// Kinds is the mix, as a province's backlog holds it: mostly narrative
// reports of one or two pages (PDFs, a few in legacy TCVN3/VNI fonts or
// encrypted with no open password), typed forms, some Word files, the
// committees' roll-ups, a few legacy .xls, and a few scans.
var Kinds = []Kind{
	{Name: "pdf", Share: 53, Text: true, Globs: []string{"pdf/*.pdf", "legacy/*.pdf", "pdf-protected/aes-*.pdf", "pdf-protected/rc4-*.pdf"}},
	{Name: "docx", Share: 15, Text: true, Globs: []string{"docx/*.docx"}},
	{Name: "xlsx-form", Share: 20, Text: true, Globs: []string{"xlsx/form-*.xlsx", "legacy/form-*.xlsx"}},
	{Name: "xlsx-rollup", Share: 5, Text: true, Globs: []string{"xlsx/rollup-0[1-8]-*.xlsx", "legacy/rollup-*.xlsx"}},
	{Name: "xls", Share: 5, Text: true, Globs: []string{"xls/form-*.xls", "xls/rollup-0[1-8]-*.xls"}},
	{Name: "scan", Share: 2, Globs: []string{"scan/*.pdf"}},
}

// ProvinceRollup is the one large file of a corpus of 1,000 files or more: a
// province's roll-up of 2,000 rows, filed with the roll-ups.
const ProvinceRollup = "xlsx/rollup-09-ban-tuyen-giao-tinh-uy-2000-dong.xlsx"

// Samples lists a kind's samples under the samples folder, sorted.
func (k Kind) Samples(samples string) ([]string, error) {
	var out []string
	for _, g := range k.Globs {
		paths, err := filepath.Glob(filepath.Join(samples, g))
		if err != nil {
			return nil, err
		}
		out = append(out, paths...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("mix: no samples for %s in %s", k.Name, samples)
	}
	sort.Strings(out)
	return out, nil
}

// Entry is one file of a corpus: its kind, its sample, and its copy number.
type Entry struct {
	Kind   Kind
	Sample string
	Copy   int
}

// Plan lays out a corpus of n files: each kind gets its share (rounded down,
// the rest goes to narrative PDFs), its samples taken in turn; a corpus of
// 1,000 files or more has one province roll-up in place of a roll-up. Only
// kinds that keep is true for are planned; their shares keep their weight.
func Plan(samples string, n int, keep func(Kind) bool) ([]Entry, error) {
	var kinds []Kind
	total := 0
	for _, k := range Kinds {
		if keep == nil || keep(k) {
			kinds = append(kinds, k)
			total += k.Share
		}
	}
	if total == 0 {
		return nil, errors.New("mix: no kinds")
	}
	counts := make([]int, len(kinds))
	sum := 0
	for i, k := range kinds {
		counts[i] = n * k.Share / total
		sum += counts[i]
	}
	counts[0] += n - sum // Kinds[0] is the narrative PDF, the bulk of the mix
	var out []Entry
	copyNo := 0
	for i, k := range kinds {
		paths, err := k.Samples(samples)
		if err != nil {
			return nil, err
		}
		for j := range counts[i] {
			e := Entry{Kind: k, Sample: paths[j%len(paths)], Copy: copyNo}
			if k.Name == "xlsx-rollup" && j == 0 && n >= 1000 {
				e.Sample = filepath.Join(samples, ProvinceRollup)
			}
			out = append(out, e)
			copyNo++
		}
	}
	return out, nil
}

// Unique returns a copy of a report file whose bytes differ for each copy
// number, while every reader sees the same document: a comment after a
// PDF's %%EOF, a longer zip archive comment (in the end record, whose length
// field is updated), or one more unused 512-byte sector at the end of an
// OLE2 (.xls) container.
func Unique(data []byte, copyNo int) ([]byte, error) {
	mark := fmt.Sprintf("baocao bench copy %d", copyNo)
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		out := append([]byte{}, data...)
		if len(out) > 0 && out[len(out)-1] != '\n' {
			out = append(out, '\n')
		}
		return append(out, "%"+mark+"\n"...), nil
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return zipComment(data, mark)
	case bytes.HasPrefix(data, []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")):
		if len(data)%512 != 0 {
			return nil, errors.New("mix: OLE2 file is not whole sectors")
		}
		sector := make([]byte, 512)
		copy(sector, mark)
		return append(append([]byte{}, data...), sector...), nil
	}
	return nil, errors.New("mix: not a PDF, zip or OLE2 file")
}

// zipComment appends mark to the archive comment in the end-of-central-
// directory record, the last 22 bytes plus the comment.
func zipComment(data []byte, mark string) ([]byte, error) {
	const endLen = 22
	for i := len(data) - endLen; i >= 0 && i >= len(data)-endLen-0xFFFF; i-- {
		if !bytes.Equal(data[i:i+4], []byte("PK\x05\x06")) {
			continue
		}
		n := int(binary.LittleEndian.Uint16(data[i+20:]))
		if i+endLen+n != len(data) {
			continue
		}
		if n+len(mark)+1 > 0xFFFF {
			return nil, errors.New("mix: zip comment too long")
		}
		out := append([]byte{}, data...)
		if n > 0 {
			mark = " " + mark
		}
		out = append(out, mark...)
		binary.LittleEndian.PutUint16(out[i+20:], uint16(n+len(mark)))
		return out, nil
	}
	return nil, errors.New("mix: no zip end record")
}
