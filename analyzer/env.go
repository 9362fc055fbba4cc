package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// An env is what every phase of a pass reads: the pass, its
// configuration, the user's rows, other packages' facts, and caches of the
// packages and types met. Its methods are queries: what they remember
// only saves the next one work. Everything it caches is built on the
// first node that may match, so packages without status codes cost a walk.
type env struct {
	pass    *analysis.Pass
	inspect *inspector.Inspector
	cfg     *Config
	user    userAPIs
	imp     imported // other packages' facts
	exports bool     // the pass exports facts: a driver with facts
	allow   []int64  // Config.Allow, sorted; nil if empty

	generated map[*ast.File]bool               // whether a file is generated, once a node of it matched
	pkgs      map[string]*types.Package        // packages by unvendored path: met in rows, or all transitive imports once walked
	walked    bool                             // pkgs holds every transitive import
	rw        *types.Interface                 // net/http.ResponseWriter, once met
	writers   map[*types.Func]bool             // WriteHeader methods: on an http.ResponseWriter?
	constants map[*codeFamily]map[int64]string // constant names by value, per family
	standIns  map[*codeFamily]*types.Package   // families' packages the checked package does not reach
	closures  map[*types.Var]*closure          // function literals bound to a name, once the flow starts (closures.go)
	decls     []types.Object                   // the package's functions and defined types, once asked for
	declDone  bool
	ifaces    []*types.TypeName // the package's interface types, sorted by name, once asked for
	ifaceDone bool
}

// newEnv returns the env of a pass, with the facts of the packages it
// imports when the flow runs.
func newEnv(pass *analysis.Pass, cfg *Config, user userAPIs, allow []int64) env {
	c := env{pass: pass, cfg: cfg, user: user, allow: allow}
	if ins, ok := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector); ok {
		c.inspect = ins
	}
	if cfg.Flow {
		c.imp = importFacts(pass)
		c.exports = pass.ExportObjectFact != nil
	}
	return c
}

// enabled reports whether the configuration checks codes of family f in
// APIs of group g.
func (c *env) enabled(f *codeFamily, g apiGroup) bool {
	on := false
	switch f.key {
	case httpKey:
		on = c.cfg.HTTP
	case websocketKey:
		on = c.cfg.WebSocket
	}
	return on && (g != frameworkAPI || c.cfg.Frameworks)
}

// importsTables reports whether the package imports a package of the
// tables directly: a test that hands rec.Code to its own helper touches
// no table row in the walk.
func (c *env) importsTables() bool {
	for _, imp := range c.pass.Pkg.Imports() {
		if path := unvendored(imp.Path()); tablePkgs[path] || sourcePkgs[path] {
			return true
		}
	}
	return false
}

// imports reports whether the package imports the package path directly.
func (c *env) imports(path string) bool {
	for _, imp := range c.pass.Pkg.Imports() {
		if p := imp.Path(); p == path || strings.HasSuffix(p, path) && unvendored(p) == path {
			return true
		}
	}
	return false
}

// mayDeclareHolders reports whether the package may declare a holder
// (holding.go) for the packages that import it: it exports facts, is not
// a command, and imports a package with a field or result of the tables,
// or one whose facts name a holder.
func (c *env) mayDeclareHolders() bool {
	if !c.exports || c.pass.Pkg.Name() == "main" {
		return false
	}
	if c.imp.holders {
		return true
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if sourcePkgs[unvendored(imp.Path())] {
			return true
		}
	}
	return false
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

// inGenerated reports whether pos lies in a generated file that the
// configuration skips.
func (c *env) inGenerated(pos token.Pos) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return c.skippedFile(f)
		}
	}
	return false
}

// isConstant reports whether e has a constant value (or no type at all).
func (c *env) isConstant(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return !ok || tv.Value != nil
}

// receiverArgs is 1 for a method expression, T.Method(recv, args...),
// whose receiver comes first, and 0 otherwise.
func (c *env) receiverArgs(call *ast.CallExpr) int {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return 1
		}
	}
	return 0
}

// remember records pkg, a package the pass meets in a matched row, so that
// importedPkg finds it without walking the imports.
func (c *env) remember(pkg *types.Package) {
	if pkg == nil {
		return
	}
	if c.pkgs == nil {
		c.pkgs = make(map[string]*types.Package)
	}
	c.pkgs[unvendored(pkg.Path())] = pkg
}

// importedPkg returns the package with the given (unvendored) path among
// the pass's package and its transitive imports: a file that only calls a
// framework's writer does not import net/http itself. The imports are
// walked once, and only when a finding needs a package that its row did
// not bring (net/http's constants for gin).
func (c *env) importedPkg(path string) *types.Package {
	if p := c.pkgs[path]; p != nil || c.walked {
		return p
	}
	c.walked = true
	if c.pkgs == nil {
		c.pkgs = make(map[string]*types.Package)
	}
	seen := make(map[*types.Package]bool)
	var add func(*types.Package)
	add = func(p *types.Package) {
		if p == nil || seen[p] {
			return
		}
		seen[p] = true
		if key := unvendored(p.Path()); c.pkgs[key] == nil {
			c.pkgs[key] = p
		}
		for _, imp := range p.Imports() {
			add(imp)
		}
	}
	add(c.pass.Pkg)
	return c.pkgs[path]
}

// argAt returns the argument that call passes to parameter ref, or nil
// (a variadic parameter, a spread call, a tuple argument).
func (c *env) argAt(call *ast.CallExpr, ref paramRef) ast.Expr {
	sig := ref.fn.Signature()
	if sig.Variadic() && ref.i == sig.Params().Len()-1 || call.Ellipsis.IsValid() && !sig.Variadic() {
		return nil
	}
	i := ref.i + c.receiverArgs(call)
	n := sig.Params().Len() + c.receiverArgs(call)
	if len(call.Args) != n && !(sig.Variadic() && len(call.Args) >= n-1) || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// argsAt returns the arguments of call for parameter ref: argAt's, or,
// for a variadic parameter, each extra argument, or the elements of a
// slice literal passed with "...".
func (c *env) argsAt(call *ast.CallExpr, ref paramRef) []ast.Expr {
	sig := ref.fn.Signature()
	last := sig.Params().Len() - 1
	if !sig.Variadic() || ref.i != last {
		if arg := c.argAt(call, ref); arg != nil {
			return []ast.Expr{arg}
		}
		return nil
	}
	i := ref.i + c.receiverArgs(call)
	if i > len(call.Args) {
		return nil
	}
	if !call.Ellipsis.IsValid() {
		return call.Args[i:]
	}
	if i != len(call.Args)-1 {
		return nil
	}
	lit, ok := ast.Unparen(call.Args[i]).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var elts []ast.Expr
	for _, e := range lit.Elts {
		if _, ok := e.(*ast.KeyValueExpr); !ok {
			elts = append(elts, e)
		}
	}
	return elts
}

// skippedFile reports whether file is generated and the configuration
// skips it.
func (c *env) skippedFile(file *ast.File) bool {
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

// declared returns the functions and the types (no alias) that the
// package declares at its top level, in the order of its files: read from
// their declarations, which costs less than sorting every name of the
// scope. Callers whose outcome depends on the order sort what they keep
// by name, as the scope lists them.
func (c *env) declared() []types.Object {
	if c.declDone {
		return c.decls
	}
	c.declDone = true
	info := c.pass.TypesInfo
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if fn, ok := info.Defs[d.Name].(*types.Func); ok && d.Recv == nil && fn.Name() != "init" && fn.Name() != "_" {
					c.decls = append(c.decls, fn)
				}
			case *ast.GenDecl:
				if d.Tok != token.TYPE {
					continue
				}
				for _, spec := range d.Specs {
					if tn, ok := info.Defs[spec.(*ast.TypeSpec).Name].(*types.TypeName); ok && !tn.IsAlias() && tn.Name() != "_" {
						c.decls = append(c.decls, tn)
					}
				}
			}
		}
	}
	return c.decls
}

// interfaces returns the interface types that the package declares at
// its top level, sorted by name as its scope lists them. Most type
// declarations are told apart by their syntax.
func (c *env) interfaces() []*types.TypeName {
	if c.ifaceDone {
		return c.ifaces
	}
	c.ifaceDone = true
	for _, file := range c.pass.Files {
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				switch ts.Type.(type) {
				case *ast.StructType, *ast.FuncType, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.StarExpr:
					continue
				}
				if tn, ok := c.pass.TypesInfo.Defs[ts.Name].(*types.TypeName); ok && !tn.IsAlias() && types.IsInterface(tn.Type()) {
					c.ifaces = append(c.ifaces, tn)
				}
			}
		}
	}
	slices.SortFunc(c.ifaces, byName)
	return c.ifaces
}

// byName orders objects as a scope lists them.
func byName[T types.Object](a, b T) int { return strings.Compare(a.Name(), b.Name()) }
