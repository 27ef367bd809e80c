// Package web serves the analysts' pages and the HTTP API: search, a record,
// the findings, the intake, downloads and uploads, behind a login. It turns
// errors into HTTP statuses and decides what a user may see.
package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Role is what a user may do: analysts read, admins also re-ingest and upload.
type Role string

// The roles.
const (
	Analyst Role = "analyst"
	Admin   Role = "admin"
)

// ParseRole checks a role's name.
func ParseRole(s string) (Role, error) {
	switch Role(s) {
	case Analyst, Admin:
		return Role(s), nil
	}
	return "", fmt.Errorf("web: unknown role %q (want analyst or admin)", s)
}

// User is a person who may log in.
type User struct {
	Name    string    `json:"name"`
	Role    Role      `json:"role"`
	Hash    []byte    `json:"hash"` // bcrypt
	Created time.Time `json:"created"`
}

// May reports whether the user's role allows what needs role.
func (u User) May(role Role) bool { return role == Analyst || u.Role == Admin }

// Users is the file of users in the data directory, read at start and
// rewritten atomically when a user is added. A change made by another
// process (`baocao user add` while `baocao run` serves) is read within
// usersRefresh.
type Users struct {
	path  string
	mu    sync.RWMutex
	users map[string]User
	// what the file was when last read, and when it was last looked at
	mtime   time.Time
	size    int64
	checked time.Time
}

const usersRefresh = time.Second

// ErrNoUsers says that nobody can log in yet.
var ErrNoUsers = errors.New("web: no users (add one with: baocao user add --role admin NAME)")

var validName = regexp.MustCompile(`^[\p{L}\p{N}._@-]{1,64}$`)

// MinPassword is the shortest password accepted.
const MinPassword = 8

// bcryptCost is bcrypt's default: about 50 ms a check on the office server,
// slow enough against guessing, quick enough for a login.
const bcryptCost = bcrypt.DefaultCost

// OpenUsers reads the users file at path; a missing file is no users.
func OpenUsers(path string) (*Users, error) {
	u := &Users{path: path, users: map[string]User{}, checked: time.Now()}
	users, mtime, size, err := readUsers(path)
	if err != nil {
		return nil, err
	}
	u.users, u.mtime, u.size = users, mtime, size
	return u, nil
}

// readUsers reads the users file; a missing file is no users.
func readUsers(path string) (map[string]User, time.Time, int64, error) {
	users := map[string]User{}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return users, time.Time{}, 0, nil
	}
	if err != nil {
		return nil, time.Time{}, 0, fmt.Errorf("web: read users: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, 0, fmt.Errorf("web: read users: %w", err)
	}
	var list []User
	if err := json.NewDecoder(io.LimitReader(f, 16<<20)).Decode(&list); err != nil {
		return nil, time.Time{}, 0, fmt.Errorf("web: read users %s: %w", path, err)
	}
	for _, x := range list {
		users[x.Name] = x
	}
	return users, st.ModTime(), st.Size(), nil
}

// refresh reads the file again when another process changed it, looking at
// most every usersRefresh. A file that does not read keeps the users known.
func (u *Users) refresh() {
	u.mu.RLock()
	fresh := time.Since(u.checked) < usersRefresh
	u.mu.RUnlock()
	if fresh {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if time.Since(u.checked) < usersRefresh {
		return
	}
	u.checked = time.Now()
	u.reloadLocked()
}

// reloadLocked reads the file again if it changed since it was read; u.mu
// is held.
func (u *Users) reloadLocked() {
	st, err := os.Stat(u.path)
	if err != nil || st.ModTime().Equal(u.mtime) && st.Size() == u.size {
		return
	}
	if users, mtime, size, err := readUsers(u.path); err == nil {
		u.users, u.mtime, u.size = users, mtime, size
	}
}

// Add creates the user, or changes the role and password of one who exists.
func (u *Users) Add(name string, role Role, password string) error {
	if !validName.MatchString(name) {
		return fmt.Errorf("web: user name %q: use letters, digits, dot, dash, underscore or @, at most 64", name)
	}
	if _, err := ParseRole(string(role)); err != nil {
		return err
	}
	if len([]rune(password)) < MinPassword {
		return fmt.Errorf("web: password too short (at least %d characters)", MinPassword)
	}
	if len(password) > 72 {
		return errors.New("web: password too long (bcrypt reads at most 72 bytes)")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcryptCost)
	if err != nil {
		return fmt.Errorf("web: hash password: %w", err)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.reloadLocked() // keep the users another process added
	created := time.Now().UTC()
	if old, ok := u.users[name]; ok {
		created = old.Created
	}
	next := maps(u.users)
	next[name] = User{Name: name, Role: role, Hash: hash, Created: created}
	if err := u.save(next); err != nil {
		return err
	}
	u.users = next
	if st, err := os.Stat(u.path); err == nil {
		u.mtime, u.size = st.ModTime(), st.Size()
	}
	return nil
}

func maps(m map[string]User) map[string]User {
	out := make(map[string]User, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

// save writes the users atomically: temp file, fsync, rename.
func (u *Users) save(users map[string]User) error {
	list := make([]User, 0, len(users))
	for _, x := range users {
		list = append(list, x)
	}
	slices.SortFunc(list, func(a, b User) int {
		if a.Name < b.Name {
			return -1
		}
		return 1
	})
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(u.path), 0o700); err != nil {
		return fmt.Errorf("web: save users: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(u.path), ".users-*.tmp")
	if err != nil {
		return fmt.Errorf("web: save users: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), u.path)
	}
	if err != nil {
		return fmt.Errorf("web: save users: %w", err)
	}
	return nil
}

// Len is the number of users.
func (u *Users) Len() int {
	u.refresh()
	u.mu.RLock()
	defer u.mu.RUnlock()
	return len(u.users)
}

// Get returns the user of that name.
func (u *Users) Get(name string) (User, bool) {
	u.refresh()
	u.mu.RLock()
	defer u.mu.RUnlock()
	x, ok := u.users[name]
	return x, ok
}

// dummyHash makes a check for an unknown user cost what a real one costs, so
// that timing does not tell which names exist. It is made on first use, not
// when the program starts: every command of the binary would pay for it.
var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("no such user, no such password"), bcryptCost)
	return h
})

// Authenticate checks a name and password.
func (u *Users) Authenticate(name, password string) (User, bool) {
	x, ok := u.Get(name)
	hash := x.Hash
	if !ok {
		hash = dummyHash()
	}
	if bcrypt.CompareHashAndPassword(hash, []byte(password)) != nil || !ok {
		return User{}, false
	}
	return x, true
}
