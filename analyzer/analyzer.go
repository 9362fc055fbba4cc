package analyzer

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

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
// Its flags start at cfg's values. A malformed Funcs entry makes every
// pass fail with an error that names it; Config.Validate reports it first.
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
			return nil, run(pass, c)
		},
	}
	a.Flags.BoolVar(&c.HTTP, "http", c.HTTP, "report magic HTTP status codes (net/http and frameworks)")
	a.Flags.BoolVar(&c.WebSocket, "websocket", c.WebSocket, "report magic WebSocket close codes (gorilla, coder, nhooyr, gobwas and others)")
	a.Flags.BoolVar(&c.Comparisons, "comparisons", c.Comparisons, "report literals compared with status fields and results (resp.StatusCode == 200, switch cases, testify assertions) and stored in them by composite literals")
	a.Flags.BoolVar(&c.Frameworks, "frameworks", c.Frameworks, "check web frameworks' status-taking APIs (gin, echo, fiber, fasthttp, chi/render, hertz) and more WebSocket libraries")
	a.Flags.BoolVar(&c.Invalid, "invalid", c.Invalid, "report codes the API panics on or must not send (w.WriteHeader(1000), close code 1006), without a fix")
	a.Flags.BoolVar(&c.NetHTTPConstants, "net-http-constants", c.NetHTTPConstants, "write net/http's constants in fixes for frameworks that have their own (fiber, fasthttp, hertz)")
	a.Flags.Var((*funcsFlag)(&c.Funcs), "funcs", "comma-separated `list` of more status-taking functions, each pkg/path.Func:ARG:FAMILY or pkg/path.Type.Method:ARG:FAMILY (ARG counts from 0; FAMILY is "+familyNames()+"); repeatable")
	setFlow(a, c, c.Flow)
	a.Flags.Var(&flowFlag{a, c}, "flow", "follow codes one hop away and more: through the package's variables, fields, results, elements and its own helpers' parameters (respondJSON(w, 404, v), test tables compared with rec.Code)")
	a.Flags.BoolVar(&c.SkipGenerated, "skip-generated", c.SkipGenerated, `skip files marked "Code generated ... DO NOT EDIT."`)
	return a
}

// enabled reports whether the configuration checks codes of family f in
// APIs of group g.
func (c *checker) enabled(f *codeFamily, g apiGroup) bool {
	on := false
	switch f.key {
	case "http":
		on = c.cfg.HTTP
	case "websocket":
		on = c.cfg.WebSocket
	}
	return on && (g != frameworkAPI || c.cfg.Frameworks)
}

func run(pass *analysis.Pass, cfg *Config) error {
	if !cfg.HTTP && !cfg.WebSocket {
		return nil
	}
	user, err := parseFuncs(cfg.Funcs)
	if err != nil {
		return err
	}
	inspect := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, cfg: cfg, user: user, inspect: inspect}
	c.importFacts()
	filter := nodeFilter
	if !cfg.Comparisons {
		filter = callFilter
	}
	// A package that imports a package of the tables notes what the flow
	// may need in the same walk; one that meets a row only through another
	// package's types (rare) walks a second time.
	if cfg.Flow && (c.importsTables() || c.imp.any()) {
		c.ix = newFlowIndex(c)
		filter = flowWalkFilter
		if !cfg.Comparisons {
			filter = flowCallWalkFilter
		}
	}
	inspect.Preorder(filter, c.visit)
	if cfg.Flow && c.ix == nil && c.touched {
		c.ix = newFlowIndex(c)
		inspect.Preorder(flowWalkFilter, func(n ast.Node) {
			if call, ok := n.(*ast.CallExpr); ok {
				c.ix.noteCall(call, calleeName(call.Fun))
			} else {
				c.ix.note(n)
			}
		})
	}
	if c.ix != nil && c.ix.hasSeeds() {
		c.found = make(map[token.Pos]bool, len(c.findings))
		for _, f := range c.findings {
			c.found[f.arg.Pos()] = true
		}
		c.runFlow()
	}
	c.flushAll()
	if c.ix != nil {
		c.ix.release()
	}
	return nil
}

// importsTables reports whether the package imports a package of the
// tables directly: a test that hands rec.Code to its own helper touches
// no table row in the walk.
func (c *checker) importsTables() bool {
	for _, imp := range c.pass.Pkg.Imports() {
		if path := unvendored(imp.Path()); tablePkgs[path] || sourcePkgs[path] {
			return true
		}
	}
	return false
}

// visit checks one node of nodeFilter's types. Every node of a package
// comes here, so the common kinds come first and most return at once.
func (c *checker) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.CallExpr:
		name := calleeName(n.Fun)
		c.checkCall(n, name)
		if c.ix != nil {
			c.ix.noteCall(n, name)
		}
	case *ast.BinaryExpr:
		if c.cfg.Comparisons && (n.Op == token.EQL || n.Op == token.NEQ) {
			c.checkBinary(n)
		}
		if c.ix != nil {
			c.ix.noteCompare(n)
		}
	case *ast.AssignStmt:
		c.ix.noteAssign(n) // only the flow's walk visits these, and the next two
	case *ast.RangeStmt:
		c.ix.body = append(c.ix.body, n)
	case *ast.ValueSpec:
		c.ix.noteValueSpec(n)
	case *ast.CompositeLit:
		if c.cfg.Comparisons {
			c.checkCompositeLit(n)
		}
		if c.ix != nil {
			c.ix.noteLit(n)
		}
	case *ast.SwitchStmt:
		if c.cfg.Comparisons {
			c.checkSwitch(n)
		}
		if c.ix != nil {
			c.ix.noteSwitch(n)
		}
	case *ast.File:
		c.file = n
		if c.ix != nil {
			c.ix.noteFile()
		}
	}
}

var (
	nodeFilter = []ast.Node{
		(*ast.File)(nil),
		(*ast.CallExpr)(nil),
		(*ast.BinaryExpr)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.CompositeLit)(nil),
	}
	callFilter = nodeFilter[:2] // with -comparisons=false

	// The walk that notes what the flow may need, too.
	flowWalkFilter     = append(nodeFilter[:len(nodeFilter):len(nodeFilter)], flowNodes...)
	flowCallWalkFilter = append(callFilter[:len(callFilter):len(callFilter)], append([]ast.Node{(*ast.CompositeLit)(nil)}, flowNodes...)...)
	flowNodes          = []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil)}
)

// A checker holds one pass's state. Everything it caches is built on the
// first node that may match, so packages without status codes cost a walk.
type checker struct {
	pass      *analysis.Pass
	inspect   *inspector.Inspector
	cfg       *Config
	user      userAPIs
	file      *ast.File          // the file the walk is in
	generated map[*ast.File]bool // whether a file is generated, once a node of it matched
	findings  []finding

	// The flow (Config.Flow): the seeds the walk finds, whether it met a
	// table row at all, and the findings' positions, to report each once.
	ix       *flowIndex // nil unless the flow runs
	seeds    []seed
	compares []comparison // assertions whose sides are not constants
	touched  bool
	found    map[token.Pos]bool
	imp      imported   // other packages' facts
	pairs    []pairCall // calls of other packages' helpers that compare two parameters

	pkgs      map[string]*types.Package        // packages by unvendored path: met in rows, or all transitive imports once walked
	walked    bool                             // pkgs holds every transitive import
	rw        *types.Interface                 // net/http.ResponseWriter, once met
	writers   map[*types.Func]bool             // WriteHeader methods: on an http.ResponseWriter?
	constants map[*codeFamily]map[int64]string // constant names by value, per family
	standIns  map[*codeFamily]*types.Package   // families' packages the checked package does not reach
}

// skipped reports whether the walk's current file is generated and the
// configuration skips it. Its header is read only when a node of the
// file matches a row: most files have none.
func (c *checker) skipped() bool { return c.skippedFile(c.file) }

// skippedFile reports whether file is generated and the configuration
// skips it.
func (c *checker) skippedFile(file *ast.File) bool {
	if !c.cfg.SkipGenerated || file == nil {
		return false
	}
	skip, ok := c.generated[file]
	if !ok {
		skip = isGenerated(file)
		if c.generated == nil {
			c.generated = make(map[*ast.File]bool)
		}
		c.generated[file] = skip
	}
	return skip
}

// isGenerated is ast.IsGenerated without its walk over every comment of
// the file: only line comments before the package clause that start the
// marker count.
func isGenerated(file *ast.File) bool {
	for _, group := range file.Comments {
		if group.Pos() > file.Package {
			return false
		}
		for _, comment := range group.List {
			if comment.Pos() < file.Package && strings.HasPrefix(comment.Text, "// Code generated ") {
				return ast.IsGenerated(file)
			}
		}
	}
	return false
}
