package web

import (
	"path/filepath"
	"testing"
	"time"
)

func TestUsersAddedByAnotherProcessCanLogIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "users.json")
	served, _ := OpenUsers(path) // what `baocao run` holds
	if served.Len() != 0 {
		t.Fatal("users in a new file")
	}
	other, _ := OpenUsers(path) // `baocao user add`, meanwhile
	if err := other.Add("quan", Admin, "mật-khẩu-dài"); err != nil {
		t.Fatal(err)
	}
	served.mu.Lock()
	served.checked = time.Time{} // a moment later
	served.mu.Unlock()
	if u, ok := served.Authenticate("quan", "mật-khẩu-dài"); !ok || u.Role != Admin {
		t.Fatalf("the new user cannot log in: %+v %v", u, ok)
	}
	// A user added here at once keeps the one just added there.
	if err := other.Add("mai", Analyst, "mật-khẩu-mai"); err != nil {
		t.Fatal(err)
	}
	if err := served.Add("lan", Analyst, "mật-khẩu-lan"); err != nil {
		t.Fatal(err)
	}
	again, _ := OpenUsers(path)
	if _, ok := again.Get("mai"); !ok || again.Len() != 3 {
		t.Errorf("%d users in the file, want 3 with mai", again.Len())
	}
}
