package web

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"time"

	"baocao"
	"baocao/check"
)

// The findings are computed over the whole index (check.Run walks every
// record), too slow to do for each request, so one computation is shared:
//
//   - A request within findingsFresh of the last look takes the findings as
//     they are.
//   - Later, one request looks whether anything changed: the sums over the
//     whole index (records, members present and expected), the list of failed
//     files (its size and time), the roster in use. Unchanged, the findings
//     are kept, up to findingsMaxAge, after which they are computed again
//     anyway (an edit that keeps every sum equal shows within that time).
//   - Only one request computes at a time; the others take the previous
//     findings meanwhile, or wait for the first ones.
//
// Memory is bounded: at most maxFindings findings and the rule marks of the
// records they name are kept; beyond, only the counts are, and the API
// streams the findings from the index instead.
const (
	findingsFresh  = 3 * time.Second
	findingsMaxAge = time.Minute
	maxFindings    = 100_000
	findingsTime   = 2 * time.Minute // longest computation
)

// rosterInUse is the roster the checks use, and where it came from; a new
// roster is a new value, so the findings' fingerprint tells it apart.
type rosterInUse struct {
	units check.Roster
	name  string
}

// findingSet is one computation of the findings.
type findingSet struct {
	at   time.Time
	mark fingerprint
	// all holds every finding in check.Run's order; nil when partial.
	all     []check.Finding
	partial bool
	// byRecord marks, per record ID, the record rules it breaks (bit i is
	// rules[i]); records counts the records with a finding of each rule.
	byRecord    map[string]uint32
	records     map[string]int
	byRule      map[string]int            // findings per rule
	byParent    map[string]map[string]int // findings per parent unit (its key) and rule
	parentNames baocao.UnitTally          // the parent units' names, a committee and its organisation as one
	missing     []check.Unit              // roster units without a report
	agg         baocao.Aggregates         // the whole index, for the search page
	roster      *rosterInUse
}

// rulesOf returns the marks of the record's rules.
func (f *findingSet) rulesOf(id string) uint32 { return f.byRecord[id] }

// fingerprint is what tells cheaply that the findings may have changed.
type fingerprint struct {
	total  baocao.Bucket
	failed time.Time
	size   int64
	roster *rosterInUse
}

type findingsCache struct {
	s       *Server
	lock    chan struct{} // held by the request that looks or computes
	cur     atomic.Pointer[findingSet]
	checked atomic.Int64 // unix nanoseconds of the last look
}

func newFindingsCache(s *Server) *findingsCache {
	return &findingsCache{s: s, lock: make(chan struct{}, 1)}
}

// invalidate makes the next request look again (a new roster).
func (c *findingsCache) invalidate() { c.checked.Store(0) }

// get returns the findings, computed at most findingsFresh ago or
// confirmed unchanged since.
func (c *findingsCache) get(ctx context.Context) (*findingSet, error) {
	now := c.s.cfg.Now()
	cur := c.cur.Load()
	if cur != nil && now.Sub(time.Unix(0, c.checked.Load())) < findingsFresh {
		return cur, nil
	}
	select {
	case c.lock <- struct{}{}:
	default:
		if cur != nil {
			return cur, nil // someone is looking: the last findings will do
		}
		select {
		case c.lock <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	defer func() { <-c.lock }()
	if cur = c.cur.Load(); cur != nil && now.Sub(time.Unix(0, c.checked.Load())) < findingsFresh {
		return cur, nil // computed while this request waited
	}
	fp, agg, err := c.look(ctx)
	if err != nil {
		return nil, err
	}
	if cur != nil && fp == cur.mark && now.Sub(cur.at) < findingsMaxAge {
		c.checked.Store(now.UnixNano())
		return cur, nil
	}
	ctx, cancel := context.WithTimeout(ctx, findingsTime)
	defer cancel()
	next, err := c.compute(ctx, fp, agg)
	if err != nil {
		return nil, err
	}
	next.at = now
	c.cur.Store(next)
	c.checked.Store(now.UnixNano())
	return next, nil
}

func (c *findingsCache) failedPath() string { return filepath.Join(c.s.cfg.Data, "failed.txt") }

// look takes the fingerprint, and the sums it comes from.
func (c *findingsCache) look(ctx context.Context) (fingerprint, baocao.Aggregates, error) {
	agg, err := c.s.cfg.Index.Aggregate(ctx, baocao.Query{})
	if err != nil {
		return fingerprint{}, agg, err
	}
	fp := fingerprint{total: agg.Total, roster: c.s.roster.Load()}
	if st, err := os.Stat(c.failedPath()); err == nil {
		fp.failed, fp.size = st.ModTime(), st.Size()
	}
	return fp, agg, nil
}

func (c *findingsCache) compute(ctx context.Context, fp fingerprint, agg baocao.Aggregates) (*findingSet, error) {
	f := &findingSet{
		mark: fp, agg: agg, roster: fp.roster, all: []check.Finding{},
		byRecord: map[string]uint32{}, records: map[string]int{}, byRule: map[string]int{}, byParent: map[string]map[string]int{},
	}
	// The parents are named as the index names them (by the most records),
	// so that the check page, the search page and the summary agree.
	for _, b := range agg.ByParent {
		f.parentNames.Add(b.Key, b.Records)
	}
	kept := 0
	err := check.Run(ctx, c.s.cfg.Index, c.s.cfg.Rules, fp.roster.units, c.failedPath(), func(x check.Finding) error {
		f.byRule[x.Rule]++
		if x.Rule != check.MissingReport && x.Rule != check.UnreadableFile {
			key := f.parentNames.Add(x.ParentUnit, 0)
			p := f.byParent[key]
			if p == nil {
				p = map[string]int{}
				f.byParent[key] = p
			}
			p[x.Rule]++
		}
		if x.Rule == check.MissingReport && len(f.missing) < maxFindings {
			f.missing = append(f.missing, check.Unit{Unit: x.Unit, ParentUnit: x.ParentUnit})
		}
		if kept++; kept > maxFindings {
			f.partial, f.all, f.byRecord, f.records = true, nil, nil, nil
		}
		if f.partial {
			return nil
		}
		f.all = append(f.all, x)
		if i := ruleIndex(x.Rule); i >= 0 && x.RecordID != "" {
			if f.byRecord[x.RecordID]&(1<<i) == 0 {
				f.records[x.Rule]++
			}
			f.byRecord[x.RecordID] |= 1 << i
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if f.partial {
		c.s.log.Warn("too many findings to keep; the finding filter is off", "findings", kept, "kept", maxFindings)
	}
	return f, nil
}

// parentRow is one parent unit's findings, for the check page.
type parentRow struct {
	Parent string
	Total  int
	Rules  []ruleCount
}

type ruleCount struct {
	Rule  string
	Count int
}

// parents lists the findings by parent unit, most findings first.
func (f *findingSet) parents() []parentRow {
	out := make([]parentRow, 0, len(f.byParent))
	for key, m := range f.byParent {
		row := parentRow{Parent: f.parentNames.Name(key)}
		for _, r := range rules {
			if n := m[r.name]; n > 0 {
				row.Total += n
				row.Rules = append(row.Rules, ruleCount{r.name, n})
			}
		}
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Total != out[j].Total {
			return out[i].Total > out[j].Total
		}
		return out[i].Parent < out[j].Parent
	})
	return out
}
