package main

import (
	"context"
	"os"
	"runtime/debug"
	"sync"

	"baocao"
)

// bulkIndex is an index that writes many files in one go (the embedded
// index); any other index gets one PutFile per file.
type bulkIndex interface {
	PutFiles(ctx context.Context, files []baocao.IndexedFile) error
}

// Limits of one group of files written together: enough to spare the index a
// segment and a sync per file, little enough that memory does not grow with
// the number or the size of the files.
const (
	groupFiles   = 100
	groupRecords = 1000
	groupBytes   = 16 << 20 // of text
)

// writer writes extracted files to the index. To the embedded index it
// writes from one goroutine, in groups, while the workers go on extracting;
// to any other (Elasticsearch refreshes after each file) each worker writes
// its own file at once. A file whose content was already written in this
// run counts as unchanged, as it would have had it been written before
// being looked up.
type writer struct {
	ix   baocao.Index
	bulk bulkIndex // nil: one PutFile per file, from the workers
	in   chan baocao.IndexedFile
	done chan struct{}

	mu   sync.Mutex // guards what follows while workers write
	seen map[string]bool
	// With bulk, set by the loop and read after done is closed.
	err                        error
	indexed, records, repeated int
}

func newWriter(ctx context.Context, ix baocao.Index) *writer {
	w := &writer{ix: ix, seen: map[string]bool{}}
	if s, ok := ix.(*served); ok {
		ix = s.Index
	}
	if w.bulk, _ = ix.(bulkIndex); w.bulk != nil {
		w.in, w.done = make(chan baocao.IndexedFile), make(chan struct{})
		go w.loop(ctx)
	}
	return w
}

// add hands a file to the writer; it waits while the writer is busy, and
// returns the writer's error once it has failed.
func (w *writer) add(ctx context.Context, f baocao.IndexedFile) error {
	if w.bulk == nil {
		return w.put(ctx, f)
	}
	select {
	case w.in <- f:
		return nil
	case <-w.done:
		return baocao.Errorf(baocao.EINTERNAL, "Lỗi chỉ mục.", w.err)
	case <-ctx.Done():
		return ctx.Err()
	}
}

// put writes one file now, from the worker that read it.
func (w *writer) put(ctx context.Context, f baocao.IndexedFile) error {
	w.mu.Lock()
	seen := w.seen[f.SHA256]
	w.seen[f.SHA256] = true
	if seen {
		w.repeated++
	}
	w.mu.Unlock()
	if seen {
		return nil
	}
	if err := w.ix.PutFile(ctx, f); err != nil {
		return baocao.Errorf(baocao.EINTERNAL, "Lỗi chỉ mục.", err)
	}
	w.mu.Lock()
	w.indexed++
	w.records += len(f.Records)
	w.mu.Unlock()
	return nil
}

// close writes what is left and says how many files and records were
// written, how many files repeated one written before, and the first error
// of the goroutine that writes groups.
func (w *writer) close() (indexed, records, repeated int, err error) {
	if w.bulk != nil {
		close(w.in)
		<-w.done
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.indexed, w.records, w.repeated, w.err
}

func (w *writer) loop(ctx context.Context) {
	defer close(w.done)
	seen := w.seen
	var group []baocao.IndexedFile
	size, records := 0, 0
	write := func() error {
		if len(group) == 0 {
			return nil
		}
		if err := w.bulk.PutFiles(ctx, group); err != nil {
			return err
		}
		for _, f := range group {
			w.indexed++
			w.records += len(f.Records)
		}
		clear(group) // let the texts go
		group, size, records = group[:0], 0, 0
		return nil
	}
	for f := range w.in {
		if seen[f.SHA256] {
			w.repeated++
			continue
		}
		seen[f.SHA256] = true
		group = append(group, f)
		size += len(f.Text)
		records += len(f.Records)
		if len(group) >= groupFiles || records >= groupRecords || size >= groupBytes {
			if w.err = write(); w.err != nil {
				return
			}
		}
	}
	w.err = write()
}

// bigFile is the size from which a file is read alone: a roll-up of 20,000
// rows is 0.7 MB of .xlsx and takes some 150 MB to read, so two read side by
// side would pass the 300 MB that ingesting may take.
const bigFile = 512 << 10

// gate lets the workers read small files side by side and a big one alone.
type gate struct {
	mu      sync.Mutex
	cond    *sync.Cond
	free    int // worker slots not taken
	all     int
	waiting int // big files waiting for every slot
}

func newGate(slots int) *gate {
	g := &gate{free: slots, all: slots}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// enter waits for the slots the file needs and says how many it took. A
// file that cannot be looked at takes one: reading it will say what is wrong.
func (g *gate) enter(path string) int {
	n := 1
	if fi, err := os.Stat(path); err == nil && fi.Size() >= bigFile {
		n = g.all
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if n > 1 {
		g.waiting++
		for g.free < n {
			g.cond.Wait()
		}
		g.waiting--
	} else {
		for g.free < 1 || g.waiting > 0 { // a big file waiting goes first
			g.cond.Wait()
		}
	}
	g.free -= n
	return n
}

func (g *gate) leave(n int) {
	g.mu.Lock()
	g.free += n
	g.mu.Unlock()
	g.cond.Broadcast()
}

// memoryLimit is the Go memory that ingesting aims to stay under, a soft
// limit: the collector works harder near it instead of letting the heap grow
// to twice what is live. Ingesting may take 300 MB in all; the index files
// Bleve maps into memory, and the program itself, take the rest.
const memoryLimit = 200 << 20

// limitMemory sets memoryLimit, unless GOMEMLIMIT sets another.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
