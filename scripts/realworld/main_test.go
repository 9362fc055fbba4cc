package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// A -json result with a test variant repeating a diagnostic, an invalid
// code (never has a fix), a magic code whose constant cannot be imported,
// and three flow findings (one per kind of path) with their hops; the
// direct one at a.go:6 has parentheses of its own in its code text.
const sample = `{
 "example.com/m": {"statuscode": [
  {"posn": "/m/a.go:3:1", "category": "http", "message": "magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound", "suggested_fixes": [{"message": "Use http.StatusNotFound"}]},
  {"posn": "/m/a.go:4:1", "category": "invalid", "message": "invalid HTTP status 1000 ..."},
  {"posn": "/m/a.go:5:1", "category": "websocket", "message": "magic WebSocket close code 1000 ...; use websocket.CloseNormalClosure"},
  {"posn": "/m/a.go:6:1", "category": "http", "message": "magic HTTP status 0x1f4 (500) in http.Error call; use http.StatusInternalServerError", "suggested_fixes": [{"message": "Use http.StatusInternalServerError"}]},
  {"posn": "/m/b.go:7:2", "category": "http", "message": "magic HTTP status 0x1f4 (500) passed to respondJSON (reaches http.ResponseWriter.WriteHeader); use http.StatusInternalServerError", "suggested_fixes": [{"message": "Use http.StatusInternalServerError"}],
   "related": [{"posn": "/m/b.go:20:3", "message": "code passed to httpx.JSON"}, {"posn": "/m/b.go:20:3", "message": "httpx.JSON (package example.com/m/httpx) reaches http.ResponseWriter.WriteHeader"}]}
 ]},
 "example.com/m [example.com/m.test]": {"statuscode": [
  {"posn": "/m/a.go:3:1", "category": "http", "message": "magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound", "suggested_fixes": [{"message": "Use http.StatusNotFound"}]},
  {"posn": "/m/a_test.go:8:9", "category": "http", "message": "magic HTTP status 404 stored in want (compared with httptest.ResponseRecorder.Code); use http.StatusNotFound", "suggested_fixes": [{"message": "Use http.StatusNotFound"}],
   "related": [{"posn": "/m/a_test.go:30:5", "message": "want compared with httptest.ResponseRecorder.Code"}]},
  {"posn": "/m/a_test.go:9:9", "category": "http", "message": "magic HTTP status 200 compared with got (holds httptest.ResponseRecorder.Code); use http.StatusOK", "suggested_fixes": [{"message": "Use http.StatusOK"}],
   "related": [{"posn": "/m/a_test.go:2:5", "message": "got holds httptest.ResponseRecorder.Code"}, {"posn": "/m/a_test.go:3:5", "message": "second hop"}]}
 ]},
 "example.com/m/broken": {"statuscode": {"error": "boom"}}
}`

func TestParseCounts(t *testing.T) {
	f, err := parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	flow, cross := f.flows()
	if len(f.Diags) != 7 {
		t.Errorf("got %d diagnostics, want 7 (deduplicated)", len(f.Diags))
	}
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"http", f.count("http"), 5},
		{"websocket", f.count("websocket"), 1},
		{"invalid", f.count("invalid"), 1},
		{"flow", flow, 3},
		{"cross-package", cross, 1},
		{"fixable", f.fixable(), 5},
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

func TestKind(t *testing.T) {
	for msg, want := range map[string]string{
		"magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound":                                       "direct",
		"magic HTTP status 0x1f4 (500) in http.Error call; use http.StatusInternalServerError":                                         "direct",
		"magic HTTP status 200 compared with httptest.ResponseRecorder.Code; use http.StatusOK":                                        "direct",
		"invalid HTTP status 1000 in http.ResponseWriter.WriteHeader call: net/http panics":                                            "direct",
		"magic HTTP status 404 passed to respondJSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound":               "flow",
		"magic HTTP status 0x194 (404) returned by statusFor (reaches http.Error); use http.StatusNotFound":                            "flow",
		"magic HTTP status 404 stored in want (compared with httptest.ResponseRecorder.Code); use http.StatusNotFound":                 "flow",
		"magic HTTP status 200 compared with got (holds httptest.ResponseRecorder.Code); use http.StatusOK":                            "flow",
		"magic HTTP status 404 stored in Problem.Status (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound":            "flow",
		"magic WebSocket close code 1000 passed to closeWith (reaches websocket.FormatCloseMessage); use websocket.CloseNormalClosure": "flow",
	} {
		if got := (diag{Message: msg}).kind(); got != want {
			t.Errorf("kind(%q) = %s, want %s", msg, got, want)
		}
	}
	d := diag{
		Message: "magic HTTP status 404 passed to httpx.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound",
		Related: []related{{Message: "httpx.JSON (package example.com/m/httpx) reaches http.ResponseWriter.WriteHeader"}},
	}
	if got := d.kind(); got != "cross" {
		t.Errorf("kind of a path through another package = %s, want cross", got)
	}
}

func TestFindingsText(t *testing.T) {
	f, err := parse([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(findingsText("/m", f)), "\n"), "\n")
	want := []string{
		"a.go:3:1\tdirect\thttp\tfix\tmagic HTTP status 404",
		"a.go:4:1\tdirect\tinvalid\tnofix\t",
		"a.go:5:1\tdirect\twebsocket\tnofix\t",
		"a.go:6:1\tdirect\thttp\tfix\t",
		"a_test.go:8:9\tflow\thttp\tfix\t",
		"a_test.go:9:9\tflow\thttp\tfix\tmagic HTTP status 200 compared with got (holds httptest.ResponseRecorder.Code); use http.StatusOK\ta_test.go:2:5 got holds httptest.ResponseRecorder.Code | a_test.go:3:5 second hop",
		"b.go:7:2\tcross\thttp\tfix\t",
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), strings.Join(lines, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d:\n got %q\nwant prefix %q", i+1, lines[i], w)
		}
	}
	if strings.Count(lines[0], "\t") != 4 {
		t.Errorf("a direct finding has no hops column: %q", lines[0])
	}
}

func TestRow(t *testing.T) {
	r := result{Packages: 3, Direct: 4, Flow: 2, HTTP: 5, WebSocket: 0, Invalid: 1, Fixed: 5, AnalyzerErrors: 0}
	got := r.row("example.com/m", "v1.0.0", "ok", "pre", "2s")
	want := "| example.com/m | v1.0.0 | 3 | 4 | 2 | 0 | 5 | 0 | 1 | 0 | 5 | 0 | ok | pre | 0 | 2s |"
	if got != want {
		t.Errorf("row:\n got %s\nwant %s", got, want)
	}
	header := strings.Split(tableHeader, "\n")
	if n, m := strings.Count(header[0], "|"), strings.Count(header[1], "|"); n != m || n != strings.Count(got, "|") {
		t.Errorf("header has %d and %d separators, a row %d", n, m, strings.Count(got, "|"))
	}
}

func TestPosnLess(t *testing.T) {
	in := []string{"b.go:1:1", "a.go:10:2", "a.go:9:30", "a.go:10:1", "a.go:9"}
	sort.Slice(in, func(i, j int) bool { return posnLess(in[i], in[j]) })
	want := "a.go:9 a.go:9:30 a.go:10:1 a.go:10:2 b.go:1:1"
	if got := strings.Join(in, " "); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestAudit(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n\tcode := 200\n\t_ = code\n\t_ = 299\n\t_ = 1000\n}\n")
	write("ws.go", "package a\n\nimport \"github.com/gorilla/websocket\"\n\nvar _ = websocket.FormatCloseMessage(1000, \"\")\nvar _ = 404\n")
	write("plain.go", "package a\n\nvar n = 200\n")
	write("consts.go", "package a\n\nimport \"net/http\"\n\nvar _ = http.Error\n\nconst (\n\tStatusOK = 200\n\tlimit = 404\n)\n")
	write("gen.go", "// Code generated by x. DO NOT EDIT.\n\npackage a\n\nimport \"net/http\"\n\nvar _ = http.Error\nvar _ = 500\n")
	write("tagged.go", "//go:build integration\n\npackage a\n\nimport \"net/http\"\n\nvar _ = http.Error\nvar _ = 500\n")
	write("testdata/x.go", "package x\n\nimport \"net/http\"\n\nvar _ = http.Error\nvar _ = 500\n")
	f := findings{Diags: []diag{{Posn: filepath.Join(dir, "a.go") + ":6:16", Message: "magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound"}}}
	missed, err := audit(dir, f)
	if err != nil {
		t.Fatal(err)
	}
	got := string(auditText(missed))
	want := "a.go:7:10\thttp\t200\tcode := 200\n" +
		"consts.go:9:10\thttp\t404\tlimit = 404\n" +
		"ws.go:5:38\twebsocket\t1000\tvar _ = websocket.FormatCloseMessage(1000, \"\")\n"
	if got != want {
		t.Errorf("audit:\n%s\nwant:\n%s", got, want)
	}
}
