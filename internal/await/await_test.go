package await

import (
	"fmt"
	"testing"
	"time"
)

// TestCollectWaitsAsLongAsValuesCome: a slow but steady producer is never
// cut off, however long it takes in all; a silent one is, after Stall.
func TestCollectWaitsAsLongAsValuesCome(t *testing.T) {
	defer func(s time.Duration) { Stall = s }(Stall)
	Stall = 100 * time.Millisecond
	ch := make(chan int)
	go func() {
		for i := 0; i < 6; i++ {
			time.Sleep(40 * time.Millisecond) // 240 ms in all, more than Stall
			ch <- i
		}
	}()
	got, err := Collect(ch, 6)
	if err != nil || len(got) != 6 {
		t.Fatalf("a steady producer: got %v, %v", got, err)
	}
	if _, err := Collect(make(chan int), 1); err == nil {
		t.Fatal("a silent producer: no error")
	}
}

// TestUntilStartsOverWhenTheStateMoves: a probe whose state keeps changing
// is waited on past Stall.
func TestUntilStartsOverWhenTheStateMoves(t *testing.T) {
	defer func(s time.Duration) { Stall = s }(Stall)
	Stall = 100 * time.Millisecond
	start := time.Now()
	Until(t, "a moving state", func() (bool, string) {
		e := time.Since(start)
		return e > 300*time.Millisecond, fmt.Sprint(e / (50 * time.Millisecond))
	})
	if time.Since(start) < 300*time.Millisecond {
		t.Fatal("returned before done")
	}
}
