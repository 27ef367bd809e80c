package pdf

import (
	"bytes"
	"errors"
	"math"
	"strconv"
)

// A small model of PDF objects, enough to read an object's dictionary, change
// its strings and write it back: what making a decrypted copy of a file
// needs. The library's own model is not exported.

type objKind int

const (
	objKeyword objKind = iota // true, false, null
	objNum
	objStr
	objName
	objArray
	objDict
	objRef
)

// pobj is one parsed PDF object. A dictionary keeps its keys in order in
// keys, with the value of keys[i] in items[i].
type pobj struct {
	kind  objKind
	num   float64
	s     string // string bytes, name without slash, or keyword
	items []pobj // array items, or dictionary values
	keys  []string
	ref   [2]int // object number and generation
}

var null = pobj{kind: objKeyword, s: "null"}

// key returns a dictionary's value for k, or null. Of a key given twice the
// last value counts, as in the library.
func (o pobj) key(k string) pobj {
	if o.kind == objDict {
		for i := len(o.keys) - 1; i >= 0; i-- {
			if o.keys[i] == k {
				return o.items[i]
			}
		}
	}
	return null
}

// set replaces or adds a dictionary entry.
func (o *pobj) set(k string, v pobj) {
	o.del(k)
	o.keys = append(o.keys, k)
	o.items = append(o.items, v)
}

// del removes a dictionary entry, every time it is given.
func (o *pobj) del(k string) {
	keys, items := o.keys[:0:0], o.items[:0:0]
	for i, kk := range o.keys {
		if kk != k {
			keys, items = append(keys, kk), append(items, o.items[i])
		}
	}
	o.keys, o.items = keys, items
}

// name returns the name an object holds, or "".
func (o pobj) name() string {
	if o.kind == objName {
		return o.s
	}
	return ""
}

// int returns the integer an object holds, and whether it holds one.
func (o pobj) int() (int, bool) {
	if o.kind != objNum || o.num != math.Trunc(o.num) || math.Abs(o.num) > 1<<53 {
		return 0, false
	}
	return int(o.num), true
}

// Limits on one object, so that a hostile file cannot make us build a huge
// tree or recurse deeply.
const (
	maxObjTokens = 1 << 20
	maxObjDepth  = 64
)

var errObjTooBig = errors.New("object too large or too deeply nested")

// objParser parses objects from the tokens of a lexer.
type objParser struct {
	lx     *lexer
	tokens int // tokens read so far
}

// value parses the object that starts with token t.
func (p *objParser) value(t token, depth int) (pobj, error) {
	if p.tokens++; p.tokens > maxObjTokens || depth > maxObjDepth {
		return null, errObjTooBig
	}
	switch t.kind {
	case tokNum:
		if id, ok := (pobj{kind: objNum, num: t.num}).int(); ok && id >= 0 {
			save := p.lx.pos
			if t2 := p.lx.next(); t2.kind == tokNum {
				if gen, ok := (pobj{kind: objNum, num: t2.num}).int(); ok && gen >= 0 && gen <= 65535 {
					if t3 := p.lx.next(); t3.kind == tokOp && t3.s == "R" {
						return pobj{kind: objRef, ref: [2]int{id, gen}}, nil
					}
				}
			}
			p.lx.pos = save
		}
		return pobj{kind: objNum, num: t.num}, nil
	case tokStr:
		return pobj{kind: objStr, s: t.s}, nil
	case tokName:
		return pobj{kind: objName, s: t.s}, nil
	case tokArrayOpen:
		a := pobj{kind: objArray}
		for {
			save := p.lx.pos
			n := p.lx.next()
			switch {
			case n.kind == tokEOF || n.kind == tokArrayClose:
				return a, nil
			case n.kind == tokOp && (n.s == "endobj" || n.s == "stream" || n.s == "obj"):
				p.lx.pos = save // an array never closed: leave the keyword to the caller
				return a, nil
			case n.kind == tokDictClose:
				continue
			}
			v, err := p.value(n, depth+1)
			if err != nil {
				return null, err
			}
			a.items = append(a.items, v)
		}
	case tokDictOpen:
		d := pobj{kind: objDict}
		for {
			save := p.lx.pos
			k := p.lx.next()
			switch {
			case k.kind == tokEOF || k.kind == tokDictClose:
				return d, nil
			case k.kind == tokOp && (k.s == "endobj" || k.s == "stream" || k.s == "obj"):
				p.lx.pos = save
				return d, nil
			case k.kind != tokName:
				if p.tokens++; p.tokens > maxObjTokens {
					return null, errObjTooBig
				}
				continue // junk where a key should be
			}
			save = p.lx.pos
			vt := p.lx.next()
			if vt.kind == tokEOF || vt.kind == tokDictClose ||
				vt.kind == tokOp && (vt.s == "endobj" || vt.s == "stream" || vt.s == "obj") {
				p.lx.pos = save
				continue // a key without a value
			}
			v, err := p.value(vt, depth+1)
			if err != nil {
				return null, err
			}
			d.keys = append(d.keys, k.s) // no search for duplicates: a huge dictionary stays linear
			d.items = append(d.items, v)
		}
	case tokOp:
		switch t.s {
		case "true", "false":
			return pobj{kind: objKeyword, s: t.s}, nil
		}
	}
	return null, nil
}

// write appends the object in PDF syntax.
func (o pobj) write(b *bytes.Buffer) {
	switch o.kind {
	case objNum:
		switch {
		case math.IsNaN(o.num) || math.IsInf(o.num, 0):
			b.WriteByte('0')
		case o.num == math.Trunc(o.num) && math.Abs(o.num) < 1e15:
			b.WriteString(strconv.FormatInt(int64(o.num), 10))
		default:
			b.WriteString(strconv.FormatFloat(o.num, 'f', -1, 64))
		}
	case objStr:
		writeLiteral(b, o.s)
	case objName:
		writeName(b, o.s)
	case objArray:
		b.WriteByte('[')
		for i, v := range o.items {
			if i > 0 {
				b.WriteByte(' ')
			}
			v.write(b)
		}
		b.WriteByte(']')
	case objDict:
		b.WriteString("<<")
		for i, k := range o.keys {
			writeName(b, k)
			b.WriteByte(' ')
			o.items[i].write(b)
		}
		b.WriteString(">>")
	case objRef:
		b.WriteString(strconv.Itoa(o.ref[0]) + " " + strconv.Itoa(o.ref[1]) + " R")
	default:
		if o.s == "true" || o.s == "false" {
			b.WriteString(o.s)
		} else {
			b.WriteString("null")
		}
	}
}

// writeLiteral writes a (literal string), escaping what a reader would
// otherwise take for syntax or change (a bare CR reads as a newline).
func writeLiteral(b *bytes.Buffer, s string) {
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
}

// writeName writes a /Name, with #xx escapes for bytes that cannot stand
// in a name as they are.
func writeName(b *bytes.Buffer, s string) {
	const hexDigits = "0123456789ABCDEF"
	b.WriteByte('/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c > '~' || c == '#' || isDelim(c) {
			b.WriteByte('#')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
			continue
		}
		b.WriteByte(c)
	}
}
