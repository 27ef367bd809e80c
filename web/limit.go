package web

import (
	"sync"
	"time"
)

// limiter slows password guessing: after maxFailures failed logins within
// window, from one address or for one user name, further attempts are refused
// until the window has passed since the first failure. It forgets old entries
// and holds at most maxEntries, so a flood of names cannot grow it.
type limiter struct {
	mu      sync.Mutex
	now     func() time.Time
	entries map[string]*failures
}

type failures struct {
	count   int
	pending int // attempts being checked now
	first   time.Time
}

const (
	maxFailures = 5
	window      = 15 * time.Minute
	maxEntries  = 10_000
)

func newLimiter(now func() time.Time) *limiter {
	return &limiter{now: now, entries: map[string]*failures{}}
}

// blocked returns how long until any of the keys may try again, or 0.
func (l *limiter) blocked(keys ...string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.blockedLocked(keys...)
}

func (l *limiter) blockedLocked(keys ...string) time.Duration {
	now := l.now()
	var wait time.Duration
	for _, k := range keys {
		f := l.entries[k]
		if f == nil {
			continue
		}
		if now.Sub(f.first) >= window {
			delete(l.entries, k)
			continue
		}
		if f.count >= maxFailures {
			wait = max(wait, window-now.Sub(f.first))
		}
	}
	return wait
}

// attempt reserves an attempt for the keys before the password is checked:
// guesses sent in parallel are counted as they arrive, not after their slow
// checks, so that no more than maxFailures are ever being checked or failed
// in a window. It returns how long until the keys may try again when they
// may not now: the rest of the window after maxFailures failures, a second
// when only attempts still being checked fill it. finish ends the attempt.
func (l *limiter) attempt(keys ...string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if wait := l.blockedLocked(keys...); wait > 0 {
		return wait
	}
	for _, k := range keys {
		if f := l.entries[k]; f != nil && f.count+f.pending >= maxFailures {
			return time.Second
		}
	}
	if len(l.entries)+len(keys) > maxEntries {
		l.pruneLocked(len(keys))
	}
	for _, k := range keys {
		f := l.entries[k]
		if f == nil {
			f = &failures{first: l.now()}
			l.entries[k] = f
		}
		f.pending++
	}
	return 0
}

// finish ends an attempt that attempt reserved, counting it as a failure
// when it failed.
func (l *limiter) finish(failed bool, keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		if f := l.entries[k]; f != nil && f.pending > 0 {
			f.pending--
		}
	}
	if failed {
		l.failLocked(keys...)
	}
}

// fail counts a failed attempt against each key.
func (l *limiter) fail(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failLocked(keys...)
}

func (l *limiter) failLocked(keys ...string) {
	now := l.now()
	if len(l.entries)+len(keys) > maxEntries {
		l.pruneLocked(len(keys))
	}
	for _, k := range keys {
		f := l.entries[k]
		if f == nil || now.Sub(f.first) >= window {
			f = &failures{first: now, pending: pendingOf(f)}
			l.entries[k] = f
		}
		f.count++
	}
}

func pendingOf(f *failures) int {
	if f == nil {
		return 0
	}
	return f.pending
}

// pruneLocked makes room for n entries: it forgets those past their window,
// then, still full, arbitrary ones.
func (l *limiter) pruneLocked(n int) {
	now := l.now()
	for k, f := range l.entries {
		if now.Sub(f.first) >= window && f.pending == 0 {
			delete(l.entries, k)
		}
	}
	for k := range l.entries {
		if len(l.entries)+n <= maxEntries {
			break
		}
		delete(l.entries, k)
	}
}

// succeed clears the keys' failures.
func (l *limiter) succeed(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		delete(l.entries, k)
	}
}
