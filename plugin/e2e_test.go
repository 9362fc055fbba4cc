package plugin_test

// End-to-end test of the golangci-lint module plugin: builds a real
// golangci-lint with statuscode compiled in (scripts/golangci-custom.sh) and
// runs it on the module in testdata/golangci.
//
//	STATUSCODE_E2E=1 go test -run TestGolangciLint -timeout 30m -v ./plugin
//
// STATUSCODE_GOLANGCI=/path/to/custom-gcl reuses a binary built before
// (still with STATUSCODE_E2E=1) instead of building one.

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	moduleDir = "../testdata/golangci"
	script    = "../scripts/golangci-custom.sh"
)

// An expectation is a diagnostic that must be reported: on the line of file
// that contains code, with a message that contains every string of msg.
type expectation struct {
	file, code string
	msg        []string
}

var (
	notFound = expectation{"main.go", "w.WriteHeader(404)", []string{"magic HTTP status 404", "http.StatusNotFound"}}
	internal = expectation{"main.go", `http.Error(w, "x", 500)`, []string{"magic HTTP status 500", "http.StatusInternalServerError"}}
	teapot   = expectation{"main.go", "w.WriteHeader(418)", []string{"magic HTTP status 418", "http.StatusTeapot"}}
	gone     = expectation{"main.go", "w.WriteHeader(410)", []string{"magic HTTP status 410", "http.StatusGone"}}
	// A //nolint:statuscode above a blank line covers nothing.
	spaced   = expectation{"main.go", "w.WriteHeader(503)", []string{"magic HTTP status 503", "http.StatusServiceUnavailable"}}
	closeMsg = expectation{"main.go", "FormatCloseMessage(1000", []string{"1000", "websocket.CloseNormalClosure"}}
	created  = expectation{"recorder.go", "rec.WriteHeader(201)", []string{"magic HTTP status 201", "http.StatusCreated"}}
	// A helper of another package of the module, through the flow's facts.
	conflict = expectation{"main.go", "respond.JSON(w, 409", []string{"magic HTTP status 409 passed to respond.JSON (reaches http.ResponseWriter.WriteHeader)", "http.StatusConflict"}}
	// A holder of another package, through a fact.
	holder = expectation{"main.go", "r.Code() == 200", []string{"magic HTTP status 200 compared with the result of respond.Result.Code (returns http.Response.StatusCode)", "http.StatusOK"}}
)

func TestGolangciLint(t *testing.T) {
	if os.Getenv("STATUSCODE_E2E") != "1" {
		t.Skip("end-to-end golangci-lint test skipped: set STATUSCODE_E2E=1 to build golangci-lint " +
			"with the plugin (scripts/golangci-custom.sh) and run it on testdata/golangci; " +
			"STATUSCODE_GOLANGCI=/path/to/custom-gcl reuses a binary built before")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("go command not found: %v", err)
	}
	gcl := golangciLint(t)

	t.Run("diagnostics", func(t *testing.T) {
		dir := copyModule(t, "")
		out, code := run(t, gcl, dir)
		if code != 1 {
			t.Fatalf("golangci-lint run exited %d, want 1 (issues found)", code)
		}
		checkIssues(t, dir, out, notFound, internal, spaced, closeMsg, created, conflict, holder)
	})

	t.Run("flow=false", func(t *testing.T) {
		dir := copyModule(t, "flow: false")
		out, _ := run(t, gcl, dir)
		checkIssues(t, dir, out, notFound, internal, spaced, closeMsg, created)
	})

	t.Run("nolint", func(t *testing.T) {
		// Without its //nolint:statuscode comment, the 418 line is reported:
		// so its absence in the other runs is the comment's doing.
		dir := copyModule(t, "")
		editFile(t, filepath.Join(dir, "main.go"), func(s string) string {
			return regexp.MustCompile(` //nolint:statuscode.*`).ReplaceAllString(s, "")
		})
		out, _ := run(t, gcl, dir)
		checkIssues(t, dir, out, notFound, internal, spaced, teapot, closeMsg, created, conflict, holder)
	})

	t.Run("lint:ignore", func(t *testing.T) {
		// Without its //lint:ignore comment, the 410 line is reported: the
		// analyzer itself honours staticcheck's directive.
		dir := copyModule(t, "")
		editFile(t, filepath.Join(dir, "main.go"), func(s string) string {
			return regexp.MustCompile(`\t//lint:ignore statuscode.*\n`).ReplaceAllString(s, "")
		})
		out, _ := run(t, gcl, dir)
		checkIssues(t, dir, out, notFound, internal, spaced, gone, closeMsg, created, conflict, holder)
	})

	t.Run("nolintlint", func(t *testing.T) {
		// golangci-lint reads //nolint itself: nolintlint sees that the
		// 418 directive was used and that the one above a blank line was
		// not.
		dir := copyModule(t, "")
		editFile(t, filepath.Join(dir, ".golangci.yml"), func(s string) string {
			return strings.Replace(s, "    - statuscode\n", "    - statuscode\n    - nolintlint\n", 1)
		})
		out, _ := run(t, gcl, dir)
		unused := regexp.MustCompile(`(?m)^main\.go:(\d+):\d+: directive .*//nolint:statuscode.* is unused for linter "statuscode" \(nolintlint\)$`)
		ms := unused.FindAllStringSubmatch(out, -1)
		if len(ms) != 1 {
			t.Fatalf("nolintlint reported %d unused //nolint:statuscode directives, want 1:\n%s", len(ms), out)
		}
		if line, want := ms[0][1], strconv.Itoa(lineOf(t, filepath.Join(dir, "main.go"), "a blank line below")); line != want {
			t.Errorf("nolintlint reported the directive on line %s unused, want line %s", line, want)
		}
	})

	t.Run("allow", func(t *testing.T) {
		dir := copyModule(t, "allow: [404, 500, 1000]")
		out, _ := run(t, gcl, dir)
		checkIssues(t, dir, out, spaced, created, conflict, holder)
	})

	t.Run("websocket=false", func(t *testing.T) {
		dir := copyModule(t, "websocket: false")
		out, code := run(t, gcl, dir)
		if code != 1 {
			t.Fatalf("golangci-lint run exited %d, want 1 (issues found)", code)
		}
		checkIssues(t, dir, out, notFound, internal, spaced, created, conflict, holder)
	})

	t.Run("http=false", func(t *testing.T) {
		dir := copyModule(t, "http: false")
		out, _ := run(t, gcl, dir)
		checkIssues(t, dir, out, closeMsg)
	})

	t.Run("fix", func(t *testing.T) {
		dir := copyModule(t, "")
		out, code := run(t, gcl, dir, "--fix")
		if code != 0 {
			t.Fatalf("golangci-lint run --fix exited %d, want 0\n%s", code, out)
		}
		// golangci-lint reports nothing about what it fixed: fixed issues
		// are dropped from the output.
		checkIssues(t, dir, out)

		mainGo := readFile(t, filepath.Join(dir, "main.go"))
		recorderGo := readFile(t, filepath.Join(dir, "recorder.go"))
		t.Logf("fixed main.go:\n%s\nfixed recorder.go:\n%s", mainGo, recorderGo)
		for _, want := range []string{
			"w.WriteHeader(http.StatusNotFound)",
			`http.Error(w, "x", http.StatusInternalServerError)`,
			"websocket.FormatCloseMessage(websocket.CloseNormalClosure, \"\")",
			"w.WriteHeader(418) //nolint:statuscode", // suppressed, so not fixed
			"\tw.WriteHeader(410)\n",                 // suppressed by //lint:ignore
			"w.WriteHeader(http.StatusServiceUnavailable)",
			"respond.JSON(w, http.StatusConflict, ",
			"r.Code() == http.StatusOK",
		} {
			if !strings.Contains(mainGo, want) {
				t.Errorf("fixed main.go lacks %q", want)
			}
		}
		for _, want := range []string{`"net/http"`, "rec.WriteHeader(http.StatusCreated)"} {
			if !strings.Contains(recorderGo, want) {
				t.Errorf("fixed recorder.go lacks %q", want)
			}
		}

		goCmd(t, dir, "build", "./...")
		goCmd(t, dir, "vet", "./...")

		out, code = run(t, gcl, dir)
		if code != 0 {
			t.Errorf("golangci-lint run after --fix exited %d, want 0", code)
		}
		checkIssues(t, dir, out)
	})

	t.Run("invalid settings", func(t *testing.T) {
		for _, tt := range []struct{ settings, want string }{
			{"htp: true", `unknown setting "htp" (known: http, websocket, comparisons, frameworks, invalid, net-http-constants, funcs, flow, skip-generated, allow)`},
			{"allow: [42]", `setting "allow": allow entry 42: 42 is neither an HTTP status (100–999) nor a WebSocket close code (1000–4999)`},
			{`http: "yes"`, `setting "http" must be a boolean, got string`},
			{`funcs: ["example.com/web.JSON:1:htp"]`, `setting "funcs": funcs entry "example.com/web.JSON:1:htp": unknown family "htp"`},
		} {
			dir := copyModule(t, tt.settings)
			out, code := run(t, gcl, dir)
			if code == 0 || code == 1 {
				t.Errorf("settings {%s}: golangci-lint run exited %d, want a failure (not 0 or 1)", tt.settings, code)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("settings {%s}: output lacks %q:\n%s", tt.settings, tt.want, out)
			}
		}
	})
}

// golangciLint returns the path of a golangci-lint binary with the plugin:
// $STATUSCODE_GOLANGCI, or one built by the script into a temporary directory.
func golangciLint(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("STATUSCODE_GOLANGCI"); bin != "" {
		abs, err := filepath.Abs(bin)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(abs); err != nil {
			t.Fatalf("STATUSCODE_GOLANGCI: %v", err)
		}
		t.Logf("using %s (STATUSCODE_GOLANGCI)", abs)
		return abs
	}
	bin := filepath.Join(t.TempDir(), "custom-gcl")
	start := time.Now()
	cmd := exec.CommandContext(ctx(t), "bash", script, bin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", script, bin, err, out)
	}
	t.Logf("built %s in %s", bin, time.Since(start).Round(time.Second))
	return bin
}

// ctx is the test's context, ended a minute before the test's deadline so
// that a hung command still leaves time to report.
func ctx(t *testing.T) context.Context {
	d, ok := t.Deadline()
	if !ok {
		return t.Context()
	}
	c, cancel := context.WithDeadline(t.Context(), d.Add(-time.Minute))
	t.Cleanup(cancel)
	return c
}

// copyModule copies testdata/golangci, with its .golangci.yml, into a
// temporary directory. Non-empty settings (YAML lines) replace that config
// with one that passes them to the plugin.
func copyModule(t *testing.T, settings string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(moduleDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(moduleDir, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	if settings == "" {
		return dst
	}
	cfg := `version: "2"
linters:
  default: none
  enable:
    - statuscode
  settings:
    custom:
      statuscode:
        type: module
        description: Reports magic HTTP status codes and WebSocket close codes.
        settings:
`
	for line := range strings.Lines(settings) {
		cfg += "          " + strings.TrimRight(line, "\n") + "\n"
	}
	cfg += `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
`
	if err := os.WriteFile(filepath.Join(dst, ".golangci.yml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return dst
}

// run runs `golangci-lint run` in dir with a fresh cache and returns its
// combined output and exit code.
func run(t *testing.T, gcl, dir string, args ...string) (string, int) {
	t.Helper()
	args = append([]string{
		"run",
		"--config=.golangci.yml",
		"--output.text.path=stdout",
		"--output.text.colors=false",
		"--output.text.print-issued-lines=false",
		"--allow-parallel-runners",
	}, args...)
	cmd := exec.CommandContext(ctx(t), gcl, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOLANGCI_LINT_CACHE="+t.TempDir(),
		"GOWORK=off",
		"NO_COLOR=1",
	)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	code := 0
	if exitErr := (*exec.ExitError)(nil); errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
	}
	t.Logf("$ golangci-lint %s  # exit %d\n%s", strings.Join(args, " "), code, buf.String())
	return buf.String(), code
}

// An issue is one line of golangci-lint's text output.
type issue struct {
	file string
	line int
	msg  string
}

var issueLine = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):\d+: (.*) \((\w+)\)$`)

// checkIssues checks that out reports exactly the expected diagnostics, all
// from statuscode.
func checkIssues(t *testing.T, dir, out string, want ...expectation) {
	t.Helper()
	var got []issue
	for _, m := range issueLine.FindAllStringSubmatch(out, -1) {
		line, err := strconv.Atoi(m[2])
		if err != nil {
			t.Fatal(err)
		}
		if m[4] != "statuscode" {
			t.Errorf("issue from linter %q, want only statuscode: %s", m[4], m[0])
		}
		got = append(got, issue{file: filepath.ToSlash(m[1]), line: line, msg: m[3]})
	}
	matched := make([]bool, len(got))
	for _, w := range want {
		line := lineOf(t, filepath.Join(dir, w.file), w.code)
		found := false
		for i, g := range got {
			if g.file != w.file || g.line != line {
				continue
			}
			found, matched[i] = true, true
			for _, s := range w.msg {
				if !strings.Contains(g.msg, s) {
					t.Errorf("%s:%d: message %q lacks %q", g.file, g.line, g.msg, s)
				}
			}
		}
		if !found {
			t.Errorf("no issue reported at %s:%d (%s), want one containing %q", w.file, line, w.code, w.msg)
		}
	}
	for i, g := range got {
		if !matched[i] {
			t.Errorf("unexpected issue %s:%d: %s", g.file, g.line, g.msg)
		}
	}
	if len(want) == 0 && !strings.Contains(out, "0 issues.") {
		t.Errorf("output lacks \"0 issues.\":\n%s", out)
	}
}

// lineOf returns the 1-based number of the only line of file containing code.
func lineOf(t *testing.T, file, code string) int {
	t.Helper()
	line := 0
	for i, l := range strings.Split(readFile(t, file), "\n") {
		if strings.Contains(l, code) {
			if line != 0 {
				t.Fatalf("%s: %q is on lines %d and %d", file, code, line, i+1)
			}
			line = i + 1
		}
	}
	if line == 0 {
		t.Fatalf("%s: no line contains %q", file, code)
	}
	return line
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	before := readFile(t, path)
	after := edit(before)
	if after == before {
		t.Fatalf("%s: edit changed nothing", path)
	}
	if err := os.WriteFile(path, []byte(after), 0o644); err != nil {
		t.Fatal(err)
	}
}

func goCmd(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.CommandContext(ctx(t), "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
