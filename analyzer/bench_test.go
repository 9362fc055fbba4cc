package analyzer

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"runtime"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	usestdlibvars "github.com/sashamelentyev/usestdlibvars/pkg/analyzer"
)

// The benchmarks time the statuscode pass against the floor of any
// call-site linter: a walk over every *ast.CallExpr through the same
// inspector that does nothing. Compare with
//
//	go test ./analyzer -run '^$' -bench . -benchmem -count 10 | tee new.txt
//	benchstat new.txt

var benchPkgs []*analysis.Pass

func loadBenchPackages(b *testing.B) []*analysis.Pass {
	if benchPkgs != nil {
		return benchPkgs
	}
	// STATUSCODE_BENCH_DIR names a module to load instead, ./... with its
	// tests: scripts/bench.sh points it at a corpus module.
	cfg := &packages.Config{Mode: packages.LoadAllSyntax}
	patterns := []string{"net/http/...", "net/rpc/...", "expvar", "net/http/pprof"}
	dir := os.Getenv("STATUSCODE_BENCH_DIR")
	if dir != "" {
		// The module's own packages and tests, dependencies from export data.
		cfg = &packages.Config{Mode: packages.LoadSyntax, Dir: dir, Tests: true}
		patterns = []string{"./..."}
	}
	roots, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	visit := packages.Visit
	if dir != "" {
		visit = func(pkgs []*packages.Package, _ func(*packages.Package) bool, post func(*packages.Package)) {
			for _, p := range pkgs {
				post(p)
			}
		}
	}
	visit(roots, nil, func(p *packages.Package) {
		if p.Types == nil || len(p.Syntax) == 0 {
			return
		}
		benchPkgs = append(benchPkgs, &analysis.Pass{
			Fset:      p.Fset,
			Files:     p.Syntax,
			Pkg:       p.Types,
			TypesInfo: p.TypesInfo,
			ResultOf:  map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
			Report:    func(analysis.Diagnostic) {},
		})
	})
	return benchPkgs
}

// warmUp runs f once and collects the garbage of the loading, so that
// the first timed round pays neither go/types' lazy completions nor a
// collection of the heap that the loading left.
func warmUp(f func()) {
	f()
	runtime.GC()
}

func BenchmarkStatuscode(b *testing.B) {
	passes := loadBenchPackages(b)
	cfg := DefaultConfig()
	memo := new(reachMemo)
	warmUp(func() {
		for _, pass := range passes {
			run(pass, &cfg, memo)
		}
	})
	for b.Loop() {
		for _, pass := range passes {
			run(pass, &cfg, memo)
		}
	}
	b.ReportMetric(float64(len(passes)), "pkgs")
}

// BenchmarkStatuscodeNoFlow is the pass with -flow=false: the table walk
// alone.
func BenchmarkStatuscodeNoFlow(b *testing.B) {
	passes := loadBenchPackages(b)
	cfg := DefaultConfig()
	cfg.Flow = false
	memo := new(reachMemo)
	warmUp(func() {
		for _, pass := range passes {
			run(pass, &cfg, memo)
		}
	})
	for b.Loop() {
		for _, pass := range passes {
			run(pass, &cfg, memo)
		}
	}
}

// BenchmarkUsestdlibvars runs usestdlibvars v1.29.0, the golangci-lint
// linter for HTTP status constants, on the same passes: the reference the
// statuscode pass with flow should not exceed. Its defaults are
// golangci-lint's (http-method and http-status-code on, the rest off); it
// reads its flags through pass.Analyzer, so each pass is copied with it.
// The diags metric shows that it runs its checks.
func BenchmarkUsestdlibvars(b *testing.B) {
	a := usestdlibvars.New()
	var passes []*analysis.Pass
	diags := 0
	for _, pass := range loadBenchPackages(b) {
		p := *pass
		p.Analyzer = a
		p.Report = func(analysis.Diagnostic) { diags++ }
		passes = append(passes, &p)
	}
	warmUp(func() {
		for _, pass := range passes {
			if _, err := a.Run(pass); err != nil {
				b.Fatal(err)
			}
		}
	})
	diags = 0
	for b.Loop() {
		for _, pass := range passes {
			if _, err := a.Run(pass); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(passes)), "pkgs")
	b.ReportMetric(float64(diags)/float64(b.N), "diags")
}

func BenchmarkBareCallWalk(b *testing.B) {
	passes := loadBenchPackages(b)
	filter := []ast.Node{(*ast.CallExpr)(nil)}
	calls := 0
	warmUp(func() {
		for _, pass := range passes {
			pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Preorder(filter, func(ast.Node) { calls++ })
		}
	})
	for b.Loop() {
		for _, pass := range passes {
			pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Preorder(filter, func(ast.Node) { calls++ })
		}
	}
}

// TestNoAllocsOnOtherCalls checks that a call, comparison, switch or
// composite literal that involves no status API or field costs no
// allocation, whatever its names.
func TestNoAllocsOnOtherCalls(t *testing.T) {
	const src = `package p

import ("fmt"; "net/http")

type table struct{ Code, StatusCode int }

func (table) WriteHeader(int) {}
func (table) Equal(a, b any) {}

func f(w http.ResponseWriter, t table, r *http.Request) {
	fmt.Println("x", 1)
	t.WriteHeader(200)
	w.Header().Set("a", "b")
	_ = len("x")
	_ = t.Code == 200 || t.StatusCode != 404 || r.ContentLength == 0
	_ = table{Code: 200, StatusCode: 404}
	t.Equal(200, t.Code)
	switch t.StatusCode {
	case 200:
	}
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Uses:       make(map[*ast.Ident]types.Object),
		Defs:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
		Implicits:  make(map[ast.Node]types.Object),
	}
	conf := types.Config{Importer: defaultImporter(fset)}
	pkg, err := conf.Check("p", fset, []*ast.File{file}, info)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	c := &walker{env: newEnv(&analysis.Pass{Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info}, &cfg, userAPIs{}, nil)}
	var nodes []ast.Node
	inspector.New([]*ast.File{file}).Preorder(nodeFilter[1:], func(n ast.Node) {
		nodes = append(nodes, n)
	})
	for _, n := range nodes {
		c.visit(n) // warm the per-pass caches (table.WriteHeader's verdict, status fields)
	}
	if len(c.findings) != 0 {
		t.Fatalf("findings on nodes that involve no status API: %d", len(c.findings))
	}
	allocs := testing.AllocsPerRun(100, func() {
		for _, n := range nodes {
			c.visit(n)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per run over %d non-matching nodes, want 0", allocs, len(nodes))
	}
}

func defaultImporter(fset *token.FileSet) types.Importer {
	return importer.ForCompiler(fset, "gc", nil)
}
