package main

import "testing"

// A -json result with a test variant repeating a diagnostic, an invalid
// code (never has a fix) and a magic code whose constant cannot be imported.
const sample = `{
 "example.com/m": {"statuscode": [
  {"posn": "/m/a.go:3:1", "category": "http", "message": "magic HTTP status 404 ...", "suggested_fixes": [{"message": "Use http.StatusNotFound"}]},
  {"posn": "/m/a.go:4:1", "category": "invalid", "message": "invalid HTTP status 1000 ..."},
  {"posn": "/m/a.go:5:1", "category": "websocket", "message": "magic WebSocket close code 1000 ...; use websocket.CloseNormalClosure"}
 ]},
 "example.com/m [example.com/m.test]": {"statuscode": [
  {"posn": "/m/a.go:3:1", "category": "http", "message": "magic HTTP status 404 ...", "suggested_fixes": [{"message": "Use http.StatusNotFound"}]}
 ]},
 "example.com/m/broken": {"statuscode": {"error": "boom"}}
}`

func TestParseCounts(t *testing.T) {
	f, err := parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Diags) != 3 {
		t.Errorf("got %d diagnostics, want 3 (deduplicated)", len(f.Diags))
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"http", f.count("http"), 1},
		{"websocket", f.count("websocket"), 1},
		{"invalid", f.count("invalid"), 1},
		{"fixable", f.fixable(), 1},
		{"magic without a fix", f.magicNoFix(), 1},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.what, c.got, c.want)
		}
	}
	if len(f.Errors) != 1 || f.Errors[0] != "example.com/m/broken: boom" {
		t.Errorf("errors: got %q", f.Errors)
	}
}
