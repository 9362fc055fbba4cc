package analyzer

// Resolving syntax against the tables: the row a call reaches, the field
// or result an expression reads, and the cheap syntactic filters that
// come before any type lookup.

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

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
	return apiKey{unvendored(pkgPath(fn.Pkg())), recv, fn.Name()}
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

// typeExprName returns the name a type expression ends in: T, pkg.T,
// pkg.T[U]; "" for other types (slices, maps, struct literals).
func typeExprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		return typeExprName(e.X)
	case *ast.IndexListExpr:
		return typeExprName(e.X)
	}
	return ""
}

// fieldSource returns the row of the field name declared by the struct
// type owner, or nil. Fields are keyed by their struct's named type, so
// that a field promoted through embedding (a struct that embeds
// *http.Response) is its struct's field, and a look-alike field of another
// type is not.
func fieldSource(owner *types.Named, name string) *statusSource {
	if owner == nil || owner.Obj().Pkg() == nil {
		return nil
	}
	obj := owner.Origin().Obj()
	return fieldByKey[apiKey{unvendored(obj.Pkg().Path()), obj.Name(), name}]
}

// fieldOwner returns the named struct type that declares the field a
// selection reads: the receiver's type, or for a promoted field the type
// of the embedded field that holds it.
func fieldOwner(sel *types.Selection) *types.Named {
	t := sel.Recv()
	index := sel.Index()
	for _, i := range index[:len(index)-1] {
		st, ok := derefNamed(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		t = st.Field(i).Type()
	}
	n, _ := derefNamed(t).(*types.Named)
	return n
}

// derefNamed strips a pointer and aliases from t.
func derefNamed(t types.Type) types.Type {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	return t
}

// netHTTPWriter reports whether a WriteHeader call's receiver is
// http.ResponseWriter itself or one of net/http's or httptest's writers,
// whose WriteHeader panics on invalid codes. Other writers (gin's, which
// ignores codes <= 0; middleware wrappers) decide for themselves.
func (c *env) netHTTPWriter(call *ast.CallExpr) bool {
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

// apiOf returns the table row for fn, or nil. Concrete HTTP writers match
// the WriteHeader row through their method set, not their name.
func (c *env) apiOf(fn *types.Func) *statusAPI {
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

// isHTTPWriter reports whether fn is a method WriteHeader(int) of a type T
// such that T or *T implements http.ResponseWriter.
func (c *env) isHTTPWriter(fn *types.Func) bool {
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
		if rw := c.responseWriter(t); rw != nil && validType(t) {
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
func (c *env) responseWriter(t types.Type) *types.Interface {
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

// sourceOf returns the row of the field or function result that e reads,
// or nil.
func (c *env) sourceOf(e ast.Expr) *statusSource {
	var src *statusSource
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if !isSourceName(e.Sel.Name) {
			return nil
		}
		if sel := c.pass.TypesInfo.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			if owner := fieldOwner(sel); owner != nil {
				if src = fieldSource(owner, sel.Obj().Name()); src != nil {
					c.remember(owner.Obj().Pkg())
				}
			}
		}
	case *ast.CallExpr:
		if !isSourceName(calleeName(e.Fun)) {
			return nil
		}
		if fn, _ := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); fn != nil && fn.Pkg() != nil {
			if src = sourceByKey[keyOf(fn)]; src != nil {
				c.remember(fn.Pkg())
			}
		}
	}
	if src == nil || !c.enabled(src.family, src.group) {
		return nil
	}
	return src
}

// sourceField returns the table row of the field that lhs selects, as in
// resp.StatusCode = code.
func (c *env) sourceField(lhs ast.Expr) *statusSource {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok || !isSourceName(sel.Sel.Name) {
		return nil
	}
	src := c.sourceOf(sel)
	if src == nil || !src.field {
		return nil
	}
	return src
}
