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
	count int
	first time.Time
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

// attempt reserves an attempt for the keys before the password is checked,
// counting it as failed until succeed clears it: guesses sent in parallel
// are counted as they arrive, not after their slow checks, so at most
// maxFailures of them are ever checked in a window. It returns how long
// until the keys may try again when they may not now.
func (l *limiter) attempt(keys ...string) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if wait := l.blockedLocked(keys...); wait > 0 {
		return wait
	}
	l.failLocked(keys...)
	return 0
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
		for k, f := range l.entries {
			if now.Sub(f.first) >= window {
				delete(l.entries, k)
			}
		}
		for k := range l.entries { // still full: forget arbitrary ones
			if len(l.entries)+len(keys) <= maxEntries {
				break
			}
			delete(l.entries, k)
		}
	}
	for _, k := range keys {
		f := l.entries[k]
		if f == nil || now.Sub(f.first) >= window {
			f = &failures{first: now}
			l.entries[k] = f
		}
		f.count++
	}
}

// release gives back an attempt that attempt reserved and that succeeded,
// for keys a success must not clear (an address that others may share).
func (l *limiter) release(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		if f := l.entries[k]; f != nil && f.count > 0 {
			f.count--
		}
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
