package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A finding is a magic literal passed to a status API, waiting for its
// file's fixes to be built.
type finding struct {
	arg    ast.Expr      // the argument the fix replaces, parentheses and conversion included
	lit    *ast.BasicLit // the literal itself
	value  int64
	api    string // the callee as messages name it: "http.Error"
	family *codeFamily
	cnst   namedCode // the constant the fix writes
}

// checkCall records a finding for each magic literal that call passes as a
// code. It allocates nothing unless the callee's name is in the table.
func (c *checker) checkCall(call *ast.CallExpr) {
	if !apiByName[calleeName(call.Fun)] {
		return
	}
	info := c.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	api := c.apiOf(fn)
	if api == nil || !c.cfg.enabled(api.family) {
		return
	}
	first := api.arg
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			first++ // T.Method(recv, args...): the receiver comes first
		}
	}
	last := first
	if api.variadic {
		if call.Ellipsis.IsValid() {
			return // codes...: a slice, not literals
		}
		last = len(call.Args) - 1
	}
	for i := first; i <= last && i < len(call.Args); i++ {
		c.checkArg(call.Args[i], fn, api)
	}
}

func (c *checker) checkArg(arg ast.Expr, fn *types.Func, api *statusAPI) {
	lit := literalOf(c.pass.TypesInfo, arg)
	if lit == nil {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return
	}
	value, exact := constant.Int64Val(tv.Value)
	if !exact {
		return
	}
	pkg := fn.Pkg()
	if unvendored(pkg.Path()) != api.family.pkg {
		pkg = c.importedPkg(api.family.pkg)
	}
	cnst, ok := c.constantFor(pkg, api.family, value)
	if !ok {
		return
	}
	c.findings = append(c.findings, finding{
		arg:    arg,
		lit:    lit,
		value:  value,
		api:    c.displayName(fn),
		family: api.family,
		cnst:   cnst,
	})
}

// calleeName returns the name a call's function expression ends in, without
// type information, so that most calls are rejected by a map lookup.
func calleeName(fun ast.Expr) string {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// apiOf returns the table row for fn, or nil. Concrete HTTP writers match
// the WriteHeader row through their method set, not their name.
func (c *checker) apiOf(fn *types.Func) *statusAPI {
	fn = fn.Origin()
	sig := fn.Signature()
	recv := ""
	if r := sig.Recv(); r != nil {
		recv = typeName(r.Type())
	}
	if api := apiByKey[apiKey{unvendored(fn.Pkg().Path()), recv, fn.Name()}]; api != nil {
		return api
	}
	if fn.Name() == writeHeader.name && sig.Recv() != nil && c.isHTTPWriter(fn) {
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
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
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
		if rw := c.responseWriter(); rw != nil {
			t := sig.Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			is = types.Implements(t, rw) || !types.IsInterface(t) && types.Implements(types.NewPointer(t), rw)
		}
	}
	if c.writers == nil {
		c.writers = make(map[*types.Func]bool)
	}
	c.writers[fn] = is
	return is
}

// responseWriter returns the net/http.ResponseWriter interface, if the
// package depends on net/http.
func (c *checker) responseWriter() *types.Interface {
	pkg := c.importedPkg("net/http")
	if pkg == nil {
		return nil
	}
	obj, _ := pkg.Scope().Lookup("ResponseWriter").(*types.TypeName)
	if obj == nil {
		return nil
	}
	iface, _ := obj.Type().Underlying().(*types.Interface)
	return iface
}

// importedPkg returns the package with the given path among the pass's
// package and its transitive imports: a file that only calls a framework's
// writer does not import net/http itself.
func (c *checker) importedPkg(path string) *types.Package {
	if c.pkgs == nil {
		c.pkgs = make(map[string]*types.Package)
		var add func(*types.Package)
		add = func(p *types.Package) {
			if p == nil || c.pkgs[p.Path()] != nil {
				return
			}
			c.pkgs[p.Path()] = p
			for _, imp := range p.Imports() {
				add(imp)
			}
		}
		add(c.pass.Pkg)
	}
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

// displayName names fn as messages do: "http.Error",
// "http.ResponseWriter.WriteHeader", "websocket.Conn.Close"; types of the
// package being checked are not qualified.
func (c *checker) displayName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		name = typeName(recv.Type()) + "." + name
	}
	if fn.Pkg() != c.pass.Pkg {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}
