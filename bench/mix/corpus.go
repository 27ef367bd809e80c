package mix

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Manifest describes a corpus written by Write; it is kept as manifest.json
// at the corpus's root, and a corpus whose manifest matches is not written
// again.
type Manifest struct {
	Files   int            `json:"files"`
	Samples string         `json:"samples"` // a hash of the samples' contents
	Kinds   map[string]Dir `json:"kinds"`
}

// Dir is one kind's folder in a corpus.
type Dir struct {
	Path  string `json:"path"` // relative to the corpus root
	Files int    `json:"files"`
	Bytes int64  `json:"bytes"`
}

// Folder is where a kind's files go in a corpus: text-layer kinds under
// text/, so that one command can take them all, scans apart.
func (k Kind) Folder() string {
	if k.Text {
		return filepath.Join("text", k.Name)
	}
	return k.Name
}

// Write makes a corpus of n files under dir, as Plan lays it out, each file
// a unique copy of its sample named NNNNN-sample-name. It leaves an existing
// corpus with the same manifest as it is.
func Write(samples, dir string, n int) (Manifest, error) {
	plan, err := Plan(samples, n, nil)
	if err != nil {
		return Manifest{}, err
	}
	sum, err := fingerprint(plan)
	if err != nil {
		return Manifest{}, err
	}
	var old Manifest
	if b, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil && json.Unmarshal(b, &old) == nil &&
		old.Files == n && old.Samples == sum {
		return old, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return Manifest{}, err
	}
	m := Manifest{Files: n, Samples: sum, Kinds: map[string]Dir{}}
	cache := map[string][]byte{}
	for _, e := range plan {
		data, ok := cache[e.Sample]
		if !ok {
			if data, err = os.ReadFile(e.Sample); err != nil {
				return Manifest{}, err
			}
			cache[e.Sample] = data
		}
		out, err := Unique(data, e.Copy)
		if err != nil {
			return Manifest{}, fmt.Errorf("%s: %w", e.Sample, err)
		}
		d := m.Kinds[e.Kind.Name]
		d.Path = e.Kind.Folder()
		path := filepath.Join(dir, d.Path, fmt.Sprintf("%05d-%s", e.Copy, filepath.Base(e.Sample)))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return Manifest{}, err
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return Manifest{}, err
		}
		d.Files++
		d.Bytes += int64(len(out))
		m.Kinds[e.Kind.Name] = d
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	// The manifest last: a corpus cut short by a crash has none and is rebuilt.
	return m, os.WriteFile(filepath.Join(dir, "manifest.json"), append(b, '\n'), 0o644)
}

// fingerprint hashes the plan and the contents of the samples it uses.
func fingerprint(plan []Entry) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "unique v1\n") // bump when Unique changes
	seen := map[string]bool{}
	for _, e := range plan {
		fmt.Fprintf(h, "%s %s %d\n", e.Kind.Folder(), filepath.Base(e.Sample), e.Copy)
		if seen[e.Sample] {
			continue
		}
		seen[e.Sample] = true
		data, err := os.ReadFile(e.Sample)
		if err != nil {
			return "", err
		}
		s := sha256.Sum256(data)
		h.Write(s[:])
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
