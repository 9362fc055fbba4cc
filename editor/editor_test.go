package editor_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Run with:
//
//	STATUSCODE_E2E=1 go test ./editor/ -v
//
// STATUSCODE_GOPLS=/path/to/gopls-statuscode reuses a gopls built by
// scripts/gopls-custom.sh instead of building one (seconds warm, about four
// minutes cold: the script builds the newest gopls, and when that needs a newer
// Go than the one on PATH it downloads that toolchain from the module proxy).

const (
	msg404 = "magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound"
	msg500 = "magic HTTP status 500 in http.Error call; use http.StatusInternalServerError"
)

func TestGopls(t *testing.T) {
	if os.Getenv("STATUSCODE_E2E") != "1" {
		t.Skip("end-to-end gopls test: set STATUSCODE_E2E=1 to run it (it builds gopls with scripts/gopls-custom.sh, or set STATUSCODE_GOPLS to a built one)")
	}
	gopls := goplsBinary(t)
	env := isolatedEnv(t)

	t.Run("check", func(t *testing.T) {
		dir := demoModule(t, false)
		out, err := run(t, dir, env, gopls, "check", "main.go")
		if err != nil {
			t.Fatalf("gopls check: %v\n%s", err, out)
		}
		// gopls prints line:col-col (1-based columns, end exclusive) for
		// one-line ranges: exactly the literal's range.
		for _, want := range []string{
			filepath.Join(dir, "main.go") + ":8:17-20: " + msg404,
			filepath.Join(dir, "main.go") + ":11:21-24: " + msg500,
		} {
			if !containsLine(out, want) {
				t.Errorf("gopls check output lacks line\n\t%s\ngot:\n%s", want, out)
			}
		}
	})

	t.Run("quickfix", func(t *testing.T) {
		dir := demoModule(t, false)
		out, err := run(t, dir, env, gopls, "codeaction", "-kind=quickfix", "main.go:8:17")
		if err != nil || !strings.Contains(out, `"Use http.StatusNotFound" [quickfix]`) {
			t.Fatalf("gopls codeaction (list): err=%v\n%s", err, out)
		}
		out, err = run(t, dir, env, gopls, "codeaction", "-kind=quickfix", "-exec", "-w", "main.go:8:17")
		if err != nil {
			t.Fatalf("gopls codeaction -exec -w: %v\n%s", err, out)
		}
		src, err := os.ReadFile(filepath.Join(dir, "main.go"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), "w.WriteHeader(http.StatusNotFound)") {
			t.Errorf("main.go after the quick fix lacks w.WriteHeader(http.StatusNotFound):\n%s", src)
		}
		if !strings.Contains(string(src), `http.Error(w, "x", 500)`) {
			t.Errorf("the quick fix at 8:17 also changed the 500 at line 11:\n%s", src)
		}
		if out, err := run(t, dir, env, "go", "build", "./..."); err != nil {
			t.Errorf("go build after the fix: %v\n%s", err, out)
		}
		out, err = run(t, dir, env, gopls, "check", "main.go")
		if err != nil || strings.Contains(out, msg404) || !strings.Contains(out, msg500) {
			t.Errorf("gopls check after the fix: err=%v, want only the 500 diagnostic:\n%s", err, out)
		}
	})

	t.Run("broken", func(t *testing.T) {
		dir := demoModule(t, true)
		out, err := run(t, dir, env, gopls, "check", "broken.go", "main.go")
		if err != nil {
			t.Fatalf("gopls check on a package with a syntax error failed: %v\n%s", err, out)
		}
		for _, bad := range []string{"panic", "goroutine ", "bug:"} {
			if strings.Contains(out, bad) {
				t.Errorf("gopls check output contains %q:\n%s", bad, out)
			}
		}
		if !strings.Contains(out, filepath.Join(dir, "main.go")+":11:21-24: "+msg500) {
			t.Errorf("main.go's diagnostic is missing while broken.go has a syntax error:\n%s", out)
		}
		t.Logf("gopls check broken.go main.go:\n%s", out)
		// Whatever statuscode says about the half-typed call, its fix must
		// touch only the literal: no change to the unfinished syntax.
		out, err = run(t, dir, env, gopls, "codeaction", "-kind=quickfix", "-exec", "-w", "broken.go:6:47")
		if err != nil {
			t.Fatalf("gopls codeaction on broken.go: %v\n%s", err, out)
		}
		src, err := os.ReadFile(filepath.Join(dir, "broken.go"))
		if err != nil {
			t.Fatal(err)
		}
		orig, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "gopls", "broken.go.txt"))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Replace(string(orig), "w.WriteHeader(404\n", "w.WriteHeader(http.StatusNotFound\n", 1)
		if string(src) != string(orig) && string(src) != want {
			t.Errorf("quick fix on broken.go produced\n%s\nwant the file unchanged or only 404 -> http.StatusNotFound:\n%s", src, want)
		}
	})

	// A helper in another package: gopls computes the analyzer's facts
	// over the import graph, so the call in conflict.go is reported and
	// fixed like one in the helper's own package.
	t.Run("facts", func(t *testing.T) {
		checkAndFix(t, env, gopls, "conflict.go", "10:18-21",
			"magic HTTP status 409 passed to respond.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusConflict",
			"respond.JSON(w, http.StatusConflict, nil)")
	})

	// A holder in another package: the result of respond.Result.Code
	// holds a response's status, which a fact says; the literal compared
	// with it is reported and fixed, and net/http imported.
	t.Run("holder", func(t *testing.T) {
		checkAndFix(t, env, gopls, "holder.go", "6:21-24",
			"magic HTTP status 200 compared with the result of respond.Result.Code (returns http.Response.StatusCode); use http.StatusOK",
			"r.Code() == http.StatusOK", `"net/http"`)
	})

	// The analyzer honours //nolint and //lint:ignore itself: gopls
	// reports only the code whose directive is on another line.
	t.Run("suppression", func(t *testing.T) {
		dir := demoModule(t, false)
		out, err := run(t, dir, env, gopls, "check", "suppress.go", "ignored.go")
		if err != nil {
			t.Fatalf("gopls check: %v\n%s", err, out)
		}
		want := filepath.Join(dir, "suppress.go") + ":14:16-19: magic HTTP status 409 in http.ResponseWriter.WriteHeader call; use http.StatusConflict"
		if !containsLine(out, want) {
			t.Errorf("gopls check output lacks line\n\t%s\ngot:\n%s", want, out)
		}
		if n := strings.Count(out, "magic HTTP status"); n != 1 {
			t.Errorf("gopls check reports %d magic codes in suppress.go and ignored.go, want 1:\n%s", n, out)
		}
	})

	// gopls check has no flag for settings: drive gopls over LSP (stdio)
	// with "analyses": {"statuscode": false|true} as initialization options
	// and pull the file's diagnostics.
	t.Run("settings", func(t *testing.T) {
		dir := demoModule(t, false)
		on := lspDiagnostics(t, gopls, env, dir, true)
		if !strings.Contains(on, msg404) {
			t.Fatalf("with statuscode enabled, pulled diagnostics lack %q:\n%s", msg404, on)
		}
		off := lspDiagnostics(t, gopls, env, dir, false)
		if strings.Contains(off, "magic HTTP status") {
			t.Errorf(`with "analyses": {"statuscode": false}, gopls still reports:\n%s`, off)
		}
	})
}

func containsLine(out, line string) bool {
	for _, l := range strings.Split(out, "\n") {
		if l == line {
			return true
		}
	}
	return false
}

func repoRoot(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd) // go test runs in the package directory: <root>/editor
}

func goplsBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("STATUSCODE_GOPLS"); p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return abs
	}
	out := filepath.Join(t.TempDir(), "gopls-statuscode")
	cmd := exec.Command("bash", filepath.Join(repoRoot(t), "scripts", "gopls-custom.sh"), out)
	start := time.Now()
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/gopls-custom.sh: %v\n%s", err, b)
	}
	t.Logf("built gopls in %v", time.Since(start).Round(time.Second))
	return out
}

// isolatedEnv gives gopls its own cache directory and no go.work, so runs do
// not interfere with each other or with the user's editor. The go command's
// build cache stays the usual one (XDG_CACHE_HOME would move it too, and
// go build in the demo module would compile net/http from scratch).
func isolatedEnv(t *testing.T) []string {
	cache := t.TempDir()
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOCACHE: %v", err)
	}
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "XDG_CACHE_HOME=") || strings.HasPrefix(kv, "GOCACHE=") || strings.HasPrefix(kv, "GOWORK=") || strings.HasPrefix(kv, "GOFLAGS=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "XDG_CACHE_HOME="+cache, "GOCACHE="+strings.TrimSpace(string(gocache)), "GOWORK=off", "GOFLAGS=-mod=mod", "GOTELEMETRY=off")
}

// demoModule copies testdata/gopls into a fresh directory; with broken, it
// also adds broken.go.txt as broken.go.
func demoModule(t *testing.T, broken bool) string {
	t.Helper()
	src := filepath.Join(repoRoot(t), "testdata", "gopls")
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "respond"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"go.mod", "main.go", "conflict.go", "holder.go", "suppress.go", "ignored.go", "respond/respond.go"} {
		copyFile(t, filepath.Join(src, name), filepath.Join(dir, name))
	}
	if broken {
		copyFile(t, filepath.Join(src, "broken.go.txt"), filepath.Join(dir, "broken.go"))
	}
	return dir
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, dir string, env []string, name string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	b, err := cmd.CombinedOutput()
	t.Logf("$ %s %s\n%s", filepath.Base(name), strings.Join(args, " "), b)
	return string(b), err
}

// lspDiagnostics starts gopls on stdio with the given statuscode setting,
// opens main.go and returns the messages of a textDocument/diagnostic pull.
func lspDiagnostics(t *testing.T, gopls string, env []string, dir string, enabled bool) string {
	t.Helper()
	cmd := exec.Command(gopls, "serve")
	cmd.Dir = dir
	cmd.Env = env
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()

	c := &lspConn{t: t, w: stdin, r: bufio.NewReader(stdout)}
	rootURI := (&url.URL{Scheme: "file", Path: dir}).String()
	mainURI := rootURI + "/main.go"
	c.call("initialize", map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          rootURI,
		"capabilities":     map[string]any{},
		"workspaceFolders": []map[string]any{{"uri": rootURI, "name": "goplsdemo"}},
		"initializationOptions": map[string]any{
			"pullDiagnostics": true,
			"analyses":        map[string]bool{"statuscode": enabled},
		},
	})
	c.notify("initialized", map[string]any{})
	text, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": mainURI, "languageId": "go", "version": 1, "text": string(text)},
	})
	res := c.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": mainURI}})
	var report struct {
		Items []struct {
			Message string `json:"message"`
			Source  string `json:"source"`
		} `json:"items"`
	}
	if err := json.Unmarshal(res, &report); err != nil {
		t.Fatalf("decoding diagnostic report %s: %v", res, err)
	}
	var b strings.Builder
	for _, it := range report.Items {
		fmt.Fprintf(&b, "%s: %s\n", it.Source, it.Message)
	}
	c.call("shutdown", nil)
	c.notify("exit", nil)
	t.Logf("statuscode=%v: pulled diagnostics:\n%s", enabled, b.String())
	return b.String()
}

type lspConn struct {
	t    *testing.T
	w    io.Writer
	r    *bufio.Reader
	next int
}

func (c *lspConn) send(msg map[string]any) {
	msg["jsonrpc"] = "2.0"
	b, err := json.Marshal(msg)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n%s", len(b), b); err != nil {
		c.t.Fatal(err)
	}
}

func (c *lspConn) notify(method string, params any) {
	c.send(map[string]any{"method": method, "params": params})
}

// call sends a request and reads messages until its response, answering
// server-to-client requests with a null result.
func (c *lspConn) call(method string, params any) json.RawMessage {
	c.next++
	id := c.next
	c.send(map[string]any{"id": id, "method": method, "params": params})
	for {
		var msg struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := json.Unmarshal(c.read(), &msg); err != nil {
			c.t.Fatal(err)
		}
		switch {
		case msg.Method != "" && msg.ID != nil: // server request
			c.send(map[string]any{"id": msg.ID, "result": nil})
		case msg.Method != "": // notification
		case string(msg.ID) == strconv.Itoa(id):
			if msg.Error != nil {
				c.t.Fatalf("%s: %s", method, msg.Error.Message)
			}
			return msg.Result
		}
	}
}

func (c *lspConn) read() []byte {
	n := -1
	for {
		line, err := c.r.ReadString('\n')
		if err != nil {
			c.t.Fatalf("reading from gopls: %v", err)
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			n, err = strconv.Atoi(v)
			if err != nil {
				c.t.Fatal(err)
			}
		}
	}
	if n < 0 {
		c.t.Fatal("gopls sent a message without Content-Length")
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(c.r, b); err != nil {
		c.t.Fatal(err)
	}
	return b
}

// checkAndFix checks that gopls reports msg at span (line:col-col) of
// file in a fresh copy of the demo module, applies the quick fix there,
// and checks that the file then holds each of fixed and the module builds.
func checkAndFix(t *testing.T, env []string, gopls, file, span, msg string, fixed ...string) {
	t.Helper()
	dir := demoModule(t, false)
	out, err := run(t, dir, env, gopls, "check", file)
	if err != nil {
		t.Fatalf("gopls check: %v\n%s", err, out)
	}
	if want := filepath.Join(dir, file) + ":" + span + ": " + msg; !strings.Contains(out, want) {
		t.Errorf("gopls check output lacks line\n\t%s\ngot:\n%s", want, out)
	}
	at := file + ":" + span[:strings.Index(span, "-")]
	out, err = run(t, dir, env, gopls, "codeaction", "-kind=quickfix", "-exec", "-w", at)
	if err != nil {
		t.Fatalf("gopls codeaction -exec -w: %v\n%s", err, out)
	}
	src, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range fixed {
		if !strings.Contains(string(src), want) {
			t.Errorf("%s after the quick fix lacks %q:\n%s", file, want, src)
		}
	}
	if out, err := run(t, dir, env, "go", "build", "./..."); err != nil {
		t.Errorf("go build after the fix: %v\n%s", err, out)
	}
}
