package analyzer

import (
	_ "embed"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var doc string

// Analyzer reports magic HTTP status and WebSocket close codes with the
// default configuration. Drivers (go vet, gopls, golangci-lint, nogo,
// multichecker) can use it as is; its flags change its configuration.
var Analyzer = New(DefaultConfig())

// New returns an analyzer named "statuscode" that checks what cfg selects.
// Its flags (-http, -websocket, -skip-generated) start at cfg's values.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	a := &analysis.Analyzer{
		Name:     "statuscode",
		Doc:      mustExtractDoc(doc, "statuscode"),
		URL:      "https://pkg.go.dev/github.com/statuscode-lint/statuscode/analyzer",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// The pass tolerates missing type information, so editors get
		// diagnostics while the code does not yet compile.
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (any, error) {
			run(pass, c)
			return nil, nil
		},
	}
	a.Flags.BoolVar(&c.HTTP, "http", c.HTTP, "report magic HTTP status codes (net/http)")
	a.Flags.BoolVar(&c.WebSocket, "websocket", c.WebSocket, "report magic WebSocket close codes (gorilla, coder, nhooyr, gobwas)")
	a.Flags.BoolVar(&c.SkipGenerated, "skip-generated", c.SkipGenerated, `skip files marked "Code generated ... DO NOT EDIT."`)
	return a
}

func (c *Config) enabled(f *codeFamily) bool {
	switch f.key {
	case "http":
		return c.HTTP
	case "websocket":
		return c.WebSocket
	}
	return false
}

func run(pass *analysis.Pass, cfg *Config) {
	if !cfg.HTTP && !cfg.WebSocket {
		return
	}
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, cfg: cfg}
	var (
		file *ast.File
		skip bool
	)
	inspect.Preorder(nodeFilter, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.File:
			c.flush(file)
			file = n
			skip = cfg.SkipGenerated && ast.IsGenerated(n)
		case *ast.CallExpr:
			if !skip {
				c.checkCall(n)
			}
		}
	})
	c.flush(file)
}

var nodeFilter = []ast.Node{(*ast.File)(nil), (*ast.CallExpr)(nil)}

// A checker holds one pass's state. Everything it caches is built on the
// first call that may match, so packages without status calls cost a walk.
type checker struct {
	pass     *analysis.Pass
	cfg      *Config
	findings []finding // in the current file

	pkgs      map[string]*types.Package        // transitive imports by path
	writers   map[*types.Func]bool             // WriteHeader methods: on an http.ResponseWriter?
	constants map[*codeFamily]map[int64]string // constant names by value, per family
}
