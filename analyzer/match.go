package analyzer

import (
	"go/ast"
	"go/constant"
	"go/scanner"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A finding is a magic literal, or an invalid code, waiting for its file's
// fixes to be built.
type finding struct {
	arg     ast.Expr      // the argument the fix replaces, parentheses and conversion included
	lit     *ast.BasicLit // the literal itself; nil for an invalid code spelled otherwise
	value   int64
	family  *codeFamily
	ctx     usage
	invalid string    // why the code is invalid; such findings have no fix
	cnst    namedCode // the constant the fix writes
}

// A usage is where a code appears, as messages describe it.
type usage struct {
	kind usageKind
	fn   *types.Func   // argOf: the callee
	src  *statusSource // comparedWith, storedIn: the field or result
	flow *flowPath     // flowed: the path to a status position
	// anyType: the code is passed as an interface value (testify's
	// expected), so a constant of any type may replace it.
	anyType bool
}

type usageKind uint8

const (
	argOf        usageKind = iota // "in http.Error call"
	comparedWith                  // "compared with http.Response.StatusCode"
	storedIn                      // "stored in http.Response.StatusCode"
	flowed                        // "passed to respondJSON (reaches http.Error)"
)

// checkCall records findings for the codes that call passes to a status
// API, or compares in an assertion. It allocates nothing unless the
// callee's name is in a table.
func (c *checker) checkCall(call *ast.CallExpr, name string) {
	if !c.mayBeAPI(name, len(call.Args)) && !c.imp.names[name] || c.skipped() {
		return
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	// Common names (Error, String, Status) reach here from every package:
	// reject callees whose package has no row before building a key.
	if path := unvendored(fn.Pkg().Path()); !tablePkgs[path] && !c.user.pkgs[path] && name != writeHeader.name {
		c.checkFact(call, fn)
		return
	}
	if api := c.apiOf(fn); api != nil {
		if c.enabled(api.family, api.group) {
			c.checkArgs(call, fn, api)
		}
		return
	}
	if a := assertionByKey[keyOf(fn)]; a != nil {
		if c.cfg.Comparisons {
			c.checkAssertion(call, a)
		}
		return
	}
	c.checkFact(call, fn)
}

// mayBeAPI reports whether a row, built-in or the user's, has this name
// and may take this many arguments: most names fail the sketch, without
// being hashed, and err.Error() or c.Close() fail on their arguments.
func (c *checker) mayBeAPI(name string, args int) bool {
	if callNameSketch.mayHold(name) {
		if least, ok := callArgs[name]; ok && args >= least {
			return true
		}
	}
	return c.user.names[name]
}

func (c *checker) checkArgs(call *ast.CallExpr, fn *types.Func, api *statusAPI) {
	c.remember(fn.Pkg())
	first := api.arg + c.receiverArgs(call)
	last := first
	if api.variadic {
		if call.Ellipsis.IsValid() {
			return // codes...: a slice, not literals
		}
		last = len(call.Args) - 1
	}
	rule := api.rule
	if api == writeHeader && !c.netHTTPWriter(call) {
		rule = nil
	}
	c.touched = true
	var path *flowPath
	for i := first; i <= last && i < len(call.Args); i++ {
		arg := call.Args[i]
		c.checkCode(arg, api.family, rule, usage{kind: argOf, fn: fn})
		if c.cfg.Flow && !c.isConstant(arg) {
			if path == nil {
				name := c.displayName(fn)
				path = &flowPath{family: api.family, rule: rule, end: "reaches " + name, how: how{verb: "reaches", text: name}}
			}
			c.seeds = append(c.seeds, seed{arg, path})
		}
	}
}

// isConstant reports whether e has a constant value (or no type at all).
func (c *checker) isConstant(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return !ok || tv.Value != nil
}

// netHTTPWriter reports whether a WriteHeader call's receiver is
// http.ResponseWriter itself or one of net/http's or httptest's writers,
// whose WriteHeader panics on invalid codes. Other writers (gin's, which
// ignores codes <= 0; middleware wrappers) decide for themselves.
func (c *checker) netHTTPWriter(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	// TypeOf(sel.X) is the receiver's type, or for a method expression
	// (http.ResponseWriter.WriteHeader(w, 404)) the type named.
	named, ok := derefNamed(c.pass.TypesInfo.TypeOf(sel.X)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	switch named.Obj().Pkg().Path() {
	case "net/http", "net/http/httptest":
		return true
	}
	return false
}

// receiverArgs is 1 for a method expression, T.Method(recv, args...),
// whose receiver comes first, and 0 otherwise.
func (c *checker) receiverArgs(call *ast.CallExpr) int {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			return 1
		}
	}
	return 0
}

// checkCode records a finding if arg is a code that rule rejects, or a
// literal for which f has a constant.
func (c *checker) checkCode(arg ast.Expr, f *codeFamily, rule codeRule, u usage) {
	tv, ok := c.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	value, exact := constant.Int64Val(tv.Value)
	if !exact {
		return
	}
	lit := literalOf(c.pass.TypesInfo, arg)
	if !wellFormed(arg) || lit != nil && !wellFormed(lit) {
		return // a literal the parser recovered from: '0 without its quote
	}
	if rule != nil && c.cfg.Invalid {
		if why := rule(value); why != "" {
			c.findings = append(c.findings, finding{arg: arg, lit: lit, value: value, family: f, ctx: u, invalid: why})
			return
		}
	}
	if lit == nil {
		return
	}
	f = c.constantsFamily(f)
	cnst, ok := c.constantFor(f, value)
	if !ok || !u.anyType && !cnst.assignableTo(tv.Type) {
		return
	}
	c.findings = append(c.findings, finding{arg: arg, lit: lit, value: value, family: f, ctx: u, cnst: cnst})
}

// wellFormed reports whether e, if it is a basic literal, is a valid one:
// the scanner reads it back as one token of its kind, without an error
// (the parser keeps malformed literals such as '0 or 0p0 in broken files).
// Called on findings only: it may allocate.
func wellFormed(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok {
		return true
	}
	var s scanner.Scanner
	bad := false
	src := []byte(lit.Value)
	s.Init(token.NewFileSet().AddFile("", -1, len(src)), src, func(token.Position, string) { bad = true }, 0)
	_, tok, text := s.Scan()
	return !bad && tok == lit.Kind && text == lit.Value
}

// maybeLiteral reports, from syntax alone, whether e may be what
// literalOf accepts: a cheap filter before type lookups.
func maybeLiteral(e ast.Expr) bool {
	e = ast.Unparen(e)
	if conv, ok := e.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		e = ast.Unparen(conv.Args[0])
	}
	lit, ok := e.(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}

// calleeName returns the name a call's function expression ends in, without
// type information, so that most calls are rejected by a map lookup.
func calleeName(fun ast.Expr) string {
	switch f := fun.(type) { // the common cases first, without Unparen's loop
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.IndexExpr: // generic instantiation: F[T](...)
		return calleeName(f.X)
	case *ast.IndexListExpr:
		return calleeName(f.X)
	}
	return ""
}

// keyOf returns the table key of fn: its package's import path, its
// receiver's type name and its name.
func keyOf(fn *types.Func) apiKey {
	fn = fn.Origin()
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		recv = typeName(r.Type())
	}
	return apiKey{unvendored(fn.Pkg().Path()), recv, fn.Name()}
}

// apiOf returns the table row for fn, or nil. Concrete HTTP writers match
// the WriteHeader row through their method set, not their name.
func (c *checker) apiOf(fn *types.Func) *statusAPI {
	key := keyOf(fn)
	if api := apiByKey[key]; api != nil {
		return api
	}
	if api := c.user.apis[key]; api != nil {
		return api
	}
	if fn.Name() == writeHeader.name && fn.Signature().Recv() != nil && c.isHTTPWriter(fn) {
		return writeHeader
	}
	return nil
}

// unvendored returns the import path of a package that GOPATH-mode
// vendoring loaded as ".../vendor/path".
func unvendored(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return path
}

// typeName returns the name of a (pointer to a) named type, or "".
func typeName(t types.Type) string {
	if n, ok := derefNamed(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// isHTTPWriter reports whether fn is a method WriteHeader(int) of a type T
// such that T or *T implements http.ResponseWriter.
func (c *checker) isHTTPWriter(fn *types.Func) bool {
	if is, ok := c.writers[fn]; ok {
		return is
	}
	is := false
	sig := fn.Signature()
	if sig.Params().Len() == 1 && sig.Results().Len() == 0 && types.Identical(sig.Params().At(0).Type(), types.Typ[types.Int]) {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if rw := c.responseWriter(t); rw != nil {
			is = types.Implements(t, rw) || !types.IsInterface(t) && types.Implements(types.NewPointer(t), rw)
		}
	}
	if c.writers == nil {
		c.writers = make(map[*types.Func]bool)
	}
	c.writers[fn] = is
	return is
}

// responseWriter returns the net/http.ResponseWriter interface, found
// through the Header method that any writer t must have (it returns
// http.Header), so that no walk over the package's imports is needed; nil
// if t has no such method.
func (c *checker) responseWriter(t types.Type) *types.Interface {
	if c.rw != nil {
		return c.rw
	}
	header, _, _ := types.LookupFieldOrMethod(t, true, nil, "Header")
	fn, ok := header.(*types.Func)
	if !ok || fn.Signature().Results().Len() != 1 {
		return nil
	}
	named, ok := types.Unalias(fn.Signature().Results().At(0).Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "net/http" {
		return nil
	}
	obj, _ := named.Obj().Pkg().Scope().Lookup("ResponseWriter").(*types.TypeName)
	if obj == nil {
		return nil
	}
	c.rw, _ = obj.Type().Underlying().(*types.Interface)
	return c.rw
}

// remember records pkg, a package the pass meets in a matched row, so that
// importedPkg finds it without walking the imports.
func (c *checker) remember(pkg *types.Package) {
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
func (c *checker) importedPkg(path string) *types.Package {
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

// literalOf returns the integer literal that e spells, through parentheses
// and one conversion to a type (websocket.StatusCode(1000)), or nil: named
// constants, variables and expressions are not magic literals.
func literalOf(info *types.Info, e ast.Expr) *ast.BasicLit {
	e = ast.Unparen(e)
	if conv, ok := e.(*ast.CallExpr); ok {
		if len(conv.Args) != 1 || conv.Ellipsis.IsValid() {
			return nil
		}
		if tv, ok := info.Types[conv.Fun]; !ok || !tv.IsType() {
			return nil
		}
		e = ast.Unparen(conv.Args[0])
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.INT {
		return lit
	}
	return nil
}
