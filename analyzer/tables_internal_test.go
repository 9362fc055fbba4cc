package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"testing"
)

func TestCodeBounds(t *testing.T) {
	for _, f := range families {
		if f.min < codeMin || f.max > codeMax {
			t.Errorf("family %s: codes [%d, %d] outside [codeMin, codeMax] = [%d, %d]", f.name, f.min, f.max, codeMin, codeMax)
		}
	}
}

func TestUnvendored(t *testing.T) {
	for path, want := range map[string]string{
		"github.com/coder/websocket":                 "github.com/coder/websocket",
		"example.com/app/vendor/nhooyr.io/websocket": "nhooyr.io/websocket",
	} {
		if got := unvendored(path); got != want {
			t.Errorf("unvendored(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestHTTPStatusNames checks the names used for an incompletely loaded
// net/http against the real package.
func TestHTTPStatusNames(t *testing.T) {
	pkg, err := importer.Default().Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	if got := familyConstants(pkg, httpStatus); !maps.Equal(got, httpStatusNames) {
		t.Errorf("net/http status constants differ from httpStatusNames:\n got %v\nwant %v", got, httpStatusNames)
	}
}

// TestCoderStatusNames checks the names used for an incompletely loaded
// coder/websocket or nhooyr.io/websocket against the stubs, which copy the
// real modules' constants.
func TestCoderStatusNames(t *testing.T) {
	for _, dir := range []string{"github.com/coder/websocket", "nhooyr.io/websocket"} {
		real := familyConstants(checkStub(t, dir), coderClose)
		for v, name := range coderStatusNames {
			if real[v] != name {
				t.Errorf("%s: coderStatusNames[%d] = %s, the package has %q", dir, v, name, real[v])
			}
		}
	}
}

// TestFrameworkStatusNames checks the frameworks' known constant names
// against their stubs, whose constant blocks are copied from the real
// source.
func TestFrameworkStatusNames(t *testing.T) {
	for _, f := range []*codeFamily{fiberStatus, fiber3Status, fasthttpStatus, hertzStatus} {
		if got := familyConstants(checkStub(t, f.pkg), f); !maps.Equal(got, f.known) {
			t.Errorf("%s: constants differ from the known names:\n got %v\nwant %v", f.pkg, got, f.known)
		}
	}
}

// checkStub type-checks the stub of the package at path under
// testdata/src on its own: imports of other stubs fail, and the errors are
// ignored, since only its constants matter.
func checkStub(t *testing.T, path string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join("..", "testdata", "src", path, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("%s: no stub files (%v)", path, err)
	}
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := &types.Config{Importer: importer.Default(), Error: func(error) {}}
	pkg, _ := conf.Check(path, fset, files, nil)
	return pkg
}
