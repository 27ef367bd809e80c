package pdf

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
)

// maxObjectNumber bounds the object numbers we accept: the library allocates
// its cross-reference table up to the largest one it is told of.
const maxObjectNumber = 4_000_000

var (
	sizeRe    = regexp.MustCompile(`/(?:Size|N)\s+(\d{1,20})`)
	indexRe   = regexp.MustCompile(`/Index\s*\[([\d\s]{0,400})\]`)
	wRe       = regexp.MustCompile(`/W\s*\[\s*(\d{1,20})\s+(\d{1,20})\s+(\d{1,20})`)
	subsecRe  = regexp.MustCompile(`(?m)^\s*(\d{1,20})\s+(\d{1,20})\s*$`)
	rootRe    = regexp.MustCompile(`/Root\s+(\d{1,10})\s+(\d{1,5})\s+R`)
	infoRe    = regexp.MustCompile(`/Info\s+(\d{1,10})\s+(\d{1,5})\s+R`)
	encryptRe = regexp.MustCompile(`/Encrypt\s+(\d{1,10})\s+(\d{1,5})\s+R`)
	idRe      = regexp.MustCompile(`/ID\s*\[[^\]]{0,600}\]`)
	catalogRe = regexp.MustCompile(`/Type\s*/Catalog\b`)
)

// xrefSane reports whether the numbers that size the library's
// cross-reference table (/Size, /Index, /W, subsection headers) and its object
// stream loops (/N) are within bounds. The library trusts them and would
// allocate or loop as much as they say; files that fail the check are
// repaired instead, with a table of our own.
func xrefSane(ctx context.Context, v *view) bool {
	sc := bufio.NewScanner(io.NewSectionReader(v, 0, v.size))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	sc.Split(splitLinesBounded)
	big := func(s []byte) bool {
		n, err := strconv.ParseUint(string(s), 10, 64)
		return err != nil || n > maxObjectNumber
	}
	for sc.Scan() {
		line := sc.Bytes()
		if digitsAndSpaces(line) {
			// Only such a line can be a subsection header; the test spares
			// the regexp every line of the binary streams.
			if m := subsecRe.FindSubmatch(line); m != nil && big(m[1]) {
				return false
			}
			continue
		}
		if !bytes.Contains(line, []byte("/Size")) && !bytes.Contains(line, []byte("/Index")) &&
			!bytes.Contains(line, []byte("/W")) && !bytes.Contains(line, []byte("/N")) {
			continue
		}
		for _, m := range sizeRe.FindAllSubmatch(line, -1) {
			if big(m[1]) {
				return false
			}
		}
		for _, m := range indexRe.FindAllSubmatch(line, -1) {
			for _, f := range bytes.Fields(m[1]) {
				if big(f) {
					return false
				}
			}
		}
		for _, m := range wRe.FindAllSubmatch(line, -1) {
			for _, f := range m[1:] {
				if n, err := strconv.Atoi(string(f)); err != nil || n > 8 {
					return false
				}
			}
		}
	}
	return ctx.Err() == nil
}

// digitsAndSpaces reports whether a line holds only digits and the spaces
// of regexp's \s, as a subsection header line does.
func digitsAndSpaces(line []byte) bool {
	for _, c := range line {
		switch {
		case c >= '0' && c <= '9', c == ' ', c == '\t', c == '\n', c == '\f', c == '\r':
		default:
			return false
		}
	}
	return len(line) > 0
}

// splitLinesBounded splits at line ends (CR or LF) and cuts overlong lines,
// so binary streams cannot make the scanner fail.
func splitLinesBounded(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
		return i + 1, data[:i], nil
	}
	if len(data) >= 32<<10 {
		return len(data), data, nil
	}
	if atEOF {
		if len(data) == 0 {
			return 0, nil, nil
		}
		return len(data), data, nil
	}
	return 0, nil, nil
}

// objAt is where an object's definition starts.
type objAt struct {
	id, gen int
	off     int
}

var (
	pageRe  = regexp.MustCompile(`/Type\s*/Page\b`)
	pagesRe = regexp.MustCompile(`/Type\s*/Pages\b`)
)

// rebuild returns data with a fresh cross-reference table and trailer
// appended, made by finding every "N G obj" in the file, as PDF viewers do
// with a broken table. Objects inside object streams are not recovered. With
// newTree, it also appends a new catalog and page tree listing the page
// objects found, for files whose own tree is lost.
func rebuild(data []byte, newTree bool) ([]byte, error) {
	found := scanObjects(data)
	objs := map[int]objAt{}
	maxID := 0
	for _, o := range found {
		objs[o.id] = o
		maxID = max(maxID, o.id)
	}
	if len(objs) == 0 {
		return nil, errors.New("no objects found")
	}

	tail := data
	if k := bytes.LastIndex(data, []byte("trailer")); k >= 0 {
		tail = data[k:min(len(data), k+8192)]
	}
	var rootRef string
	if root := rootRe.FindSubmatch(tail); root != nil {
		rootRef = fmt.Sprintf("%s %s R", root[1], root[2])
	} else if all := rootRe.FindAllSubmatch(data, -1); len(all) > 0 {
		rootRef = fmt.Sprintf("%s %s R", all[len(all)-1][1], all[len(all)-1][2])
	}
	var pages []objAt
	for k, o := range found {
		end := len(data)
		if k+1 < len(found) {
			end = found[k+1].off
		}
		body := data[o.off:min(end, o.off+4096)]
		if s := bytes.Index(body, []byte("stream")); s >= 0 {
			body = body[:s]
		}
		if rootRef == "" && catalogRe.Match(body) {
			rootRef = fmt.Sprintf("%d %d R", o.id, o.gen)
		}
		if pageRe.Match(body) && !pagesRe.Match(body) && objs[o.id] == o {
			pages = append(pages, o)
		}
	}

	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxID+3) + 512 + 12*len(pages))
	b.Write(data)
	b.WriteString("\n")
	if newTree {
		if len(pages) == 0 {
			return nil, errors.New("no pages found")
		}
		treeID := maxID + 1
		objs[treeID] = objAt{treeID, 0, b.Len()}
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /Pages /Count %d /Kids [", treeID, len(pages))
		for _, p := range pages {
			fmt.Fprintf(&b, " %d %d R", p.id, p.gen)
		}
		b.WriteString(" ] >>\nendobj\n")
		objs[treeID+1] = objAt{treeID + 1, 0, b.Len()}
		fmt.Fprintf(&b, "%d 0 obj\n<< /Type /Catalog /Pages %d 0 R >>\nendobj\n", treeID+1, treeID)
		rootRef = fmt.Sprintf("%d 0 R", treeID+1)
		maxID += 2
	}
	if rootRef == "" {
		return nil, errors.New("no catalog found")
	}
	xrefAt := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n", maxID+1)
	b.WriteString("0000000000 65535 f\r\n")
	for id := 1; id <= maxID; id++ {
		if o, ok := objs[id]; ok {
			fmt.Fprintf(&b, "%010d %05d n\r\n", o.off, o.gen)
		} else {
			b.WriteString("0000000000 00000 f\r\n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s", maxID+1, rootRef)
	if m := infoRe.FindSubmatch(tail); m != nil {
		fmt.Fprintf(&b, " /Info %s %s R", m[1], m[2])
	}
	if m := encryptRe.FindSubmatch(tail); m != nil {
		fmt.Fprintf(&b, " /Encrypt %s %s R", m[1], m[2])
	}
	if m := idRe.Find(tail); m != nil {
		b.WriteString(" ")
		b.Write(m)
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", xrefAt)
	return b.Bytes(), nil
}

// scanObjects finds every "N G obj" in data, in file order, as PDF viewers do
// with a broken cross-reference table. Some may lie inside stream data.
func scanObjects(data []byte) []objAt {
	var found []objAt
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("obj"))
		if j < 0 {
			break
		}
		p := i + j
		i = p + 3
		if p+3 < len(data) && !isWhite(data[p+3]) && !isDelim(data[p+3]) {
			continue
		}
		id, gen, start, ok := objHeader(data, p)
		if !ok || id <= 0 || id > maxObjectNumber || len(found) >= maxObjectNumber {
			continue
		}
		found = append(found, objAt{id, gen, start})
	}
	return found
}

// objHeader reads "N G " backwards from the "obj" keyword at p, and returns
// the object number, generation and offset of N.
func objHeader(data []byte, p int) (id, gen, start int, ok bool) {
	k := p
	skipWhite := func() bool {
		n := k
		for k > 0 && isWhite(data[k-1]) {
			k--
		}
		return k < n
	}
	digits := func() (int, bool) {
		end := k
		for k > 0 && data[k-1] >= '0' && data[k-1] <= '9' && end-k < 10 {
			k--
		}
		if k == end {
			return 0, false
		}
		v, err := strconv.Atoi(string(data[k:end]))
		return v, err == nil
	}
	if !skipWhite() {
		return 0, 0, 0, false
	}
	gen, ok1 := digits()
	if !ok1 || !skipWhite() {
		return 0, 0, 0, false
	}
	id, ok2 := digits()
	if !ok2 || gen > 65535 {
		return 0, 0, 0, false
	}
	if k > 0 && !isWhite(data[k-1]) && !isDelim(data[k-1]) {
		return 0, 0, 0, false
	}
	return id, gen, k, true
}
