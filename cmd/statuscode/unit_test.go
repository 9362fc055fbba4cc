package main

import (
	"encoding/json"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuscode-lint/statuscode/analyzer"
)

func TestUnitFlags(t *testing.T) {
	fs := &analyzer.Analyzer.Flags
	for _, tc := range []struct {
		args  []string
		funcs []string
		flow  bool
	}{
		{nil, nil, true},
		{[]string{"-json", "-flow=false"}, nil, false},
		{[]string{"-flow"}, nil, true},
		{[]string{"-funcs", "example.com/x.F:1:http", "-c=2", "--funcs=example.com/y.G:0:http"}, []string{"example.com/x.F:1:http", "example.com/y.G:0:http"}, true},
		{[]string{"-allow", "200", "-flow=true"}, nil, true},
	} {
		funcs, flow := unitFlags(tc.args, fs)
		if !slices.Equal(funcs, tc.funcs) || flow != tc.flow {
			t.Errorf("unitFlags(%q) = %q, %v; want %q, %v", tc.args, funcs, flow, tc.funcs, tc.flow)
		}
	}
}

func TestStubMark(t *testing.T) {
	dir := t.TempDir()
	for _, mark := range []string{stubNone, stubStd} {
		file := filepath.Join(dir, "stub.vetx")
		if err := writeStub(file, mark); err != nil {
			t.Fatal(err)
		}
		if got := stubMark(file); got != mark {
			t.Errorf("stubMark after writeStub(%q) = %q", mark, got)
		}
	}
	// A vetx file of unitchecker's (types and facts of any length) is none.
	other := filepath.Join(dir, "other.vetx")
	if err := os.WriteFile(other, []byte("vetx\x03\x00\x00\x00\x00\x00\x00\x00abc"), 0o666); err != nil {
		t.Fatal(err)
	}
	if got := stubMark(other); got != "" {
		t.Errorf("stubMark(unitchecker's vetx) = %q, want none", got)
	}
	if got := stubMark(filepath.Join(dir, "missing")); got != "" {
		t.Errorf("stubMark(missing file) = %q, want none", got)
	}
}

// TestUnit checks which go vet units end as stubs: those only there for
// their facts, when they cannot have any.
func TestUnit(t *testing.T) {
	dir := t.TempDir()
	none := filepath.Join(dir, "none.vetx")
	std := filepath.Join(dir, "std.vetx")
	real := filepath.Join(dir, "real.vetx")
	for file, mark := range map[string]string{none: stubNone, std: stubStd} {
		if err := writeStub(file, mark); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(real, []byte("vetx\x00\x00\x00\x00\x00\x00\x00\x00"), 0o666); err != nil {
		t.Fatal(err)
	}
	exports := exportFiles(t, "net/http", "strings")
	goroot := filepath.Join(build.Default.GOROOT, "src", "strings", "strings.go")
	user := filepath.Join(dir, "lib.go")

	for _, tc := range []struct {
		name     string
		path     string
		file     string
		vetx     map[string]string
		vetxOnly bool
		flags    []string
		want     string // the stub's mark, or "" if the unit goes on
		failed   string // an import whose unit failed: export data, no vetx
	}{
		{"no table reached", "example.com/lib", user, map[string]string{"strings": none}, true, nil, stubNone, ""},
		{"std without table", "strings", goroot, map[string]string{"unicode": none}, true, nil, stubNone, ""},
		{"std reaching net/http", "net/http/httputil", goroot, map[string]string{"net/http": std}, true, nil, stubStd, ""},
		{"imports a table package", "example.com/lib", user, map[string]string{"net/http": std}, true, nil, "", ""},
		{"imports a package with facts", "example.com/lib", user, map[string]string{"example.com/helpers": real}, true, nil, "", ""},
		{"is a table package", "github.com/gorilla/websocket", user, nil, true, nil, "", ""},
		{"a -funcs package", "example.com/lib", user, map[string]string{"strings": none}, true, []string{"-funcs=example.com/lib.F:1:http"}, "", ""},
		{"flow off", "example.com/lib", user, map[string]string{"net/http": std}, true, []string{"-flow=false"}, stubNone, ""},
		{"a root is checked", "example.com/lib", user, map[string]string{"strings": real}, false, nil, "", ""},
		{"imports a failed unit", "example.com/lib", user, map[string]string{"strings": none}, true, nil, "", "net/http"},
		{"a root imports a failed unit", "example.com/lib", user, nil, false, nil, "", "net/http"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "vet.out")
			cfg := filepath.Join(t.TempDir(), "vet.cfg")
			files := make(map[string]string) // go vet names the export data of every import
			for path := range tc.vetx {
				if file, ok := exports[path]; ok {
					files[path] = file
				}
			}
			if tc.failed != "" {
				files[tc.failed] = exports[tc.failed]
			}
			data, err := json.Marshal(vetUnit{ImportPath: tc.path, GoFiles: []string{tc.file}, PackageFile: files, PackageVetx: tc.vetx, VetxOnly: tc.vetxOnly, VetxOutput: out})
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cfg, data, 0o666); err != nil {
				t.Fatal(err)
			}
			args := append(slices.Clone(tc.flags), cfg)
			rest, done, _, err := unit(args)
			if err != nil {
				t.Fatal(err)
			}
			if done != (tc.want != "") {
				t.Fatalf("unit: done = %v, want %v", done, tc.want != "")
			}
			if done {
				if got := stubMark(out); got != tc.want {
					t.Errorf("stub mark = %q, want %q", got, tc.want)
				}
				return
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("unit wrote %s for a unit that goes on", out)
			}
			if len(rest) != len(args) || !slices.Equal(rest[:len(rest)-1], args[:len(args)-1]) {
				t.Fatalf("unit handed on %q, want the flags and a vet.cfg", rest)
			}
			// A stub import's vetx file is replaced by one with its types.
			var got vetUnit
			data, err = os.ReadFile(rest[len(rest)-1])
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			if tc.failed != "" {
				if size(got.PackageVetx[tc.failed]) < 100 {
					t.Errorf("%s: failed import has vetx %q, want one with its types", tc.failed, got.PackageVetx[tc.failed])
				}
			}
			for path, file := range tc.vetx {
				switch gotFile := got.PackageVetx[path]; {
				case file == real && gotFile != real:
					t.Errorf("%s: vetx %s, want unitchecker's %s", path, gotFile, real)
				case file != real && (gotFile == file || stubMark(gotFile) != ""):
					t.Errorf("%s: vetx %s is still a stub", path, gotFile)
				case file != real && size(gotFile) < 100:
					t.Errorf("%s: vetx %s holds no types", path, gotFile)
				}
			}
		})
	}
}

// exportFiles returns the compiler's export data files of the packages,
// as go vet names them in a vet.cfg.
func exportFiles(t *testing.T, pkgs ...string) map[string]string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list", "-export", "-f", "{{.ImportPath}} {{.Export}}"}, pkgs...)...).Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	files := make(map[string]string)
	for line := range strings.Lines(string(out)) {
		path, file, _ := strings.Cut(strings.TrimSpace(line), " ")
		files[path] = file
	}
	return files
}

func size(file string) int64 {
	info, err := os.Stat(file)
	if err != nil {
		return 0
	}
	return info.Size()
}
