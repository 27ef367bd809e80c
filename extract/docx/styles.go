package docx

import (
	"context"
	"encoding/xml"
	"io"
)

// Word resolves a run's font slot by slot: the run's own w:rFonts, then its
// character style, then its paragraph style, each with the styles it is
// based on, then the document's defaults. Only the fonts are read from
// word/styles.xml, as far as telling a legacy Vietnamese font goes.

// Limits of what the style sheet may cost.
const (
	maxStylesXML = 4 << 20 // word/styles.xml, uncompressed
	maxStyles    = 4096    // styles read; later ones are ignored
	maxBasedOn   = 16      // steps up a basedOn chain; a loop ends there
)

// themeFont stands for a font taken from the document's theme
// (w:asciiTheme, w:hAnsiTheme): theme fonts are not legacy ones, so it only
// stops a legacy font from being inherited past it.
const themeFont = "(theme)"

// fonts are the fonts a run, style or default names for ASCII characters and
// for the other characters Word draws with the "high ANSI" font: Latin-1
// and the rest of the Latin letters, where legacy fonts keep their
// Vietnamese letters. "" is a slot not set at that level.
type fonts struct {
	ascii, hAnsi string
}

// fill sets the slots f has not set from g.
func (f fonts) fill(g fonts) fonts {
	if f.ascii == "" {
		f.ascii = g.ascii
	}
	if f.hAnsi == "" {
		f.hAnsi = g.hAnsi
	}
	return f
}

// rFonts reads a w:rFonts element; a theme attribute takes precedence over
// the plain one, as in Word.
func rFonts(e xml.StartElement) fonts {
	var f fonts
	var asciiTheme, hAnsiTheme bool
	for _, a := range e.Attr {
		switch a.Name.Local {
		case "ascii":
			f.ascii = a.Value
		case "hAnsi":
			f.hAnsi = a.Value
		case "asciiTheme":
			asciiTheme = true
		case "hAnsiTheme":
			hAnsiTheme = true
		}
	}
	if asciiTheme {
		f.ascii = themeFont
	}
	if hAnsiTheme {
		f.hAnsi = themeFont
	}
	return f
}

// style is what a style says of fonts.
type style struct {
	fonts   fonts
	basedOn string
}

// styleSheet is what word/styles.xml says of fonts.
type styleSheet struct {
	defaults    fonts            // docDefaults/rPrDefault
	styles      map[string]style // by w:styleId
	defaultPara string           // the paragraph style of paragraphs that name none
	defaultChar string           // the character style of runs that name none
}

// fontsOf resolves a run's fonts: its own, its character style's, its
// paragraph style's, the document's defaults.
func (s *styleSheet) fontsOf(own fonts, rStyle, pStyle string) fonts {
	if s == nil {
		return own
	}
	if _, ok := s.styles[rStyle]; !ok {
		rStyle = s.defaultChar
	}
	if _, ok := s.styles[pStyle]; !ok {
		pStyle = s.defaultPara
	}
	f := s.chain(own, rStyle)
	f = s.chain(f, pStyle)
	return f.fill(s.defaults)
}

// chain fills f's unset slots from a style and the styles it is based on.
func (s *styleSheet) chain(f fonts, id string) fonts {
	for range maxBasedOn {
		st, ok := s.styles[id]
		if !ok {
			break
		}
		f = f.fill(st.fonts)
		id = st.basedOn
	}
	return f
}

// readStyles reads the fonts of word/styles.xml. A damaged or missing style
// sheet is no reason to refuse the document: what was read is kept.
func readStyles(ctx context.Context, r io.Reader) *styleSheet {
	s := &styleSheet{styles: map[string]style{}}
	dec := xml.NewDecoder(io.LimitReader(r, maxStylesXML))
	var (
		path []string // the elements open, by local name
		cur  style
		id   string
		kind string
		def  bool
		n    int
	)
	// under reports whether the open elements end with names.
	under := func(names ...string) bool {
		if len(path) < len(names) {
			return false
		}
		for i, name := range names {
			if path[len(path)-len(names)+i] != name {
				return false
			}
		}
		return true
	}
	for {
		tok, err := dec.Token()
		if err != nil {
			return s
		}
		if n++; n%4096 == 0 && ctx.Err() != nil {
			return s
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "style" && under("styles"):
				cur, id, kind, def = style{}, attr(t, "styleId"), attr(t, "type"), isOn(attr(t, "default"))
			case name == "basedOn" && under("styles", "style"):
				cur.basedOn = attr(t, "val")
			case name == "rFonts" && under("styles", "style", "rPr"):
				cur.fonts = rFonts(t)
			case name == "rFonts" && under("docDefaults", "rPrDefault", "rPr"):
				s.defaults = rFonts(t)
			}
			path = append(path, t.Name.Local)
		case xml.EndElement:
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
			if t.Name.Local != "style" || !under("styles") || id == "" {
				continue
			}
			if _, dup := s.styles[id]; !dup && len(s.styles) < maxStyles {
				s.styles[id] = cur
			}
			switch {
			case def && kind == "paragraph" && s.defaultPara == "":
				s.defaultPara = id
			case def && kind == "character" && s.defaultChar == "":
				s.defaultChar = id
			}
		}
	}
}

// attr is the value of an element's attribute, by local name.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// isOn reads an OOXML on/off value that is present.
func isOn(v string) bool {
	return v == "1" || v == "true" || v == "on"
}
