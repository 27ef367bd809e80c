package pdf

import (
	"strconv"
)

// tokKind is the kind of a content-stream token.
type tokKind int

const (
	tokEOF tokKind = iota
	tokNum
	tokStr
	tokName
	tokOp // an operator or any other bare keyword
	tokArrayOpen
	tokArrayClose
	tokDictOpen
	tokDictClose
)

// token is one lexical token of a content stream or CMap.
type token struct {
	kind tokKind
	num  float64
	s    string // string bytes, name without slash, or operator
}

// lexer splits a content stream or CMap into tokens. It never fails: bytes it
// does not understand become operators that the interpreter ignores.
type lexer struct {
	b   []byte
	pos int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// next returns the next token, or tokEOF at the end of the data.
func (l *lexer) next() token {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		break
	}
	if l.pos >= len(l.b) {
		return token{kind: tokEOF}
	}
	c := l.b[l.pos]
	switch c {
	case '(':
		l.pos++
		return token{kind: tokStr, s: l.literal()}
	case '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return token{kind: tokDictOpen}
		}
		l.pos++
		return token{kind: tokStr, s: l.hex()}
	case '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
			return token{kind: tokDictClose}
		}
		return token{kind: tokOp, s: ">"}
	case '[':
		l.pos++
		return token{kind: tokArrayOpen}
	case ']':
		l.pos++
		return token{kind: tokArrayClose}
	case '{', '}', ')':
		l.pos++
		return token{kind: tokOp, s: string(c)}
	case '/':
		l.pos++
		start := l.pos
		for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
			l.pos++
		}
		return token{kind: tokName, s: unescapeName(l.b[start:l.pos])}
	}
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	w := string(l.b[start:l.pos])
	if c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		if f, ok := parseNum(w); ok {
			return token{kind: tokNum, num: f}
		}
	}
	return token{kind: tokOp, s: w}
}

// parseNum reads a PDF number, tolerating forms such as "--5" or "1.2.3" the
// way common readers do: as much of a number as makes sense.
func parseNum(w string) (float64, bool) {
	if f, err := strconv.ParseFloat(w, 64); err == nil {
		return f, true
	}
	neg := false
	i := 0
	for i < len(w) && (w[i] == '+' || w[i] == '-') {
		neg = neg != (w[i] == '-')
		i++
	}
	j := i
	dot := false
	for j < len(w) && (w[j] >= '0' && w[j] <= '9' || w[j] == '.' && !dot) {
		dot = dot || w[j] == '.'
		j++
	}
	if j == i || w[i:j] == "." {
		return 0, false
	}
	f, err := strconv.ParseFloat(w[i:j], 64)
	if err != nil {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func unescapeName(b []byte) string {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '#' && i+2 < len(b) {
			h, l := unhex(b[i+1]), unhex(b[i+2])
			if h >= 0 && l >= 0 {
				out = append(out, byte(h<<4|l))
				i += 2
				continue
			}
		}
		out = append(out, b[i])
	}
	return string(out)
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// literal reads a (string) after its opening parenthesis. An unknown escape
// such as \+ stands for the character itself, as the PDF spec says.
func (l *lexer) literal() string {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\r':
			// An end of line in a string is a single newline.
			if l.pos < len(l.b) && l.b[l.pos] == '\n' {
				l.pos++
			}
			c = '\n'
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := int(e - '0')
				for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
					v = v*8 + int(l.b[l.pos]-'0')
					l.pos++
				}
				c = byte(v)
			default:
				c = e
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// hex reads a <hex string> after its opening bracket; non-hex bytes are
// skipped and an odd final digit is padded with 0.
func (l *lexer) hex() string {
	var out []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhex(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
			continue
		}
		out = append(out, byte(hi<<4|v))
		hi = -1
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

// opKind is the kind of an operand on the interpreter's stack.
type opKind int

const (
	opNum opKind = iota
	opStr
	opName
	opArray
	opDict
	opOther
)

// operand is one operand of a content-stream operator.
type operand struct {
	kind opKind
	num  float64
	str  string
	arr  []operand
}

// maxNesting bounds arrays and dictionaries inside content streams.
const maxNesting = 32

// operand turns a token into an operand, reading a whole array or skipping a
// whole dictionary when the token opens one.
func (l *lexer) operand(t token) operand {
	return l.operandDepth(t, 0)
}

func (l *lexer) operandDepth(t token, depth int) operand {
	switch t.kind {
	case tokNum:
		return operand{kind: opNum, num: t.num}
	case tokStr:
		return operand{kind: opStr, str: t.s}
	case tokName:
		return operand{kind: opName, str: t.s}
	case tokArrayOpen:
		var arr []operand
		for {
			n := l.next()
			if n.kind == tokEOF || n.kind == tokArrayClose {
				break
			}
			if depth >= maxNesting {
				continue
			}
			if len(arr) < 1<<16 {
				arr = append(arr, l.operandDepth(n, depth+1))
			}
		}
		return operand{kind: opArray, arr: arr}
	case tokDictOpen:
		level := 1
		for level > 0 {
			n := l.next()
			switch n.kind {
			case tokEOF:
				level = 0
			case tokDictOpen:
				level++
			case tokDictClose:
				level--
			}
		}
		return operand{kind: opDict}
	}
	return operand{kind: opOther, str: t.s}
}
