package analyzer

// FuzzAnalyzer runs the pass on arbitrary Go source, broken code included,
// the way gopls does (RunDespiteErrors): it parses with parser.AllErrors,
// analyses whatever partial AST comes back, type-checks with errors
// allowed, and checks what the pass promises drivers:
//
//   - it does not panic;
//   - diagnostics and their fixes' edits lie inside the diagnostic's file,
//     and a diagnostic's range is an expression (the argument it replaces);
//   - a fix's edits are sorted and do not overlap;
//   - one fix applied alone, and all fixes of a file applied together
//     (identical edits merged, as drivers do), give source that parses, and
//     that type-checks when the input did;
//   - once every fix is applied, only the diagnostics without a fix remain;
//   - a configuration's switched-off family is never reported;
//   - facts go as x/tools' checker takes them: the pass exports facts only
//     on objects of its own package (the checker panics "can't set facts
//     on objects belonging another package"), only of the types in its
//     Analyzer.FactTypes (none without -flow), only while it runs, and each
//     fact survives gob, twice encoded to the same bytes.
//
// An input is one Go file, or a txtar archive ("-- a.go --" lines) of the
// files of one package, or of two: the files under a/ ("-- a/a.go --")
// are a dependency, example.com/fuzz/a, that the others (example.com/fuzz)
// may import as "example.com/fuzz/a". The dependency is type-checked and
// analysed first, with each configuration, and checked as the package is;
// its facts that export data can name (the checker's exportedFrom) pass
// through gob to the package's pass, as the checker's SanityCheck passes
// them (fuzzdecls_test.go). Imports resolve to a fixed universe loaded
// once: the standard library packages the seeds import (export data, via
// go list) and the library stubs under testdata/src (gorilla, coder,
// gin...), type-checked from source, plus the dependency. Any other import
// path is "not found".
//
// FuzzDecls (fuzzdecls_test.go) feeds the same checks with packages made
// by a generator: its input is a small program of declarations (named
// types over predeclared and other packages' interfaces, generic types,
// funcs and aliases, named func types with methods, embedded fields and
// interfaces, holders and helpers, method values and expressions) and of
// uses with literal codes, in one package or in a and b, which FuzzAnalyzer's
// byte mutations of Go source rarely reach.
//
// Corpus layout:
//
//   - seeds (f.Add): every .go and .go.golden file under ../testdata/src
//     (except the library stubs), ../testdata/integration, ../testdata/demo,
//     ../testdata/gopls (broken.go.txt included), each package directory as
//     one txtar input, a few hand-written inputs below, and every file in
//     ../testdata/fuzz/FuzzAnalyzer (the module's testdata, go test corpus
//     format "go test fuzz v1\n[]byte(...)"), where interesting inputs
//     found by fuzzing are kept;
//   - the fuzzing engine itself also reads testdata/fuzz/FuzzAnalyzer in
//     this package's directory (analyzer/testdata/...) and writes a failing
//     input there. Move it to ../testdata/fuzz/FuzzAnalyzer once analysed
//     (a descriptive file name is fine).
//
// The inputs named fixed-issue-* in ../testdata/fuzz/FuzzAnalyzer are
// the bugs the first runs found, kept as regression seeds: a fix that
// added an import it did not use or carried a zero edit, ranges past a
// missing ')' in broken files, and imports inserted before the package
// clause, inside a declaration or inside a comment. Those named
// issue-27-* are the panics found on kataras/iris: type Err error, whose
// method error.Error has no package, and b's type Coder a.Coder, whose
// methods are a's objects, on which b exported facts. FuzzDecls has them
// as seeds too (declSeeds); fuzzing it from the other seeds finds the
// first within a hundred execs and, with the first fixed, the second
// within half a minute.
//
// Run the seeds only (part of go test ./analyzer; -v logs the package each
// FuzzDecls seed makes):
//
//	go test ./analyzer -run 'FuzzAnalyzer|FuzzDecls'
//
// Fuzz (the engine keeps its generated corpus in $(go env GOCACHE)/fuzz;
// a shorter minimization budget keeps the single worker fuzzing):
//
//	go test ./analyzer -run '^$' -fuzz FuzzAnalyzer -fuzztime 12m -fuzzminimizetime 10s -parallel 1
//	go test ./analyzer -run '^$' -fuzz FuzzDecls -fuzztime 10m -fuzzminimizetime 10s -parallel 1
//
// Keep a generated input: copy it from
// $(go env GOCACHE)/fuzz/github.com/statuscode-lint/statuscode/analyzer/FuzzAnalyzer/
// (or .../FuzzDecls/) to ../testdata/fuzz/FuzzAnalyzer/ (FuzzDecls/).
// Failures name the seed file they came from when it is one; FuzzDecls's
// log the package their program made.

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/txtar"
)

// fuzzPkgPath is the import path of the package under analysis.
const fuzzPkgPath = "example.com/fuzz"

// fuzzConfigs are the configurations every input is analysed with.
var fuzzConfigs = []Config{
	DefaultConfig(), // -flow on
	{HTTP: true, SkipGenerated: true},
	{HTTP: true, Invalid: true, Flow: true, SkipGenerated: true}, // the flow without comparisons
	{WebSocket: true, Comparisons: true, Frameworks: true, Invalid: true, SkipGenerated: true},
	{HTTP: true, WebSocket: true, Frameworks: true, NetHTTPConstants: true}, // generated files too
	{HTTP: true, WebSocket: true, Comparisons: true, Invalid: true, Flow: true, Funcs: []string{
		"example.com/fuzz.JSON:1:http", "example.com/fuzz.Ctx.Close:0:coder",
	}},
	{HTTP: true, WebSocket: true, Comparisons: true, Invalid: true, Flow: true, Nolint: true, Allow: []int{200, 404, 1000}},
	{},
}

// reportable reports whether cfg lets the pass report d: its family (the
// message names it for invalid codes) and its check are switched on.
func reportable(cfg Config, d analysis.Diagnostic) bool {
	http := strings.Contains(d.Message, " HTTP status ")
	ws := strings.Contains(d.Message, " WebSocket close code ")
	family := http && cfg.HTTP || ws && cfg.WebSocket
	switch d.Category {
	case "http":
		return family && http
	case "websocket":
		return family && ws
	case "invalid":
		return family && cfg.Invalid
	}
	return false
}

// fuzzUniverse is the fixed set of importable packages, shared by every
// input. Its file set also holds the inputs' files while they are checked.
type fuzzUniverse struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
}

func (u *fuzzUniverse) Import(path string) (*types.Package, error) {
	if p := u.pkgs[path]; p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("package %s is not in the fuzz universe", path)
}

// loadUniverse imports stdPaths from export data and type-checks every
// library stub under testdata/src (the directories whose path starts with
// a domain: github.com/..., nhooyr.io/...), each after the stubs it imports.
func loadUniverse(tb testing.TB, stdPaths []string) *fuzzUniverse {
	u := &fuzzUniverse{fset: token.NewFileSet(), pkgs: make(map[string]*types.Package)}
	gc := importer.ForCompiler(u.fset, "gc", nil)
	root := filepath.Join("..", "testdata", "src")
	stubs := make(map[string][]*ast.File)
	err := filepath.WalkDir(root, func(dir string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, dir)
		rel = filepath.ToSlash(rel)
		first, _, _ := strings.Cut(rel, "/")
		if !strings.Contains(first, ".") {
			return nil
		}
		names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range names {
			f, err := parser.ParseFile(u.fset, name, nil, parser.ParseComments)
			if err != nil {
				return err
			}
			stubs[rel] = append(stubs[rel], f)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	var load func(path string) *types.Package
	load = func(path string) *types.Package {
		if pkg := u.pkgs[path]; pkg != nil {
			return pkg
		}
		files, ok := stubs[path]
		if !ok {
			if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") && path != "unsafe" && path != "C" {
				if pkg, err := gc.Import(path); err == nil {
					u.pkgs[path] = pkg
				}
			}
			return u.pkgs[path]
		}
		for _, f := range files {
			for _, spec := range f.Imports {
				load(importPath(spec))
			}
		}
		pkg, err := (&types.Config{Importer: u}).Check(path, u.fset, files, nil)
		if err != nil {
			tb.Fatalf("stub %s: %v", path, err)
		}
		u.pkgs[path] = pkg
		return pkg
	}
	for _, p := range stdPaths {
		load(p)
	}
	for p := range stubs {
		load(p)
	}
	return u
}

func importPath(spec *ast.ImportSpec) string {
	p, _ := strconv.Unquote(spec.Path.Value)
	return p
}

// A fuzzSeed is an input and where it comes from, for failure messages.
type fuzzSeed struct {
	name string
	src  []byte
}

// fuzzSeeds returns the seed inputs and the standard-library packages
// they import.
func fuzzSeeds(tb testing.TB) ([]fuzzSeed, []string) {
	var seeds []fuzzSeed
	imports := map[string]bool{"net/http": true, "net/http/httptest": true, "fmt": true, "context": true, "errors": true}
	stub := func(rel string) bool { // a library stub: src/<domain>/...
		rel = filepath.ToSlash(rel)
		first, _, _ := strings.Cut(strings.TrimPrefix(rel, "src/"), "/")
		return strings.Contains(rel, "/vendor/") || strings.HasPrefix(rel, "src/") && strings.Contains(first, ".")
	}
	root := filepath.Join("..", "testdata")
	byDir := make(map[string]*txtar.Archive)
	var dirs []string
	for _, sub := range []string{"src", "integration", "demo", "gopls"} {
		err := filepath.WalkDir(filepath.Join(root, sub), func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, name)
			base := filepath.Base(name)
			if stub(rel) || !(strings.HasSuffix(base, ".go") || strings.HasSuffix(base, ".go.golden") || strings.HasSuffix(base, ".go.txt")) {
				return nil
			}
			data, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			seeds = append(seeds, fuzzSeed{filepath.ToSlash(rel), data})
			if f, _ := parser.ParseFile(token.NewFileSet(), name, data, parser.ImportsOnly); f != nil {
				for _, spec := range f.Imports {
					imports[importPath(spec)] = true
				}
			}
			if strings.HasSuffix(base, ".go") {
				dir := filepath.ToSlash(filepath.Dir(rel))
				if byDir[dir] == nil {
					byDir[dir] = new(txtar.Archive)
					dirs = append(dirs, dir)
				}
				byDir[dir].Files = append(byDir[dir].Files, txtar.File{Name: base, Data: data})
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	for _, dir := range dirs {
		if ar := byDir[dir]; len(ar.Files) > 1 {
			seeds = append(seeds, fuzzSeed{dir + " (package as txtar)", txtar.Format(ar)})
		}
	}
	for i, src := range handSeeds {
		seeds = append(seeds, fuzzSeed{fmt.Sprintf("handSeeds[%d]", i), []byte(src)})
	}
	seeds = append(seeds, corpusSeeds(tb, "FuzzAnalyzer")...)
	var std []string
	for p := range imports {
		std = append(std, p)
	}
	slices.Sort(std)
	return seeds, std
}

// unmarshalCorpusFile decodes a go test corpus file with one []byte value.
// corpusSeeds returns the inputs kept in ../testdata/fuzz/TARGET, named
// by their files.
func corpusSeeds(tb testing.TB, target string) []fuzzSeed {
	dir := filepath.Join("..", "testdata", "fuzz", target)
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		tb.Fatal(err)
	}
	var seeds []fuzzSeed
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatal(err)
		}
		src, err := unmarshalCorpusFile(data)
		if err != nil {
			tb.Fatalf("%s: %v", e.Name(), err)
		}
		seeds = append(seeds, fuzzSeed{"testdata/fuzz/" + target + "/" + e.Name(), src})
	}
	return seeds
}

func unmarshalCorpusFile(data []byte) ([]byte, error) {
	header, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || string(header) != "go test fuzz v1" {
		return nil, errors.New(`not a "go test fuzz v1" file`)
	}
	e, err := parser.ParseExpr(strings.TrimSpace(string(rest)))
	if err != nil {
		return nil, err
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, errors.New("want one []byte(...) value")
	}
	if at, ok := call.Fun.(*ast.ArrayType); !ok || at.Len != nil || fmt.Sprint(at.Elt) != "byte" {
		return nil, errors.New("want one []byte(...) value")
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil, errors.New("want a string literal")
	}
	s, err := strconv.Unquote(lit.Value)
	return []byte(s), err
}

// handSeeds are inputs the test data lacks: odd layouts around the places
// where fixes insert imports, and broken code.
var handSeeds = []string{
	"package p\r\n\r\nimport \"net/http\"\r\n\r\nfunc f(w http.ResponseWriter) {\r\n\tw.WriteHeader(404)\r\n}\r\n",
	"package p\n\nimport (\"fmt\"; \"net/http\")\n\nfunc f(w http.ResponseWriter) { fmt.Println(); w.WriteHeader(404) }",
	"package p\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/coder/websocket\"\n)\n\nfunc f(c *websocket.Conn, w interface{ WriteHeader(int) }) { fmt.Println(); c.Close(1000, \"\") }\n",
	"package p\n\nimport \"github.com/coder/websocket\"\n\ntype rw interface{ http.ResponseWriter }\n\nfunc f(c *websocket.Conn) error { return c.Close(websocket.StatusCode(1001), \"\") }",
	"package p\n\n//line other.go:100\nimport \"net/http\"\n\n//line :1:1\nfunc f(w http.ResponseWriter) { w.WriteHeader(0x194); http.Error(w, \"\", (500)) }\n",
	"\ufeffpackage p\nimport \"net/http\"\nfunc f(w http.ResponseWriter) { w.WriteHeader(4_04) }",
	"package p\n\n/*\n#include <stdio.h>\n*/\nimport \"C\"\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) { w.WriteHeader(404) }\n",
	"package p\n\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) { w.WriteHeader(404",
	"package p\n\nimport \"net/http\"\n\nfunc f(w http.ResponseWriter) { w.WriteHeader(404) ; x := }\n",
	"package p\n\nimport \"net/http\"\n\nvar _ = http.StatusText(404)\nvar h = http.RedirectHandler(\"/\", 301)\n",
	"package p\n\nimport \"github.com/gorilla/websocket\"\n\nvar m = websocket.FormatCloseMessage(1000, \"\")\nvar _ = websocket.IsCloseError(nil, 1000, 1001, 4000)\n",
	"package p\n\nimport nethttp \"net/http\"\n\nfunc f(w nethttp.ResponseWriter, http int) { w.WriteHeader(404); _ = http }\n",
	"package p\n\nimport . \"net/http\"\n\nfunc f(w ResponseWriter) { w.WriteHeader(404); ResponseWriter.WriteHeader(w, 500) }\n",
	"package p\n\nimport \"github.com/gobwas/ws\"\n\nfunc f() { _ = ws.NewCloseFrameBody(1000, \"\"); _ = ws.RejectionStatus(404) }\n",
	"-- a.go --\npackage p\n\nimport \"github.com/coder/websocket\"\n\nfunc f(c *websocket.Conn) { c.Close(1000, \"\") }\n-- b.go --\npackage p\n\nfunc g(c conn) { c.Close(1001, \"\") }\n-- c.go --\npackage p\n\nimport \"github.com/coder/websocket\"\n\ntype conn = *websocket.Conn\n",
	"package p\n\nimport \"net/http\"\n\ntype W[T any] struct{ http.ResponseWriter }\n\nfunc (w W[T]) WriteHeader(int) {}\n\nfunc f[T any](w W[T]) { w.WriteHeader(404) }\n",
}

func FuzzAnalyzer(f *testing.F) {
	seeds, std := fuzzSeeds(f)
	u := loadUniverse(f, std)
	origin := make(map[string]string, len(seeds))
	for _, s := range seeds {
		f.Add(s.src)
		if _, dup := origin[string(s.src)]; !dup {
			origin[string(s.src)] = s.name
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if name, ok := origin[string(src)]; ok {
			t.Logf("input: %s", name)
		}
		u.checkInput(t, src)
	})
}

// fuzzPackage is one type-checked package of an input.
type fuzzPackage struct {
	path     string               // fuzzPkgPath, or fuzzDepPath for the dependency
	dep      *fuzzPackage         // the package's dependency a, or nil
	inherit  map[string]fuzzFacts // what its importer inherits, by configuration
	files    []*ast.File
	toks     []*token.File
	srcs     [][]byte
	parsed   bool // no syntax error
	typed    bool // no syntax or type error
	pkg      *types.Package
	info     *types.Info
	typeErrs []error
}

// splitInput returns the files of an input: a txtar archive's, or the input
// as one file. The files of an archive under a/ (when others are not) are
// those of the dependency, returned apart.
func splitInput(src []byte) (names []string, srcs [][]byte, depNames []string, depSrcs [][]byte) {
	if bytes.HasPrefix(src, []byte("-- ")) {
		if ar := txtar.Parse(src); len(ar.Files) > 0 {
			for i, f := range ar.Files {
				if strings.HasPrefix(f.Name, "a/") {
					depNames = append(depNames, fmt.Sprintf("a.%d_%s", i, path.Base(f.Name)))
					depSrcs = append(depSrcs, f.Data)
					continue
				}
				names = append(names, fmt.Sprintf("%d_%s", i, path.Base(f.Name)))
				srcs = append(srcs, f.Data)
			}
			if len(names) == 0 { // only a/: one package
				return depNames, depSrcs, nil, nil
			}
			return names, srcs, depNames, depSrcs
		}
	}
	return []string{"fuzz.go"}, [][]byte{src}, nil, nil
}

// load parses and type-checks srcs as the package path, which imports
// dep's package as fuzzDepPath when dep is not nil. It returns nil if a
// file yields no AST at all, or if go/types panics (not this analyzer's
// bug). The caller must call release.
func (u *fuzzUniverse) load(path string, dep *fuzzPackage, names []string, srcs [][]byte) (p *fuzzPackage) {
	p = &fuzzPackage{path: path, dep: dep, srcs: srcs, parsed: true}
	for i, src := range srcs {
		f, err := parser.ParseFile(u.fset, names[i], src, parser.AllErrors|parser.ParseComments)
		if f != nil {
			p.files = append(p.files, f)
			p.toks = append(p.toks, u.fset.File(f.FileStart))
		}
		if f == nil {
			u.release(p)
			return nil
		}
		if err != nil {
			p.parsed = false
		}
	}
	p.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Instances:    make(map[*ast.Ident]types.Instance),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	var imp types.Importer = u
	if dep != nil {
		imp = depImporter{u, dep.pkg}
	}
	conf := types.Config{
		Importer: imp,
		Error:    func(err error) { p.typeErrs = append(p.typeErrs, err) },
		Sizes:    types.SizesFor("gc", "amd64"),
	}
	defer func() {
		if r := recover(); r != nil {
			u.release(p)
			p = nil
		}
	}()
	p.pkg, _ = conf.Check(path, u.fset, p.files, p.info)
	p.typed = p.parsed && len(p.typeErrs) == 0
	return p
}

func (u *fuzzUniverse) release(p *fuzzPackage) {
	for _, tok := range p.toks {
		u.fset.RemoveFile(tok)
	}
}

// analyze runs the pass with cfg, with the facts of p's dependency, which
// it analyzes first (once per configuration), as drivers do.
func (u *fuzzUniverse) analyze(p *fuzzPackage, cfg Config) []analysis.Diagnostic {
	diags, _ := u.analyzeFacts(p, cfg)
	return diags
}

// analyzeFacts is analyze, which also returns the facts that the pass
// exported, with those it inherited.
func (u *fuzzUniverse) analyzeFacts(p *fuzzPackage, cfg Config) ([]analysis.Diagnostic, fuzzFacts) {
	var diags []analysis.Diagnostic
	an := u.analyzer(cfg)
	pass := &analysis.Pass{
		Analyzer:   an,
		Fset:       u.fset,
		Files:      p.files,
		Pkg:        p.pkg,
		TypesInfo:  p.info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.files)},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			for i, tok := range p.toks {
				if tok.Name() == name {
					return p.srcs[i], nil
				}
			}
			return nil, fs.ErrNotExist
		},
	}
	facts, done := setFacts(pass, an, u.depFacts(p, cfg))
	if err := run(pass, &cfg, new(reachMemo)); err != nil {
		panic(err) // fuzzConfigs have no -funcs entries to fail on
	}
	done()
	return diags, facts
}

func (u *fuzzUniverse) checkInput(t *testing.T, src []byte) {
	names, srcs, depNames, depSrcs := splitInput(src)
	var dep *fuzzPackage
	if len(depSrcs) > 0 {
		if dep = u.load(fuzzDepPath, nil, depNames, depSrcs); dep == nil {
			t.Skip("no AST, or go/types panicked")
		}
		defer u.release(dep)
	}
	p := u.load(fuzzPkgPath, dep, names, srcs)
	if p == nil {
		t.Skip("no AST, or go/types panicked")
	}
	defer u.release(p)
	checked := make(map[string]bool) // fixed sources already checked
	depChecked := make(map[string]bool)
	for _, cfg := range fuzzConfigs {
		if dep != nil { // in dependency order, as drivers analyze
			diags := u.analyzeDep(dep, cfg)
			u.checkDiagnostics(t, dep, depNames, cfg, diags, depChecked)
		}
		diags := u.analyze(p, cfg)
		u.checkDiagnostics(t, p, names, cfg, diags, checked)
	}
}

// locate returns the index of the file that holds [pos, end], or -1. With
// past set, end lies a little beyond the end of that file: drivers accept
// and truncate such ranges, which ast.Node.End yields for some nodes of a
// partial AST (golang/go#71659).
func (p *fuzzPackage) locate(pos, end token.Pos) (fi int, past bool) {
	for i, tok := range p.toks {
		eof := tok.Base() + tok.Size()
		if !pos.IsValid() || int(pos) < tok.Base() || int(pos) > eof || end < pos {
			continue
		}
		if int(end) <= eof {
			return i, false
		}
		if int(end) < eof+10 {
			return i, true
		}
	}
	return -1, false
}

func (u *fuzzUniverse) checkDiagnostics(t *testing.T, p *fuzzPackage, names []string, cfg Config, diags []analysis.Diagnostic, checked map[string]bool) {
	t.Helper()
	type edit = fuzzEdit
	all := make([][]edit, len(p.files))  // every fix's edits, by file
	withFix := make([]int, len(p.files)) // diagnostics with a fix, by file
	for _, d := range diags {
		end := d.End
		if !end.IsValid() {
			end = d.Pos
		}
		fi, past := p.locate(d.Pos, end)
		if fi < 0 {
			t.Errorf("%+v: diagnostic %q at [%d, %d] lies in no file", cfg, d.Message, d.Pos, d.End)
			continue
		}
		where := fmt.Sprintf("%+v: %s: %q", cfg, u.fset.Position(d.Pos), d.Message)
		// The range is the argument the fix replaces: an expression.
		base, eof := p.toks[fi].Base(), p.toks[fi].Base()+p.toks[fi].Size()
		text := p.srcs[fi][int(d.Pos)-base : min(int(end), eof)-base]
		if _, err := parser.ParseExpr(string(text)); err != nil || past {
			t.Errorf("%s: range [%d, %d] (end of file %d) is not an expression: %q", where, d.Pos, end, eof, text)
		}
		if !reportable(cfg, d) {
			t.Errorf("%s: category %q reported", where, d.Category)
		}
		// The flow's hops, and only the flow's, come as related
		// information, each inside a file of the package.
		if len(d.Related) > 0 && !cfg.Flow {
			t.Errorf("%s: related information with -flow=false", where)
		}
		for _, r := range d.Related {
			rfi, _ := p.locate(r.Pos, max(r.Pos, r.End))
			if rfi < 0 && p.dep != nil { // a hop in the dependency
				rfi, _ = p.dep.locate(r.Pos, max(r.Pos, r.End))
			}
			if rfi < 0 || r.Message == "" {
				t.Errorf("%s: related %q at [%d, %d] lies in no file", where, r.Message, r.Pos, r.End)
			}
		}
		if len(d.SuggestedFixes) > 0 {
			withFix[fi]++
		}
		if len(d.SuggestedFixes) > 1 {
			t.Errorf("%s: %d fixes, want at most one", where, len(d.SuggestedFixes))
		}
		tok := p.toks[fi]
		for _, fix := range d.SuggestedFixes {
			if len(fix.TextEdits) == 0 {
				t.Errorf("%s: fix %q has no edits", where, fix.Message)
			}
			var edits []edit
			ok := true
			for _, e := range fix.TextEdits {
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				efi, past := p.locate(e.Pos, end)
				if efi != fi || past {
					t.Errorf("%s: fix %q: edit [%d, %d] %q outside the diagnostic's file [%d, %d]", where, fix.Message, e.Pos, e.End, e.NewText, tok.Base(), tok.Base()+tok.Size())
					ok = false
					continue
				}
				if past { // drivers truncate such an edit to the end of the file
					end = token.Pos(tok.Base() + tok.Size())
				}
				edits = append(edits, edit{int(e.Pos) - tok.Base(), int(end) - tok.Base(), string(e.NewText)})
			}
			if !ok {
				continue
			}
			for i := 1; i < len(edits); i++ {
				if edits[i-1].start > edits[i].start {
					t.Errorf("%s: fix %q: edits not sorted: %v", where, fix.Message, edits)
				}
			}
			slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
			for i := 1; i < len(edits); i++ {
				if edits[i-1].end > edits[i].start {
					t.Errorf("%s: fix %q: overlapping edits %v and %v", where, fix.Message, edits[i-1], edits[i])
					ok = false
				}
			}
			if !ok {
				continue
			}
			all[fi] = append(all[fi], edits...)
			fixed := apply(p.srcs[fi], edits)
			u.checkFixed(t, p, names, fi, fixed, checked, where+": fix "+strconv.Quote(fix.Message), -1, cfg)
		}
	}

	// All fixes together, per file: identical edits merge, distinct ones
	// must not overlap (distinct insertions at one offset may share it).
	for fi, edits := range all {
		if len(edits) == 0 {
			continue
		}
		slices.SortStableFunc(edits, func(a, b edit) int {
			if a.start != b.start {
				return a.start - b.start
			}
			return a.end - b.end
		})
		var merged []edit
		for _, e := range edits {
			if !slices.Contains(merged, e) {
				merged = append(merged, e)
			}
		}
		slices.SortStableFunc(merged, func(a, b edit) int { return a.start - b.start })
		conflict := false
		for i := 1; i < len(merged); i++ {
			a, b := merged[i-1], merged[i]
			if a.end > b.start || a.start == b.start && (a.end > a.start || b.end > b.start) {
				t.Errorf("%+v: %s: fixes conflict: edits %v and %v", cfg, names[fi], a, b)
				conflict = true
			}
		}
		if conflict {
			continue
		}
		fixed := apply(p.srcs[fi], merged)
		u.checkFixed(t, p, names, fi, fixed, checked, fmt.Sprintf("%+v: %s: all fixes", cfg, names[fi]), len(diags)-withFix[fi], cfg)
	}
}

// A fuzzEdit is a TextEdit as byte offsets in its file.
type fuzzEdit struct {
	start, end int
	text       string
}

// apply returns src with sorted, non-overlapping edits applied.
func apply(src []byte, edits []fuzzEdit) []byte {
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.start]...)
		out = append(out, e.text...)
		last = e.end
	}
	return append(out, src[last:]...)
}

// checkFixed checks file fi of p with its source replaced by fixed: it
// must parse if p did, and type-check if p did. With want >= 0 (all of
// the file's fixes applied), the pass must then report want diagnostics:
// those without a fix and those in other files.
func (u *fuzzUniverse) checkFixed(t *testing.T, p *fuzzPackage, names []string, fi int, fixed []byte, checked map[string]bool, what string, want int, cfg Config) {
	t.Helper()
	if !p.parsed {
		return
	}
	key := strconv.Itoa(fi) + "\x00" + strconv.Itoa(want) + "\x00" + fmt.Sprint(cfg) + "\x00" + string(fixed)
	if want < 0 {
		key = strconv.Itoa(fi) + "\x00" + string(fixed)
	}
	if checked[key] {
		return
	}
	checked[key] = true
	srcs := slices.Clone(p.srcs)
	srcs[fi] = fixed
	q := u.load(p.path, p.dep, names, srcs)
	if q != nil {
		defer u.release(q)
	}
	if q == nil {
		if _, err := parser.ParseFile(token.NewFileSet(), names[fi], fixed, parser.AllErrors); err == nil {
			t.Logf("%s: go/types panicked on the result", what) // not this analyzer's bug
			return
		}
	}
	if q == nil || !q.parsed {
		_, err := parser.ParseFile(token.NewFileSet(), names[fi], fixed, parser.AllErrors)
		t.Errorf("%s: result does not parse: %v\n%s", what, err, fixed)
		return
	}
	if !p.typed {
		return
	}
	if !q.typed {
		t.Errorf("%s: result does not type-check: %v\n%s", what, q.typeErrs, fixed)
		return
	}
	if want >= 0 {
		if diags := u.analyze(q, cfg); len(diags) != want {
			var msgs []string
			for _, d := range diags {
				msgs = append(msgs, fmt.Sprintf("%s: %s (%d fixes)", u.fset.Position(d.Pos), d.Message, len(d.SuggestedFixes)))
			}
			t.Errorf("%s: %d diagnostics after the fixes, want %d (without a fix or in other files):\n%s\n%s", what, len(diags), want, strings.Join(msgs, "\n"), fixed)
		}
	}
}
