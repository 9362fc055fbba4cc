package main_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// These tests build the real binary and run it, as users do, on
// testdata/integration: a module that uses the real gorilla/websocket,
// coder/websocket, nhooyr.io/websocket, gobwas/ws, gin, echo v4 and v5 at the
// versions pinned in its go.mod (the go command fetches them from the module proxy).
// Its api package reaches net/http and gorilla through its own helpers, and
// its table-driven tests compare codes with a recorder's: what flow
// inference finds, in _test.go files too.

func TestStandaloneReportFixBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")
	want := readExpected(t, filepath.Join(mod, "EXPECTED.txt"))

	// -json reports every planted literal, each with one fix, and nothing else.
	got := runJSON(t, bin, mod)
	var where []string
	for _, d := range got {
		if d.Error != "" {
			t.Fatalf("analyzer error: %s", d.Error)
		}
		if len(d.Fixes) != 1 {
			t.Errorf("%s: %d fixes, want 1", d.Posn, len(d.Fixes))
		}
		where = append(where, d.short(mod))
	}
	slices.Sort(where)
	if !slices.Equal(where, want) {
		t.Errorf("reported:\n%s\nwant (EXPECTED.txt):\n%s", strings.Join(where, "\n"), strings.Join(want, "\n"))
	}

	// -fix applies them all; the module builds and vets, its tests still
	// pass (a fix changes no value); nothing is left.
	if out, err := command(mod, bin, "-fix", "./...").CombinedOutput(); err != nil && exitCode(err) != 3 {
		t.Fatalf("statuscode -fix: %v\n%s", err, out)
	}
	run(t, mod, "go", "build", "./...")
	run(t, mod, "go", "vet", "./...")
	run(t, mod, "go", "test", "./...")
	if left := runJSON(t, bin, mod); len(left) != 0 {
		t.Errorf("after -fix, %d diagnostics left, first: %s", len(left), left[0].Message)
	}
	// Every fix wrote the constant EXPECTED.txt names into its file (added
	// imports move lines, so count uses rather than compare lines).
	wantUses := make(map[[2]string]int)
	for _, w := range want {
		file, rest, _ := strings.Cut(w, ":")
		_, constant, _ := strings.Cut(rest, ": ")
		wantUses[[2]string{file, constant}]++
	}
	orig := filepath.Join("..", "..", "testdata", "integration")
	for k, n := range wantUses {
		before := strings.Count(readFile(t, filepath.Join(orig, k[0])), k[1])
		after := strings.Count(readFile(t, filepath.Join(mod, k[0])), k[1])
		if after-before != n {
			t.Errorf("%s: -fix added %d uses of %s, want %d", k[0], after-before, k[1], n)
		}
	}
}

// TestStandaloneModes checks how the standalone prints what go vet finds
// for it, and the run without the flow, which stays in its own process.
func TestStandaloneModes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")

	// Text: exit 3, each finding once, its hops indented below it.
	out, err := command(mod, bin, "./orders").CombinedOutput()
	if exitCode(err) != 3 {
		t.Fatalf("statuscode ./orders: exit %d, want 3\n%s", exitCode(err), out)
	}
	text := string(out)
	for _, want := range []string{
		"orders.go:34:18: magic HTTP status 400 passed to httpx.Error (reaches http.ResponseWriter.WriteHeader); use http.StatusBadRequest\n",
		"orders_test.go:24:25: \twant passed to httpx.Expect\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("statuscode ./orders does not print %q:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "magic HTTP status 400 passed to httpx.Error"); n != 1 {
		t.Errorf("the finding is printed %d times, want 1:\n%s", n, text)
	}

	// -fix -diff prints the fixes and writes nothing.
	before := readFile(t, filepath.Join(mod, "orders", "orders.go"))
	out, err = command(mod, bin, "-fix", "-diff", "./orders").Output()
	if err != nil {
		t.Fatalf("statuscode -fix -diff: %v\n%s", err, stderr(err))
	}
	if !strings.Contains(string(out), "+\t\thttpx.Error(w, http.StatusBadRequest, ") {
		t.Errorf("statuscode -fix -diff:\n%s", out)
	}
	if readFile(t, filepath.Join(mod, "orders", "orders.go")) != before {
		t.Error("statuscode -fix -diff wrote orders.go")
	}

	// -flow=false: the codes one package away are not reported; the
	// others are.
	out, err = command(mod, bin, "-flow=false", "./orders", "./web").CombinedOutput()
	if exitCode(err) != 3 || strings.Contains(string(out), "orders") || !strings.Contains(string(out), "magic HTTP status") {
		t.Errorf("statuscode -flow=false: exit %d\n%s", exitCode(err), out)
	}
}

// TestStandaloneTags checks -tags in both modes: a file behind a build tag
// is reported with the tag, and not without it.
func TestStandaloneTags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")
	const teapot = "integration.go:8:52: magic HTTP status 418 in http.ResponseWriter.WriteHeader call; use http.StatusTeapot"
	for _, mode := range [][]string{nil, {"-flow=false"}} {
		name := "go vet"
		if mode != nil {
			name = "in process"
		}
		t.Run(name, func(t *testing.T) {
			out, err := command(mod, bin, append(mode, "./tagged")...).CombinedOutput()
			if err != nil || strings.Contains(string(out), "418") {
				t.Errorf("statuscode %s ./tagged: exit %d, want 0 and nothing reported\n%s", strings.Join(mode, " "), exitCode(err), out)
			}
			for _, tags := range [][]string{{"-tags", "integration"}, {"-tags=integration"}} {
				args := append(append(slices.Clone(mode), tags...), "./tagged")
				out, err := command(mod, bin, args...).CombinedOutput()
				if exitCode(err) != 3 || !strings.Contains(string(out), teapot) {
					t.Errorf("statuscode %s: exit %d, want 3 and\n\t%s\ngot:\n%s", strings.Join(args, " "), exitCode(err), teapot, out)
				}
			}
		})
	}
	// A flag that x/tools accepts and ignores is refused.
	for _, flag := range []string{"-v", "-source", "-all"} {
		out, err := command(mod, bin, flag, "./tagged").CombinedOutput()
		if exitCode(err) != 2 || !strings.Contains(string(out), "flag "+flag+" has no effect") {
			t.Errorf("statuscode %s: exit %d, want 2 and an error naming it\n%s", flag, exitCode(err), out)
		}
	}
}

// TestSuppressionInProcess checks the directives in the run that stays in
// process (the vet runs see them through EXPECTED.txt).
func TestSuppressionInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")
	out, err := command(mod, bin, "-flow=false", "./quiet").CombinedOutput()
	want := "quiet.go:22:17: magic HTTP status 409 in http.ResponseWriter.WriteHeader call; use http.StatusConflict\n"
	if exitCode(err) != 3 || !strings.Contains(string(out), want) || strings.Count(string(out), "magic HTTP status") != 1 {
		t.Errorf("statuscode -flow=false ./quiet: exit %d, want 3 and only\n\t%s\ngot:\n%s", exitCode(err), want, out)
	}
}

func TestGoVetVettool(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")
	want := readExpected(t, filepath.Join(mod, "EXPECTED.txt"))

	out, err := command(mod, "go", "vet", "-vettool="+bin, "./...").CombinedOutput()
	if err == nil {
		t.Fatalf("go vet -vettool succeeded on magic codes:\n%s", out)
	}
	// vet prints file:line:col: message, relative to the module.
	diag := regexp.MustCompile(`(?m)^(?:\./)?([\w/]+\.go):(\d+):\d+: (magic .*; use (\S+))$`)
	var got []string
	for _, m := range diag.FindAllStringSubmatch(string(out), -1) {
		got = append(got, fmt.Sprintf("%s:%s: %s", m[1], m[2], m[4]))
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("go vet -vettool reported:\n%s\nwant:\n%s\nfull output:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), out)
	}

	// The analyzer's flags pass through vet.
	out, err = command(mod, "go", "vet", "-vettool="+bin, "-websocket=false", "./...").CombinedOutput()
	if err == nil || strings.Contains(string(out), "WebSocket") || !strings.Contains(string(out), "magic HTTP status") {
		t.Errorf("go vet -websocket=false: err=%v\n%s", err, out)
	}
}

func TestHelpAndErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries")
	}
	bin := buildStatuscode(t)
	out, _ := exec.Command(bin, "-help").CombinedOutput()
	for _, flag := range []string{"-http", "-websocket", "-skip-generated", "-allow", "-fix", "-diff", "-json", "-tags list", "build tags", "magic HTTP status"} {
		if !bytes.Contains(out, []byte(flag)) {
			t.Errorf("-help does not mention %s:\n%s", flag, out)
		}
	}
	// A pattern that matches nothing is an error that says so, not a panic.
	out, err := command(t.TempDir(), bin, "./...").CombinedOutput()
	if err == nil || bytes.Contains(out, []byte("panic")) {
		t.Errorf("statuscode outside a module: err=%v\n%s", err, out)
	}
}

// diagnostic is one entry of statuscode -json output.
type diagnostic struct {
	Posn    string            `json:"posn"`
	Message string            `json:"message"`
	Fixes   []json.RawMessage `json:"suggested_fixes"`
	Error   string            `json:"-"`
}

// short renders d as EXPECTED.txt does: "dir/file.go:LINE: constant".
func (d diagnostic) short(mod string) string {
	rel, _ := filepath.Rel(mod, d.Posn)
	parts := strings.Split(rel, ":")
	_, constant, _ := strings.Cut(d.Message, "; use ")
	return fmt.Sprintf("%s:%s: %s", parts[0], parts[1], constant)
}

// runJSON runs bin -json in dir on the patterns (./... if none) and
// returns its diagnostics.
func runJSON(t *testing.T, bin, dir string, patterns ...string) []diagnostic {
	t.Helper()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	out, err := command(dir, bin, append([]string{"-json"}, patterns...)...).Output()
	if err != nil {
		t.Fatalf("statuscode -json: %v\n%s", err, stderr(err))
	}
	// package path -> analyzer name -> diagnostics, or {"error": "..."}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("statuscode -json output: %v\n%s", err, out)
	}
	// A package with tests is analyzed twice, alone and with its _test.go
	// files ("p [p.test]"): a finding in a non-test file comes from both,
	// and counts once, as the text output shows it.
	var all []diagnostic
	seen := make(map[[2]string]bool)
	for pkg, byAnalyzer := range tree {
		for _, raw := range byAnalyzer {
			var ds []diagnostic
			if err := json.Unmarshal(raw, &ds); err != nil {
				var e struct{ Error string }
				json.Unmarshal(raw, &e)
				ds = []diagnostic{{Posn: pkg, Error: e.Error}}
			}
			for _, d := range ds {
				if k := [2]string{d.Posn, d.Message}; d.Error != "" || !seen[k] {
					seen[k] = true
					all = append(all, d)
				}
			}
		}
	}
	return all
}

var built struct {
	bin string
	err error
}

// buildStatuscode builds cmd/statuscode once per test binary.
func buildStatuscode(t *testing.T) string {
	t.Helper()
	if built.bin == "" && built.err == nil {
		dir, err := os.MkdirTemp("", "statuscode-bin")
		if err != nil {
			t.Fatal(err)
		}
		built.bin = filepath.Join(dir, "statuscode")
		if out, err := exec.Command("go", "build", "-o", built.bin, ".").CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.bin
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.bin != "" {
		os.RemoveAll(filepath.Dir(built.bin))
	}
	os.Exit(code)
}

// copyModule copies testdata/NAME into a temporary directory, so that
// -fix never writes to the repository.
func copyModule(t *testing.T, name string) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join("..", "..", "testdata", name))); err != nil {
		t.Fatal(err)
	}
	return dst
}

func readExpected(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	for s := bufio.NewScanner(f); s.Scan(); {
		if l := strings.TrimSpace(s.Text()); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	slices.Sort(lines)
	return lines
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly")
	return cmd
}

func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	if out, err := command(dir, name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

func stderr(err error) []byte {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.Stderr
	}
	return nil
}

// TestBugContained plants a panic in the pass (a binary built with
// -tags statuscode_crashtest) and checks that a bug on one package is
// reported as one, with its package and stack, fails the run, and leaves
// every other package's findings printed: on a package named on the
// command line, and on a dependency analyzed only for its facts.
func TestBugContained(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "statuscode")
	if out, err := exec.Command("go", "build", "-tags", "statuscode_crashtest", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mod := copyModule(t, "integration")
	api := 0
	for _, w := range readExpected(t, filepath.Join(mod, "EXPECTED.txt")) {
		if strings.HasPrefix(w, "api/") {
			api++
		}
	}
	bug := func(t *testing.T, out []byte, pkg string) {
		t.Helper()
		for _, want := range []string{pkg, "a bug of statuscode", "panic: statuscode_crashtest: a planted bug", "goroutine "} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("output does not say %q:\n%s", want, out)
			}
		}
	}
	for _, tc := range []struct {
		name, crash string
		args        []string
	}{
		// internal/httpx is only a dependency of orders here: its unit
		// exists for its facts.
		{"dependency", "example.com/integration/internal/httpx", []string{"./api", "./orders"}},
		{"root", "example.com/integration/orders", []string{"./api", "./orders"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := command(mod, bin, tc.args...)
			cmd.Env = append(cmd.Env, "STATUSCODE_CRASH="+tc.crash)
			out, err := cmd.CombinedOutput()
			if code := exitCode(err); code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			bug(t, out, tc.crash)
			if n := bytes.Count(out, []byte("api/")); n < api {
				t.Errorf("%d lines name api/, want its %d findings:\n%s", n, api, out)
			}

			cmd = command(mod, bin, append([]string{"-json"}, tc.args...)...)
			cmd.Env = append(cmd.Env, "STATUSCODE_CRASH="+tc.crash)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			if code := exitCode(err); code != 1 {
				t.Errorf("-json: exit status %d, want 1", code)
			}
			bug(t, append(stdout.Bytes(), stderr.Bytes()...), tc.crash)
			var tree map[string]map[string]json.RawMessage
			if err := json.Unmarshal(stdout.Bytes(), &tree); err != nil {
				t.Fatalf("-json output: %v\n%s", err, stdout.Bytes())
			}
			var diags []diagnostic
			json.Unmarshal(tree["example.com/integration/api"]["statuscode"], &diags)
			if len(diags) == 0 {
				t.Errorf("-json: no findings in api:\n%s", stdout.Bytes())
			}

			// go vet itself: the failure and the other findings.
			cmd = command(mod, "go", append([]string{"vet", "-vettool=" + bin}, tc.args...)...)
			cmd.Env = append(cmd.Env, "STATUSCODE_CRASH="+tc.crash)
			out, err = cmd.CombinedOutput()
			if err == nil {
				t.Errorf("go vet succeeded:\n%s", out)
			}
			bug(t, out, tc.crash)
			if n := bytes.Count(out, []byte("api/")); n < api {
				t.Errorf("go vet: %d lines name api/, want its %d findings:\n%s", n, api, out)
			}
		})
	}
}

// TestObjectKindsDrivers runs the reproducers of the objects that once
// crashed the pass through both drivers: a named type over the universe's
// error, and named types over another package's interfaces, which reach
// the packages named here only as export data and facts.
func TestObjectKindsDrivers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries and fetches modules")
	}
	bin := buildStatuscode(t)
	mod := copyModule(t, "integration")
	want := []string{
		"objkinds/c/c.go:12: http.StatusInternalServerError",
		"objkinds/c/c.go:13: http.StatusBadGateway",
		"objkinds/namederr/namederr.go:12: http.StatusOK",
	}
	var got []string
	for _, d := range runJSON(t, bin, mod, "./objkinds/c", "./objkinds/namederr") {
		if d.Error != "" {
			t.Fatalf("analyzer error: %s", d.Error)
		}
		got = append(got, d.short(mod))
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("statuscode reported:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	out, err := command(mod, "go", "vet", "-vettool="+bin, "./objkinds/c", "./objkinds/namederr").CombinedOutput()
	if exitCode(err) != 1 || bytes.Contains(out, []byte("panic")) {
		t.Errorf("go vet -vettool: exit %d, want 1 for the findings\n%s", exitCode(err), out)
	}
	for _, w := range want {
		file, rest, _ := strings.Cut(w, ":")
		line, _, _ := strings.Cut(rest, ":")
		if !bytes.Contains(out, []byte(file+":"+line+":")) {
			t.Errorf("go vet -vettool does not report %s:%s:\n%s", file, line, out)
		}
	}
}
