package pdf

import (
	"bytes"
	"context"
	"math"
	"unicode"
	"unicode/utf8"

	lpdf "github.com/ledongthuc/pdf"
)

// Limits on the work done for one page, so that a hostile file cannot make
// Read hang or eat memory.
const (
	maxContentBytes = 32 << 20 // decoded content-stream bytes per page, forms included
	maxOperators    = 4 << 20  // operators interpreted per page
	maxPageGlyphs   = 400_000  // glyphs kept per page
	maxFormDepth    = 8        // nesting of Form XObjects
	maxFormCalls    = 2_000    // Form XObjects run per page
	maxSaveDepth    = 256      // nesting of q/Q
	maxRules        = 20_000   // vertical rules kept per page
)

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: first m, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// glyph is one shown character, in page coordinates from the top left.
type glyph struct {
	x0, x1 float64 // left and right edge along the baseline
	adv    float64 // where the next glyph starts with the character spacing (Tc) alone: x1 or beyond
	y      float64 // baseline
	size   float64 // effective font size
	text   string
	font   *font
	space  bool // a space character: it separates words but is not kept
	seq    int  // order in the content stream
}

// gstate is the part of the graphics state that text positions depend on.
type gstate struct {
	ctm                  matrix
	font                 *font
	size                 float64
	tc, tw, th, tl, rise float64
}

// interp runs the content streams of one page and collects its glyphs.
type interp struct {
	ctx     context.Context
	fonts   map[string]*font // cache by font dictionary identity
	page    matrix           // user space to page coordinates
	width   float64          // page size as displayed, for dropping text off the page
	height  float64
	glyphs  []glyph
	bytes   int
	ops     int
	forms   int
	stopped bool // a limit was reached
	err     error
	codes   []glyphCode
	path    []segment // the path being built, in page coordinates
	cur     [2]float64
	start   [2]float64
	rules   []rule
	scan    scanStats
}

// scanStats tell a scanned page from a typed one: how much of the page images
// cover, and how many of the glyphs shown had no known text.
type scanStats struct {
	imageArea float64 // share of the page that images cover, 0 to 1
	shown     int     // glyphs shown, spaces excepted
	unmapped  int     // of which with no text, or with text that is no letter
}

// run interprets one content stream with its resources.
func (in *interp) run(data []byte, res lpdf.Value, gs gstate, depth int, chain []string) {
	lx := &lexer{b: data}
	var stack []gstate
	var args []operand
	var tm, tlm matrix = identity, identity
	// The fonts this stream has set, by resource name: the library parses an
	// object again at each lookup, and generators set the font at every run
	// of text.
	fonts := map[string]*font{}
	for !in.stopped {
		t := lx.next()
		if t.kind == tokEOF {
			return
		}
		if t.kind != tokOp {
			if len(args) < 64 {
				args = append(args, lx.operand(t))
			} else {
				lx.operand(t)
			}
			continue
		}
		in.ops++
		if in.ops > maxOperators {
			in.stopped = true
			return
		}
		if in.ops&4095 == 0 && in.ctx.Err() != nil {
			in.err = in.ctx.Err()
			in.stopped = true
			return
		}
		num := func(i int) float64 {
			if i < len(args) && args[i].kind == opNum && !math.IsNaN(args[i].num) && !math.IsInf(args[i].num, 0) {
				return args[i].num
			}
			return 0
		}
		mat := func() matrix { return matrix{num(0), num(1), num(2), num(3), num(4), num(5)} }
		switch t.s {
		case "q":
			stack = append(stack, gs)
			if len(stack) > maxSaveDepth {
				stack = stack[1:]
			}
		case "Q":
			if n := len(stack); n > 0 {
				gs = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if len(args) >= 6 {
				gs.ctm = mat().mul(gs.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) >= 2 {
				f, ok := fonts[args[0].str]
				if !ok {
					f = in.font(res, args[0].str)
					fonts[args[0].str] = f
				}
				gs.font = f
				gs.size = num(1)
			}
		case "Td", "TD":
			if t.s == "TD" {
				gs.tl = -num(1)
			}
			tlm = translate(num(0), num(1)).mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) >= 6 {
				tlm = mat()
				tm = tlm
			}
		case "T*":
			tlm = translate(0, -gs.tl).mul(tlm)
			tm = tlm
		case "Tc":
			gs.tc = num(0)
		case "Tw":
			gs.tw = num(0)
		case "Tz":
			gs.th = num(0) / 100
		case "TL":
			gs.tl = num(0)
		case "Ts":
			gs.rise = num(0)
		case "Tj", "'", "\"":
			if t.s != "Tj" {
				if t.s == "\"" && len(args) >= 3 {
					gs.tw, gs.tc = num(0), num(1)
				}
				tlm = translate(0, -gs.tl).mul(tlm)
				tm = tlm
			}
			if len(args) > 0 && args[len(args)-1].kind == opStr {
				tm = in.show(&gs, tm, args[len(args)-1].str)
			}
		case "TJ":
			if len(args) > 0 {
				for _, a := range args[len(args)-1].arr {
					switch a.kind {
					case opStr:
						tm = in.show(&gs, tm, a.str)
					case opNum:
						tm = translate(-a.num/1000*gs.size*gs.th, 0).mul(tm)
					}
				}
			}
		case "Do":
			if len(args) > 0 && args[0].kind == opName {
				in.form(res, args[0].str, gs, depth, chain)
			}
		case "BI":
			in.image(gs.ctm)
			skipInlineImage(lx)
		case "m", "l", "re", "h", "c", "v", "y":
			in.pathOp(t.s, gs.ctm, num)
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n":
			in.paint(t.s)
		}
		args = args[:0]
	}
}

// show places the glyphs of one shown string and returns the text matrix
// after it.
func (in *interp) show(gs *gstate, tm matrix, s string) matrix {
	f := gs.font
	if f == nil {
		f = fallbackFont
	}
	in.codes = f.decode(s, in.codes[:0])
	for _, c := range in.codes {
		if !c.space {
			in.scan.shown++
			if unreadable(c.text) {
				in.scan.unmapped++
			}
		}
		tx := (c.width*gs.size + gs.tc) * gs.th
		if c.space {
			tx += gs.tw * gs.th
		}
		m := tm.mul(gs.ctm).mul(in.page)
		ox, oy := m.apply(0, gs.rise)
		ex, _ := m.apply(c.width*gs.size*gs.th, gs.rise)
		ax, _ := m.apply((c.width*gs.size+gs.tc)*gs.th, gs.rise)
		size := math.Abs(gs.size) * math.Hypot(m[2], m[3])
		off := in.height > 0 && (oy < 0 || oy > in.height+size || math.Max(ox, ex) < 0 || math.Min(ox, ex) > in.width)
		if len(in.glyphs) < maxPageGlyphs && c.text != "" && !off && !math.IsNaN(ox+oy+ex+size) && !math.IsInf(ox+oy+ex+size, 0) {
			in.glyphs = append(in.glyphs, glyph{
				x0: math.Min(ox, ex), x1: math.Max(ox, ex), adv: math.Max(math.Max(ox, ex), ax), y: oy, size: size,
				text: c.text, font: f, space: isBlank(c.text), seq: len(in.glyphs),
			})
		}
		tm = translate(tx, 0).mul(tm)
	}
	return tm
}

// image notes an image drawn with the given matrix, which maps the unit
// square onto the image's place.
func (in *interp) image(ctm matrix) {
	m := ctm.mul(in.page)
	area := math.Abs(m[0]*m[3] - m[1]*m[2])
	if page := in.width * in.height; page > 0 && !math.IsNaN(area) {
		in.scan.imageArea = math.Min(in.scan.imageArea+area/page, 1)
	}
}

// unreadable reports whether a glyph's text is no text: missing, the
// replacement character, a control or private-use character.
func unreadable(s string) bool {
	if s == "" {
		return true
	}
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Co, r) {
			return true
		}
	}
	return false
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\u00a0' && r != '\t' {
			return false
		}
	}
	return true
}

// fallbackFont stands in when text is shown before any font is set.
var fallbackFont = &font{enc: winAnsi, scale: 0.001, dw: 1000, widths: func() (w [256]float64) {
	for i := range w {
		w[i] = 500
	}
	return w
}()}

// font returns the font named in the resources, loading it once.
func (in *interp) font(res lpdf.Value, name string) *font {
	v := res.Key("Font").Key(name)
	if v.Kind() != lpdf.Dict {
		return fallbackFont
	}
	key := v.String()
	if f, ok := in.fonts[key]; ok {
		return f
	}
	f := loadFont(v)
	in.fonts[key] = f
	return f
}

// form runs a Form XObject, if that is what the name refers to.
func (in *interp) form(res lpdf.Value, name string, gs gstate, depth int, chain []string) {
	x := res.Key("XObject").Key(name)
	if x.Kind() == lpdf.Stream && x.Key("Subtype").Name() == "Image" {
		in.image(gs.ctm)
		return
	}
	if x.Kind() != lpdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	in.formStream(x, res, gs, depth, chain)
}

// formStream runs a form's content with its Matrix and Resources (or the
// caller's when it has none), bounded in depth, count and bytes.
func (in *interp) formStream(x, res lpdf.Value, gs gstate, depth int, chain []string) {
	if depth >= maxFormDepth || in.forms >= maxFormCalls {
		return
	}
	key := x.String()
	for _, k := range chain {
		if k == key {
			return
		}
	}
	in.forms++
	data, _ := streamBytes(x, int64(maxContentBytes-in.bytes))
	in.bytes += len(data)
	if in.bytes >= maxContentBytes {
		in.stopped = true
	}
	if m := x.Key("Matrix"); m.Len() == 6 {
		var fm matrix
		for i := range fm {
			fm[i] = m.Index(i).Float64()
		}
		gs.ctm = fm.mul(gs.ctm)
	}
	r := x.Key("Resources")
	if r.Kind() != lpdf.Dict {
		r = res
	}
	in.run(data, r, gs, depth+1, append(chain, key))
}

// skipInlineImage moves the lexer past an inline image: its dictionary up to
// ID, then the binary data up to an EI that stands alone.
func skipInlineImage(lx *lexer) {
	for {
		t := lx.next()
		if t.kind == tokEOF {
			return
		}
		if t.kind == tokOp && t.s == "ID" {
			break
		}
	}
	lx.pos++ // the single white-space byte after ID
	for lx.pos < len(lx.b) {
		i := bytes.Index(lx.b[lx.pos:], []byte("EI"))
		if i < 0 {
			lx.pos = len(lx.b)
			return
		}
		p := lx.pos + i
		lx.pos = p + 2
		before := p == 0 || isWhite(lx.b[p-1])
		after := p+2 >= len(lx.b) || isWhite(lx.b[p+2])
		if before && after {
			return
		}
	}
}
