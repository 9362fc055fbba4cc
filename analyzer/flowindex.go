package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// The flow index: what the package stores where, who calls its functions,
// what they return, and what it compares. It is built in one walk, and
// only in packages where the table walk met a status API or a field or
// result that holds a code (most packages never pay for it).

// A slot is a place that a value is stored in and read back from: a
// variable of the package (local, parameter, package-level), a field of
// one of its struct types, a result of one of its functions, or the
// elements of a slice, array or map held in any of those.
type slot struct {
	obj  types.Object // *types.Var, or *types.Func for a result
	res  int          // the result's index, for a *types.Func
	elem bool         // the elements of what obj holds
}

// A store is an expression whose value a slot receives.
type store struct {
	x     ast.Expr
	tuple int  // x is a call with several results: the slot gets result tuple; -1 otherwise
	elems bool // the slot gets x's elements (for _, v := range x)
}

// A comparison is two expressions compared with == or != (or a switch tag
// and a case), or by an assertion.
type comparison struct{ x, y ast.Expr }

// A paramRef is a parameter's function and index.
type paramRef struct {
	fn *types.Func
	i  int
}

type flowIndex struct {
	stores   map[slot][]store
	calls    map[*types.Func][]*ast.CallExpr   // static calls of the package's functions and methods
	returns  map[*types.Func][]*ast.ReturnStmt // return statements of the package's functions (not of function literals)
	compares []comparison
	params   map[*types.Var]paramRef        // the package's functions' parameters
	owners   map[*types.Var]*types.TypeName // fields of the package's named struct types
	funcs    []*types.Func                  // the package's functions with a body, in source order
	srcStore []sourceStore                  // values stored in status fields of other packages' types
	funcName nameSketch                     // names of funcs: a call with another name is not the package's
	stack    []enclosing                    // the functions around the walk's node
}

// A sourceStore is a value stored in a status field of the tables
// (resp.StatusCode = code, http.Response{StatusCode: code}).
type sourceStore struct {
	x   ast.Expr
	src *statusSource
}

var flowFilter = []ast.Node{
	(*ast.FuncDecl)(nil),
	(*ast.FuncLit)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.ReturnStmt)(nil),
	(*ast.CallExpr)(nil),
	(*ast.CompositeLit)(nil),
	(*ast.BinaryExpr)(nil),
	(*ast.SwitchStmt)(nil),
}

// newFlowIndex returns an empty index of the package's declarations, to
// which index adds the nodes of a walk.
func newFlowIndex(c *checker) *flowIndex {
	ix := &flowIndex{
		stores:  make(map[slot][]store),
		calls:   make(map[*types.Func][]*ast.CallExpr),
		returns: make(map[*types.Func][]*ast.ReturnStmt),
		params:  make(map[*types.Var]paramRef),
		owners:  make(map[*types.Var]*types.TypeName),
	}
	c.indexDecls(ix)
	return ix
}

// index adds one node of the walk (flowFilter's types) to c.ix.
func (c *checker) index(n ast.Node) {
	ix := c.ix
	for len(ix.stack) > 0 && ix.stack[len(ix.stack)-1].end <= n.Pos() {
		ix.stack = ix.stack[:len(ix.stack)-1]
	}
	info := c.pass.TypesInfo
	switch n := n.(type) {
	case *ast.CallExpr:
		c.indexCall(ix, n)
	case *ast.AssignStmt:
		c.indexAssign(ix, n)
	case *ast.BinaryExpr:
		if (n.Op == token.EQL || n.Op == token.NEQ) && mayHoldInt(n.X) && mayHoldInt(n.Y) {
			ix.compares = append(ix.compares, comparison{n.X, n.Y})
		}
	case *ast.CompositeLit:
		c.indexCompositeLit(ix, n)
	case *ast.ReturnStmt:
		if len(ix.stack) > 0 && ix.stack[len(ix.stack)-1].fn != nil {
			fn := ix.stack[len(ix.stack)-1].fn
			ix.returns[fn] = append(ix.returns[fn], n)
		}
	case *ast.ValueSpec:
		if len(n.Values) == len(n.Names) {
			for i, name := range n.Names {
				if mayHoldInt(n.Values[i]) {
					ix.add(c.slotOfLHS(name), store{x: n.Values[i], tuple: -1})
				}
			}
		} else if len(n.Values) == 1 {
			for i, name := range n.Names {
				ix.add(c.slotOfLHS(name), store{x: n.Values[0], tuple: i})
			}
		}
	case *ast.RangeStmt:
		if n.Value != nil {
			if t, ok := info.Types[n.X]; ok && t.Type != nil && hasElems(t.Type) {
				ix.add(c.slotOfLHS(n.Value), store{x: n.X, tuple: -1, elems: true})
			}
		}
	case *ast.SwitchStmt:
		if n.Tag != nil && n.Body != nil {
			for _, stmt := range n.Body.List {
				if cc, ok := stmt.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						ix.compares = append(ix.compares, comparison{n.Tag, e})
					}
				}
			}
		}
	case *ast.FuncDecl:
		if n.Body != nil {
			fn, _ := info.Defs[n.Name].(*types.Func)
			ix.stack = append(ix.stack, enclosing{fn, n.End()})
		}
	case *ast.FuncLit:
		ix.stack = append(ix.stack, enclosing{nil, n.End()})
	}
}

// An enclosing function of the walk's node: a *types.Func for a
// declaration, nil for a function literal.
type enclosing struct {
	fn  *types.Func
	end token.Pos
}

// indexDecls records the package's functions, their parameters, and the
// fields of its named struct types.
func (c *checker) indexDecls(ix *flowIndex) {
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			d, ok := decl.(*ast.FuncDecl)
			if !ok || d.Body == nil {
				continue
			}
			fn, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
			if fn == nil {
				continue
			}
			ix.funcs = append(ix.funcs, fn)
			ix.funcName.add(fn.Name())
			params := fn.Signature().Params()
			for i := range params.Len() {
				ix.params[params.At(i)] = paramRef{fn, i}
			}
		}
	}
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := range st.NumFields() {
				ix.owners[st.Field(i)] = tn
			}
		}
	}
}

func (ix *flowIndex) add(s slot, st store) {
	if s.obj != nil {
		ix.stores[s] = append(ix.stores[s], st)
	}
}

// indexCall records a static call of one of the package's functions.
func (c *checker) indexCall(ix *flowIndex, call *ast.CallExpr) {
	name := calleeName(call.Fun)
	if !ix.funcName.mayHold(name) {
		return
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return
	}
	fn = fn.Origin()
	ix.calls[fn] = append(ix.calls[fn], call)
}

// indexAssign records x = e, x := e, x.f = e, x[i] = e and a, b = f().
func (c *checker) indexAssign(ix *flowIndex, a *ast.AssignStmt) {
	if a.Tok != token.ASSIGN && a.Tok != token.DEFINE {
		return
	}
	switch {
	case len(a.Lhs) == len(a.Rhs):
		for i, lhs := range a.Lhs {
			if !mayHoldInt(a.Rhs[i]) {
				continue
			}
			if s := c.slotOfLHS(lhs); s.obj != nil {
				ix.add(s, store{x: a.Rhs[i], tuple: -1})
			} else if src := c.sourceField(lhs); src != nil {
				ix.srcStore = append(ix.srcStore, sourceStore{a.Rhs[i], src})
			}
		}
	case len(a.Rhs) == 1:
		if _, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr); !ok {
			return // v, ok := m[k], x.(T), <-ch: not a status
		}
		for i, lhs := range a.Lhs {
			ix.add(c.slotOfLHS(lhs), store{x: a.Rhs[0], tuple: i})
		}
	}
}

// sourceField returns the table row of the field that lhs selects, as in
// resp.StatusCode = code.
func (c *checker) sourceField(lhs ast.Expr) *statusSource {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok || !sourceNames[sel.Sel.Name] {
		return nil
	}
	src := c.sourceOf(sel)
	if src == nil || !src.field {
		return nil
	}
	return src
}

// indexCompositeLit records the fields a struct literal sets.
func (c *checker) indexCompositeLit(ix *flowIndex, lit *ast.CompositeLit) {
	if len(lit.Elts) == 0 {
		return
	}
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := derefNamed(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	owner, _ := derefNamed(t).(*types.Named)
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			field, _ = c.pass.TypesInfo.Uses[key].(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field == nil || !field.IsField() {
			continue
		}
		if field.Pkg() == c.pass.Pkg {
			ix.add(slot{obj: field.Origin()}, store{x: value, tuple: -1})
		} else if owner != nil && sourceNames[field.Name()] {
			if src := fieldSource(owner, field.Name()); src != nil && c.enabled(src.family, src.group) {
				ix.srcStore = append(ix.srcStore, sourceStore{value, src})
			}
		}
	}
}

// slotOfLHS returns the slot that an assignment's left side writes, or
// the zero slot.
func (c *checker) slotOfLHS(lhs ast.Expr) slot {
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		if id.Name == "_" {
			return slot{}
		}
		if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return slot{obj: v.Origin()}
		}
		return slot{}
	}
	s, _ := c.slotOf(lhs)
	return s
}

// slotOf returns the slot that e reads, through parentheses and
// conversions, and the call when e reads a function's result.
func (c *checker) slotOf(e ast.Expr) (slot, *ast.CallExpr) {
	info := c.pass.TypesInfo
	e = unconvert(info, e)
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return slot{obj: v.Origin()}, nil
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				if v, ok := sel.Obj().(*types.Var); ok && v.Pkg() == c.pass.Pkg {
					return slot{obj: v.Origin()}, nil
				}
			}
			return slot{}, nil
		}
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return slot{obj: v.Origin()}, nil // a dot-imported or package-qualified variable of this package: never, but cheap
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if fn == nil || fn.Pkg() != c.pass.Pkg || fn.Signature().Results().Len() != 1 {
			return slot{}, nil
		}
		return slot{obj: fn.Origin(), res: 0}, e
	case *ast.IndexExpr:
		if t, ok := info.Types[e.X]; ok && t.Type != nil && hasElems(t.Type) {
			s, _ := c.slotOf(e.X)
			if s.obj != nil && !s.elem {
				s.elem = true
				return s, nil
			}
		}
	}
	return slot{}, nil
}

// unconvert strips parentheses and conversions: int(code), StatusCode(c).
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

// hasElems reports whether t is a slice, array, pointer to array or map.
func hasElems(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	case *types.Pointer:
		_, ok := u.Elem().Underlying().(*types.Array)
		return ok
	}
	return false
}

// mayHoldInt reports, from syntax alone, whether e may be a value the
// flow follows: an integer literal, a name, a selector, a call, an index
// or a composite literal; not nil, true, false, a string or an operation
// (err != nil, x := a + b).
func mayHoldInt(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.Ident:
		return e.Name != "nil" && e.Name != "true" && e.Name != "false"
	case *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.CompositeLit:
		return true
	}
	return false
}
