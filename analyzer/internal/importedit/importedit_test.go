package importedit

import "testing"

func TestInternalRoot(t *testing.T) {
	for _, tc := range []struct {
		path string
		want int
	}{
		{"net/http", -1},
		{"internal/poll", 0},
		{"internal", 0},
		{"example.com/a/internal", len("example.com/a")},
		{"example.com/a/internal/b", len("example.com/a")},
		{"example.com/a/internal/b/internal/c", len("example.com/a/internal/b")},
		{"example.com/internals", -1},
	} {
		if got := internalRoot(tc.path); got != tc.want {
			t.Errorf("internalRoot(%q) = %d, want %d", tc.path, got, tc.want)
		}
	}
}
