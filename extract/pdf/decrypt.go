package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
)

// An encrypted file the library cannot decrypt (AES-256 above all) is read
// through a decrypted copy made in memory: every object found in the file,
// its strings and stream decrypted, objects kept in object streams written
// out as plain objects, with a new cross-reference table and a trailer
// without /Encrypt. The library then reads the copy as any other file. The
// objects are found by scanning, as repair does, so a copy can also be made
// of a file whose cross-reference data is broken.

// Limits on one copy: what object streams may inflate to and the tokens
// parsed in them, and the size of the copy.
const (
	maxObjStmBytes  = maxRepairSize
	maxObjStmTokens = 16 << 20
	maxCopySize     = 3 * maxRepairSize
)

// span is where one object lies in the file, and its stream data if any.
type span struct {
	objAt
	end  int    // just past the object
	data [2]int // stream data, start and end; end 0 when no stream
}

// decryptCopy returns a decrypted copy of the encrypted PDF in data, if its
// user password is empty, or errNeedsPassword.
func decryptCopy(ctx context.Context, data []byte) ([]byte, error) {
	c, err := newCopier(ctx, data)
	if err != nil {
		return nil, err
	}
	return c.copy(ctx)
}

// copier makes the decrypted copy of one file.
type copier struct {
	data         []byte
	headers      []objAt       // every "N G obj" in the file
	byID         map[int]objAt // the last of them for each number
	lastEnd      int           // where the last "endstream" is
	spans        []span        // the objects, in file order
	trailer      pobj          // what the copy keeps of the trailer, and /Encrypt
	sec          *security
	inflated     int // bytes inflated from object streams so far
	objStmTokens int // tokens parsed in them
	out          bytes.Buffer
	offsets      map[int]objAt // where each object is in the copy
}

// newCopier finds the objects and the trailer of the file, and derives its
// key from the empty user password.
func newCopier(ctx context.Context, data []byte) (*copier, error) {
	c := &copier{data: data, headers: scanObjects(data), byID: map[int]objAt{},
		lastEnd: bytes.LastIndex(data, []byte("endstream"))}
	for _, h := range c.headers {
		c.byID[h.id] = h
	}
	var err error
	if c.spans, err = c.index(ctx); err != nil {
		return nil, err
	}
	c.trailer = c.findTrailer()
	enc := c.trailer.key("Encrypt")
	if enc.kind == objRef {
		enc = c.resolve(enc.ref)
	}
	id := c.trailer.key("ID")
	if id.kind != objArray || len(id.items) == 0 || id.items[0].kind != objStr {
		id = pobj{kind: objArray, items: []pobj{{kind: objStr}}}
	}
	c.sec, err = newSecurity(enc, []byte(id.items[0].s))
	return c, err
}

// index parses the objects of the file in order, skipping "N G obj" found
// inside the objects and streams already read.
func (c *copier) index(ctx context.Context) ([]span, error) {
	var spans []span
	cursor := 0
	for i, h := range c.headers {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if h.off < cursor {
			continue
		}
		s, _, err := c.parse(h)
		if err != nil {
			continue
		}
		spans = append(spans, s)
		cursor = s.end
	}
	if len(spans) == 0 {
		return nil, errors.New("pdf: no objects found")
	}
	return spans, nil
}

// parse reads the object whose header is at h, and finds its stream data.
func (c *copier) parse(h objAt) (span, pobj, error) {
	lx := &lexer{b: c.data, pos: h.off}
	for range 3 { // N G obj
		lx.next()
	}
	s := span{objAt: h}
	p := &objParser{lx: lx}
	v, err := p.value(lx.next(), 0)
	if err != nil {
		return s, null, err
	}
	s.end = lx.pos
	switch t := lx.next(); {
	case t.kind == tokOp && t.s == "endobj":
		s.end = lx.pos
	case t.kind == tokOp && t.s == "stream" && v.kind == objDict:
		start := lx.pos
		if start < len(c.data) && c.data[start] == '\r' {
			start++
		}
		if start < len(c.data) && c.data[start] == '\n' {
			start++
		}
		end, ok := c.streamEnd(v, start)
		if !ok {
			return s, null, errors.New("stream without endstream")
		}
		s.data = [2]int{start, end}
		lx.pos = end
		if t := lx.next(); t.kind == tokOp && t.s == "endstream" {
			s.end = lx.pos
			save := lx.pos
			if t := lx.next(); t.kind == tokOp && t.s == "endobj" {
				s.end = lx.pos
			} else {
				lx.pos = save
			}
		}
	}
	return s, v, nil
}

// streamEnd returns where the data of a stream starting at start ends: after
// /Length bytes when endstream follows there, else before the next endstream.
func (c *copier) streamEnd(dict pobj, start int) (int, bool) {
	length := dict.key("Length")
	if length.kind == objRef {
		if h, ok := c.byID[length.ref[0]]; ok && h.gen == length.ref[1] {
			lx := &lexer{b: c.data, pos: h.off}
			for range 3 {
				lx.next()
			}
			if t := lx.next(); t.kind == tokNum {
				length = pobj{kind: objNum, num: t.num}
			}
		}
	}
	if n, ok := length.int(); ok && n >= 0 && n <= len(c.data)-start {
		rest := c.data[start+n:]
		rest = rest[:min(len(rest), 64)]
		if bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r\n\f\x00"), []byte("endstream")) {
			return start + n, true
		}
	}
	if start > c.lastEnd {
		return 0, false // no need to search: streams without an end cost no time each
	}
	k := bytes.Index(c.data[start:], []byte("endstream"))
	end := start + k
	if end > start && c.data[end-1] == '\n' {
		end--
	}
	if end > start && c.data[end-1] == '\r' {
		end--
	}
	return end, true
}

// findTrailer gathers /Root, /Info, /ID and /Encrypt from the trailer
// dictionaries and cross-reference streams of the file, the last one that
// gives each winning, as with incremental updates.
func (c *copier) findTrailer() pobj {
	type found struct {
		at   int
		dict pobj
	}
	var all []found
	spans := c.spans
	for _, s := range spans {
		if s.data[1] == 0 {
			continue
		}
		if _, v, err := c.parse(s.objAt); err == nil && v.key("Type").name() == "XRef" {
			all = append(all, found{s.off, v})
		}
	}
	for i := 0; ; {
		k := bytes.Index(c.data[i:], []byte("trailer"))
		if k < 0 {
			break
		}
		at := i + k
		i = at + len("trailer")
		n := sort.Search(len(spans), func(j int) bool { return spans[j].end > at })
		if n < len(spans) && spans[n].off <= at {
			continue // inside an object
		}
		lx := &lexer{b: c.data, pos: i}
		p := &objParser{lx: lx}
		if v, err := p.value(lx.next(), 0); err == nil && v.kind == objDict {
			all = append(all, found{at, v})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at < all[j].at })
	tr := pobj{kind: objDict}
	for _, f := range all {
		for _, k := range []string{"Root", "Info", "ID", "Encrypt"} {
			if v := f.dict.key(k); v.kind != objKeyword {
				tr.set(k, v)
			}
		}
	}
	return tr
}

// resolve returns the value of object ref.
func (c *copier) resolve(ref [2]int) pobj {
	for i := len(c.spans) - 1; i >= 0; i-- {
		if s := c.spans[i]; s.id == ref[0] && s.gen == ref[1] {
			_, v, err := c.parse(s.objAt)
			if err == nil {
				return v
			}
		}
	}
	return null
}

// copy makes the copy: the objects decrypted, then the table and trailer.
func (c *copier) copy(ctx context.Context) ([]byte, error) {
	sec := c.sec
	encRef := c.trailer.key("Encrypt")
	c.out.Grow(len(c.data) + len(c.data)/8)
	c.out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	c.offsets = map[int]objAt{}
	for i, s := range c.spans {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if c.out.Len() > maxCopySize {
			return nil, errors.New("pdf: decrypted copy too large")
		}
		if encRef.kind == objRef && encRef.ref == [2]int{s.id, s.gen} {
			continue // the encryption dictionary goes, with /Encrypt
		}
		_, v, err := c.parse(s.objAt)
		if err != nil {
			continue
		}
		if s.data[1] == 0 {
			c.object(s.id, s.gen, sec.strings(v, s.id, s.gen), nil)
			continue
		}
		switch v.key("Type").name() {
		case "XRef":
			continue // the copy has its own table
		case "ObjStm":
			if err := c.objectStream(v, sec.stream(v, s.id, s.gen, c.data[s.data[0]:s.data[1]])); err != nil {
				return nil, fmt.Errorf("pdf: object stream %d: %w", s.id, err)
			}
			continue
		}
		plain := sec.stream(v, s.id, s.gen, c.data[s.data[0]:s.data[1]])
		if plain == nil {
			plain = []byte{} // undecryptable data: the stream stays, empty
		}
		dropCryptFilter(&v)
		c.object(s.id, s.gen, sec.strings(v, s.id, s.gen), plain)
	}
	return c.finish(c.trailer), nil
}

// object writes one object to the copy, with its stream data unless stream
// is nil.
func (c *copier) object(id, gen int, v pobj, stream []byte) {
	c.offsets[id] = objAt{id, gen, c.out.Len()}
	c.out.WriteString(strconv.Itoa(id) + " " + strconv.Itoa(gen) + " obj\n")
	if stream != nil {
		v.set("Length", pobj{kind: objNum, num: float64(len(stream))})
	}
	v.write(&c.out)
	if stream != nil {
		c.out.WriteString("\nstream\n")
		c.out.Write(stream)
		c.out.WriteString("\nendstream")
	}
	c.out.WriteString("\nendobj\n")
}

// objectStream writes out the objects an object stream holds (already
// decrypted: their strings never are encrypted on their own).
func (c *copier) objectStream(dict pobj, plain []byte) error {
	data, err := c.inflate(dict, plain)
	if err != nil {
		return err
	}
	n, _ := dict.key("N").int()
	first, ok := dict.key("First").int()
	if !ok || first < 0 || first > len(data) || n < 0 {
		return errors.New("bad /N or /First")
	}
	head := &lexer{b: data[:first]}
	for range min(n, len(data)/4+1) {
		idTok, offTok := head.next(), head.next()
		id, ok1 := (pobj{kind: objNum, num: idTok.num}).int()
		off, ok2 := (pobj{kind: objNum, num: offTok.num}).int()
		if idTok.kind != tokNum || offTok.kind != tokNum || !ok1 || !ok2 {
			break
		}
		if id <= 0 || id > maxObjectNumber || off < 0 || off >= len(data)-first {
			continue
		}
		lx := &lexer{b: data, pos: first + off}
		p := &objParser{lx: lx}
		v, err := p.value(lx.next(), 0)
		if c.objStmTokens += p.tokens; c.objStmTokens > maxObjStmTokens || c.out.Len() > maxCopySize {
			return errors.New("object streams too large") // offsets that all point at one huge object
		}
		if err != nil {
			continue
		}
		c.object(id, 0, v, nil)
	}
	return nil
}

// inflate decodes an object stream's data: not filtered, or with
// FlateDecode and no predictor, as every writer we know makes them.
func (c *copier) inflate(dict pobj, plain []byte) ([]byte, error) {
	f := dict.key("Filter")
	if f.kind == objArray && len(f.items) == 1 {
		f = f.items[0]
	}
	switch f.name() {
	case "":
		if f.kind != objKeyword {
			return nil, errors.New("bad filter")
		}
		return plain, nil
	case "FlateDecode":
		if p, ok := dict.key("DecodeParms").key("Predictor").int(); ok && p > 1 {
			return nil, fmt.Errorf("predictor %d not supported", p)
		}
	default:
		return nil, fmt.Errorf("filter %s not supported", f.name())
	}
	zr, err := zlib.NewReader(bytes.NewReader(plain))
	if err != nil {
		return nil, err
	}
	limit := maxObjStmBytes - c.inflated
	out, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if len(out) > limit {
		return nil, errors.New("object streams inflate to too much")
	}
	if err != nil && len(out) == 0 {
		return nil, err
	}
	c.inflated += len(out)
	return out, nil // a stream cut short gives what it could
}

// finish appends the cross-reference table and the trailer.
func (c *copier) finish(tr pobj) []byte {
	maxID := 0
	for id := range c.offsets {
		maxID = max(maxID, id)
	}
	xref := c.out.Len()
	c.out.WriteString("xref\n0 " + strconv.Itoa(maxID+1) + "\n0000000000 65535 f\r\n")
	for id := 1; id <= maxID; id++ {
		if o, ok := c.offsets[id]; ok {
			fmt.Fprintf(&c.out, "%010d %05d n\r\n", o.off, o.gen)
		} else {
			c.out.WriteString("0000000000 00000 f\r\n")
		}
	}
	out := pobj{kind: objDict}
	out.set("Size", pobj{kind: objNum, num: float64(maxID + 1)})
	for _, k := range []string{"Root", "Info", "ID"} {
		if v := tr.key(k); v.kind != objKeyword {
			out.set(k, v)
		}
	}
	c.out.WriteString("trailer\n")
	out.write(&c.out)
	c.out.WriteString("\nstartxref\n" + strconv.Itoa(xref) + "\n%%EOF\n")
	return c.out.Bytes()
}

// strings returns v with its strings decrypted, for object id gen.
func (s *security) strings(v pobj, id, gen int) pobj {
	switch v.kind {
	case objStr:
		v.s = string(s.decrypt(s.str, id, gen, []byte(v.s)))
	case objArray, objDict:
		items := make([]pobj, len(v.items))
		for i, it := range v.items {
			items[i] = s.strings(it, id, gen)
		}
		v.items = items
	}
	return v
}

// stream returns the decrypted data of a stream with dictionary dict: with
// the crypt filter it names, else as metadata or as any stream.
func (s *security) stream(dict pobj, id, gen int, data []byte) []byte {
	m := s.stm
	if dict.key("Type").name() == "Metadata" && !s.encryptMetadata {
		m = cryptNone
	}
	if name, ok := cryptFilterOf(dict); ok {
		m = s.filters[name] // an unknown name is Identity
	}
	return s.decrypt(m, id, gen, data)
}

// cryptFilterOf returns the crypt filter a stream names as the first of its
// filters (/Filter [/Crypt …] /DecodeParms [<< /Name … >> …]).
func cryptFilterOf(dict pobj) (string, bool) {
	f, parms := dict.key("Filter"), dict.key("DecodeParms")
	if f.kind == objArray && len(f.items) > 0 {
		f = f.items[0]
		if parms.kind == objArray && len(parms.items) > 0 {
			parms = parms.items[0]
		}
	}
	if f.name() != "Crypt" {
		return "", false
	}
	if name := parms.key("Name").name(); name != "" {
		return name, true
	}
	return "Identity", true
}

// dropCryptFilter removes the /Crypt filter a stream names: its data in the
// copy is decrypted already.
func dropCryptFilter(v *pobj) {
	if _, ok := cryptFilterOf(*v); !ok {
		return
	}
	f, parms := v.key("Filter"), v.key("DecodeParms")
	if f.kind != objArray || len(f.items) <= 1 {
		v.del("Filter")
		v.del("DecodeParms")
		return
	}
	v.set("Filter", pobj{kind: objArray, items: f.items[1:]})
	if parms.kind == objArray && len(parms.items) > 0 {
		v.set("DecodeParms", pobj{kind: objArray, items: parms.items[1:]})
	}
}
