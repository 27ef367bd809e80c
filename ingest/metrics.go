package ingest

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Metrics counts what the intake does, for /metrics.
type Metrics struct {
	seen, settling, queue, indexed, failed atomic.Int64

	mu                   sync.Mutex
	extractN, indexN     int64
	extractSum, indexSum time.Duration
}

func (m *Metrics) observeExtract(d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.extractN++
	m.extractSum += d
}

func (m *Metrics) observeIndex(d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.indexN++
	m.indexSum += d
}

// WritePrometheus writes the metrics in Prometheus' text format. pending is
// the number of files the journal holds as pending.
func (m *Metrics) WritePrometheus(w io.Writer, pending int) {
	gauge := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
	}
	counter := func(name, help string, v int64) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n%s %d\n", name, help, name, name, v)
	}
	gauge("baocao_intake_files_seen", "Files in the inbox at the last listing.", m.seen.Load())
	gauge("baocao_intake_files_settling", "Files waiting to keep still for the stability delay.", m.settling.Load())
	gauge("baocao_intake_files_pending", "Files the journal holds as pending.", int64(pending))
	gauge("baocao_intake_queue_depth", "Files waiting for a worker.", m.queue.Load())
	counter("baocao_intake_files_indexed_total", "Files indexed.", m.indexed.Load())
	counter("baocao_intake_files_failed_total", "Files that could not be read.", m.failed.Load())
	m.mu.Lock()
	defer m.mu.Unlock()
	summary := func(name, help string, n int64, sum time.Duration) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s summary\n%s_sum %g\n%s_count %d\n", name, help, name, name, sum.Seconds(), name, n)
	}
	summary("baocao_extract_duration_seconds", "Time to extract one file.", m.extractN, m.extractSum)
	summary("baocao_index_duration_seconds", "Time to index one file.", m.indexN, m.indexSum)
}
