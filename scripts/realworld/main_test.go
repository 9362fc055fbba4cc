package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
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
	checkRow(t, tableHeader, got, want)
}

// checkRow checks a table row, and that it has as many columns as the
// table's header.
func checkRow(t *testing.T, tableHeader, got, want string) {
	t.Helper()
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

// stderr of statuscode -json as go vet passes it on: a note of the go
// command, a panic in one unit, a stack overflow in another (recursion,
// and the runtime's own stack first), a type error under go vet's two
// headers, and a unit that failed because the panicking one left no facts.
const sweepStderr = `go: downloading example.com/dep v1.0.0
# example.com/m/a
panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x5d3a8e]

goroutine 21 [running]:
panic({0x6a5e40?, 0x9c1f30?})
	/usr/local/go/src/runtime/panic.go:792 +0x132
go/types.(*Named).Underlying(0x0?)
	/usr/local/go/src/go/types/named.go:529 +0xe
github.com/statuscode-lint/statuscode/analyzer.holdsError(0xc000123450, {0x7a1b20, 0xc000456780})
	/src/analyzer/holding.go:88 +0x4d
github.com/statuscode-lint/statuscode/analyzer.(*walker).visit(...)
	/src/analyzer/walk.go:120
github.com/statuscode-lint/statuscode/analyzer.run(0xc0001a2000)
	/src/analyzer/analyzer.go:40 +0x2a
created by golang.org/x/tools/go/analysis/unitchecker.run.func5 in goroutine 1
	/root/go/pkg/mod/golang.org/x/tools@v0.52.0/go/analysis/unitchecker/unitchecker.go:502 +0x47

goroutine 1 [semacquire]:
sync.runtime_Semacquire(0xc000012345)
	/usr/local/go/src/runtime/sema.go:71 +0x25
# example.com/m/b
runtime: goroutine stack exceeds 1000000000-byte limit
fatal error: stack overflow

runtime stack:
runtime.throw({0x712969?, 0x41e6a5?})
	/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0x7ffd6cde8048 sp=0x7ffd6cde8018 pc=0x47ffe8

goroutine 9 gp=0x23d61835a40 m=0 mp=0x9548e0 [running]:
github.com/statuscode-lint/statuscode/analyzer.under(0x1555503?)
	/src/analyzer/types.go:22 +0x30 fp=0x23d81c60398 sp=0x23d81c60390 pc=0x67d4f0
github.com/statuscode-lint/statuscode/analyzer.under(0x0?)
	/src/analyzer/types.go:22 +0x1d fp=0x23d81c603b0 sp=0x23d81c60398 pc=0x67d4dd
...additional frames elided...
# example.com/m/c
# [example.com/m/c]
c/c_test.go:3:23: undefined: thing
# example.com/m/d
d/d.go:6:2: could not import example.com/m/a (no package vetx file for "example.com/m/a")
`

func TestVetFailures(t *testing.T) {
	crashes, units := vetFailures([]byte(sweepStderr))
	want := []crash{
		{Pkg: "example.com/m/a", Message: "panic: runtime error: invalid memory address or nil pointer dereference [recovered]",
			Frames: []string{"go/types.(*Named).Underlying", "github.com/statuscode-lint/statuscode/analyzer.holdsError", "github.com/statuscode-lint/statuscode/analyzer.(*walker).visit"}},
		{Pkg: "example.com/m/b", Message: "fatal error: stack overflow",
			Frames: []string{"github.com/statuscode-lint/statuscode/analyzer.under"}},
	}
	if len(crashes) != len(want) {
		t.Fatalf("got %d crashes, want %d: %+v", len(crashes), len(want), crashes)
	}
	for i, w := range want {
		c := crashes[i]
		if c.Pkg != w.Pkg || c.Message != w.Message || strings.Join(c.Frames, "|") != strings.Join(w.Frames, "|") {
			t.Errorf("crash %d:\n got %+v\nwant %+v", i, c, w)
		}
	}
	if got := crashes[1].top(); got != "github.com/statuscode-lint/statuscode/analyzer.under" {
		t.Errorf("top of the stack overflow = %q", got)
	}
	wantUnits := []unitFailure{
		{Pkg: "[example.com/m/c]", Message: "c/c_test.go:3:23: undefined: thing"},
		{Pkg: "example.com/m/d", Message: `d/d.go:6:2: could not import example.com/m/a (no package vetx file for "example.com/m/a")`, After: true},
	}
	if len(units) != len(wantUnits) {
		t.Fatalf("got %d failed units, want %d: %+v", len(units), len(wantUnits), units)
	}
	for i, w := range wantUnits {
		if units[i] != w {
			t.Errorf("unit %d:\n got %+v\nwant %+v", i, units[i], w)
		}
	}

	// statuscode itself, outside go vet: no header.
	crashes, units = vetFailures([]byte("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:3 +0x1\n"))
	if len(crashes) != 1 || crashes[0].Pkg != "" || crashes[0].top() != "main.main" || len(units) != 0 {
		t.Errorf("statuscode's own panic: got %+v, units %+v", crashes, units)
	}
	// Nothing failed.
	if crashes, units = vetFailures([]byte("go: downloading example.com/dep v1.0.0\n")); crashes != nil || units != nil {
		t.Errorf("clean run: got %+v, %+v", crashes, units)
	}
}

func TestSweepCounts(t *testing.T) {
	f, err := parse([]byte(`{
 "example.com/m": {"statuscode": [{"posn": "/m/a.go:3:1", "category": "http", "message": "magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound"}]},
 "example.com/m/x": {"statuscode": {"error": "internal error analyzing package example.com/m/x, a bug of statuscode: please report it with this message.\npanic: boom\n\ngoroutine 7 [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\ngithub.com/statuscode-lint/statuscode/analyzer.recoverBug(0xc000010000, 0xc000020000)\n\t/src/analyzer/bug.go:30 +0x65\npanic({0x6a5e40, 0x9c1f30})\n\t/usr/local/go/src/runtime/panic.go:792 +0x132\ngithub.com/statuscode-lint/statuscode/analyzer.underOf(...)\n\t/src/analyzer/types.go:9\ngithub.com/statuscode-lint/statuscode/analyzer.run(0xc0001a2000)\n\t/src/analyzer/analyzer.go:40 +0x2a\n"}},
 "example.com/m/y": {"statuscode": {"error": "cannot read facts (see runtime/debug)"}}
}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Errors) != 2 || bugs(f.Errors) != 1 {
		t.Errorf("errors %q: %d bugs, want 2 errors and 1 bug", f.Errors, bugs(f.Errors))
	}
	panics := errorPanics(f.Errors)
	if len(panics) != 1 || panics[0].Pkg != "example.com/m/x" || panics[0].Message != "panic: boom" ||
		panics[0].top() != "github.com/statuscode-lint/statuscode/analyzer.underOf < github.com/statuscode-lint/statuscode/analyzer.run" {
		t.Errorf("panics of the analyzer errors: %+v", panics)
	}
	crashes, units := vetFailures([]byte(sweepStderr))
	r := sweepResult{Mod: module{Path: "example.com/m", Version: "v1.0.0"}, Packages: 4, Findings: len(f.Diags),
		Crashes: crashes, Units: units, Errors: f.Errors, Bugs: bugs(f.Errors), Took: 1234 * time.Millisecond}
	got := r.row()
	want := "| example.com/m | v1.0.0 | 4 | 1 | 0 | 1.2s | 2 | 2 | 1 | 1 (+1 after) | CRASH, ERROR |"
	checkRow(t, sweepHeader, got, want)
	if s := (sweepResult{Units: units[:1]}).status(); s != "units failed" {
		t.Errorf("status with a type error only = %q", s)
	}
	if s := (sweepResult{}).status(); s != "ok" {
		t.Errorf("status of a clean module = %q", s)
	}
}
