// Package await lets tests wait on progress rather than on a clock. CI shares
// a busy machine: a burst that takes 61 s instead of 59 s must not fail a
// test. A wait goes on as long as something moves, and gives up only when
// nothing has moved for Stall, saying what is stuck.
package await

import (
	"fmt"
	"os"
	"testing"
	"time"
)

// Stall is how long nothing may move before a wait gives up: three minutes,
// or BAOCAO_TEST_STALL (a Go duration) when set.
var Stall = func() time.Duration {
	if d, err := time.ParseDuration(os.Getenv("BAOCAO_TEST_STALL")); err == nil && d > 0 {
		return d
	}
	return 3 * time.Minute
}()

// poll is how often Until asks.
const poll = 20 * time.Millisecond

// Until asks probe until it says done. probe also describes the state it
// sees; whenever that changes, the wait starts over. It fails the test when
// the state has not changed for Stall, with what was awaited and the last
// state.
func Until(tb testing.TB, what string, probe func() (done bool, state string)) {
	tb.Helper()
	last, since := "", time.Now()
	for {
		done, state := probe()
		if done {
			return
		}
		if state != last {
			last, since = state, time.Now()
		}
		if time.Since(since) > Stall {
			tb.Fatalf("waited for %s; nothing moved for %v; last: %s", what, Stall, last)
		}
		time.Sleep(poll)
	}
}

// Collect receives n values from ch. Each value is progress; it returns an
// error when none has come for Stall.
func Collect[T any](ch <-chan T, n int) ([]T, error) {
	out := make([]T, 0, n)
	timer := time.NewTimer(Stall)
	defer timer.Stop()
	for len(out) < n {
		select {
		case v := <-ch:
			out = append(out, v)
			if !timer.Stop() {
				<-timer.C
			}
			timer.Reset(Stall)
		case <-timer.C:
			return out, fmt.Errorf("got %d of %d; none came for %v", len(out), n, Stall)
		}
	}
	return out, nil
}
