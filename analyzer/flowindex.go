package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"sync"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The flow index: what the package stores where, who calls its functions,
// what they return, and what it compares.
//
// It costs the table walk almost nothing: the walk, which visits calls,
// comparisons, composite literals and assignments anyway, only appends
// the nodes that may matter to lists, without a type lookup. The flow then
// resolves what it needs, when it needs it: the calls of a function by
// name, the stores of a local by walking the one function that declares
// it, the stores of a field from the composite literals and selector
// assignments. Most of a package is never resolved.

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

// A sourceStore is a value stored in a status field of the tables
// (resp.StatusCode = code, http.Response{StatusCode: code}).
type sourceStore struct {
	x   ast.Expr
	src *statusSource
}

type flowIndex struct {
	c *checker

	// From the declarations, before the walk.
	decls    []*ast.FuncDecl // the package's function declarations with a body, in source order
	funcName nameSketch      // their names: a call with another name is not the package's

	// From the walk, unresolved.
	rawCalls  []*ast.CallExpr     // calls named like one of decls
	rawNames  []string            // their names
	lits      []*ast.CompositeLit // composite literals
	selAssign []*ast.AssignStmt   // assignments to a selector: x.f = e
	compares  []comparison
	holders   map[string]bool // names assigned from a field or result of the tables: got := rec.Code
	srcStore  []sourceStore
	sources   bool // a comparison or composite literal may involve a field or result of the tables

	// Resolved on demand.
	calls    map[string][]*ast.CallExpr // rawCalls by name
	callsTo  map[*types.Func][]*ast.CallExpr
	stores   map[slot][]store
	returns  map[*types.Func][]*ast.ReturnStmt
	walked   map[*ast.FuncDecl]bool // functions whose stores and returns are in the maps
	fields   map[*types.Var]bool    // fields whose stores are in the maps
	owners   map[*types.Var]*types.TypeName
	cursors  map[*ast.FuncDecl]inspector.Cursor
	allFuncs bool // every function is walked, package-level variables' stores are in
}

// newFlowIndex returns the index of the package's declarations, to which
// the walk adds its nodes. It allocates little: most packages that import
// net/http never resolve anything.
func newFlowIndex(c *checker) *flowIndex {
	ix := indexPool.Get().(*flowIndex)
	ix.c = c
	for _, file := range c.pass.Files {
		for _, decl := range file.Decls {
			if d, ok := decl.(*ast.FuncDecl); ok && d.Body != nil {
				ix.decls = append(ix.decls, d)
				ix.funcName.add(d.Name.Name)
			}
		}
	}
	sort.Slice(ix.decls, func(i, j int) bool { return ix.decls[i].Pos() < ix.decls[j].Pos() })
	return ix
}

// indexPool keeps indexes, with the capacity of their lists and maps,
// from one package to the next: a package's notes cost no allocation.
var indexPool = sync.Pool{New: func() any { return new(flowIndex) }}

// release returns ix to the pool, holding no node or object of the package.
func (ix *flowIndex) release() {
	clear(ix.decls[:cap(ix.decls)])
	clear(ix.rawCalls[:cap(ix.rawCalls)])
	clear(ix.rawNames[:cap(ix.rawNames)])
	clear(ix.lits[:cap(ix.lits)])
	clear(ix.selAssign[:cap(ix.selAssign)])
	clear(ix.compares[:cap(ix.compares)])
	clear(ix.srcStore[:cap(ix.srcStore)])
	*ix = flowIndex{
		decls:     ix.decls[:0],
		rawCalls:  ix.rawCalls[:0],
		rawNames:  ix.rawNames[:0],
		lits:      ix.lits[:0],
		selAssign: ix.selAssign[:0],
		compares:  ix.compares[:0],
		srcStore:  ix.srcStore[:0],
	}
	indexPool.Put(ix)
}

// funcOf returns the function that d declares, or nil.
func (ix *flowIndex) funcOf(d *ast.FuncDecl) *types.Func {
	fn, _ := ix.c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	return fn
}

// paramOf returns the function and index of v, if v is a parameter of one
// of the package's declared functions.
func (ix *flowIndex) paramOf(v *types.Var) (paramRef, bool) {
	if v.IsField() || v.Pkg() != ix.c.pass.Pkg {
		return paramRef{}, false
	}
	d := ix.declAt(v.Pos())
	if d == nil || v.Pos() >= d.Type.Params.End() || v.Pos() < d.Type.Params.Pos() {
		return paramRef{}, false
	}
	fn := ix.funcOf(d)
	if fn == nil {
		return paramRef{}, false
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return paramRef{fn, i}, true
		}
	}
	return paramRef{}, false
}

// ownerOf returns the named struct type of the package that declares
// field v, or nil.
func (ix *flowIndex) ownerOf(v *types.Var) *types.TypeName {
	if ix.owners == nil {
		ix.owners = make(map[*types.Var]*types.TypeName)
		scope := ix.c.pass.Pkg.Scope()
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
	return ix.owners[v]
}

// Walk: each of these is called on a node of the table walk, and costs
// an append at most, except for the rare assignment to a table's field.

func (ix *flowIndex) noteCall(call *ast.CallExpr, name string) {
	if ix.funcName.mayHold(name) {
		ix.rawCalls = append(ix.rawCalls, call)
		ix.rawNames = append(ix.rawNames, name)
	}
}

// note adds a node other than a call.
func (ix *flowIndex) note(n ast.Node) {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		if (n.Op == token.EQL || n.Op == token.NEQ) && mayHoldInt(n.X) && mayHoldInt(n.Y) {
			ix.compares = append(ix.compares, comparison{n.X, n.Y})
			// A field of the tables compared with a constant is the table
			// walk's; with anything else, the flow may start there.
			ix.sources = ix.sources || readsSource(n.X) && !ix.c.isConstant(n.Y) || readsSource(n.Y) && !ix.c.isConstant(n.X)
		}
	case *ast.SwitchStmt:
		if n.Tag != nil && n.Body != nil && mayHoldInt(n.Tag) {
			tagSource := readsSource(n.Tag)
			for _, stmt := range n.Body.List {
				if cc, ok := stmt.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						ix.compares = append(ix.compares, comparison{n.Tag, e})
						ix.sources = ix.sources || tagSource && !ix.c.isConstant(e)
					}
				}
			}
		}
	case *ast.CompositeLit:
		if len(n.Elts) > 0 {
			ix.lits = append(ix.lits, n)
			ix.sources = ix.sources || ix.setsSource(n)
		}
	case *ast.AssignStmt:
		ix.noteAssign(n)
	case *ast.ValueSpec:
		for i, name := range n.Names {
			if i < len(n.Values) && readsSource(n.Values[i]) {
				ix.hold(name.Name)
			}
		}
	}
}

func (ix *flowIndex) noteAssign(a *ast.AssignStmt) {
	if a.Tok != token.ASSIGN && a.Tok != token.DEFINE || len(a.Lhs) != len(a.Rhs) {
		return
	}
	noted := false
	for i, lhs := range a.Lhs {
		switch lhs := lhs.(type) {
		case *ast.Ident:
			if readsSource(a.Rhs[i]) {
				ix.hold(lhs.Name)
			}
		case *ast.SelectorExpr:
			if !noted {
				ix.selAssign = append(ix.selAssign, a)
				noted = true
			}
			if isSourceName(lhs.Sel.Name) {
				if src := ix.c.sourceField(lhs); src != nil {
					ix.srcStore = append(ix.srcStore, sourceStore{a.Rhs[i], src})
				}
			}
		}
	}
}

func (ix *flowIndex) hold(name string) {
	if ix.holders == nil {
		ix.holders = make(map[string]bool)
	}
	ix.holders[name] = true
}

// setsSource reports whether lit may set a field of the tables to
// something other than a constant.
func (ix *flowIndex) setsSource(lit *ast.CompositeLit) bool {
	if lit.Type != nil && !sourceTypeSketch.mayHold(typeExprName(lit.Type)) {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && isSourceName(key.Name) && !ix.c.isConstant(kv.Value) {
				return true
			}
		}
	}
	return false
}

// readsSource reports, from syntax alone, whether e may read a field or
// result of the tables.
func readsSource(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return isSourceName(e.Sel.Name)
	case *ast.CallExpr:
		if len(e.Args) == 1 { // int(resp.StatusCode)
			if readsSource(e.Args[0]) {
				return true
			}
		}
		return isSourceName(calleeName(e.Fun))
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

// Queries.

// hasSeeds reports whether the flow may start anywhere: a status position
// holds something other than a constant, a local holds a code, or a
// comparison or composite literal may involve a field or result of the
// tables. Most packages that import net/http have none.
func (ix *flowIndex) hasSeeds() bool {
	c := ix.c
	return len(c.seeds) > 0 || len(c.compares) > 0 || len(ix.srcStore) > 0 || ix.holders != nil || ix.sources && c.cfg.Comparisons
}

// callsOf returns the static calls of fn, one of the package's functions.
func (ix *flowIndex) callsOf(fn *types.Func) []*ast.CallExpr {
	if ix.calls == nil {
		ix.calls = make(map[string][]*ast.CallExpr)
		ix.callsTo = make(map[*types.Func][]*ast.CallExpr)
		for i, call := range ix.rawCalls {
			ix.calls[ix.rawNames[i]] = append(ix.calls[ix.rawNames[i]], call)
		}
	}
	if calls, ok := ix.callsTo[fn]; ok {
		return calls
	}
	var calls []*ast.CallExpr
	for _, call := range ix.calls[fn.Name()] {
		if callee, ok := typeutil.Callee(ix.c.pass.TypesInfo, call).(*types.Func); ok && callee.Origin() == fn {
			calls = append(calls, call)
		}
	}
	ix.callsTo[fn] = calls
	return calls
}

// returnsOf returns fn's return statements (not those of function
// literals in its body).
func (ix *flowIndex) returnsOf(fn *types.Func) []*ast.ReturnStmt {
	if d := ix.declAt(fn.Pos()); d != nil && d.Name.Pos() == fn.Pos() {
		ix.walkFunc(d)
	}
	return ix.returns[fn]
}

// storesOf returns what is stored in s.
func (ix *flowIndex) storesOf(s slot) []store {
	v, ok := s.obj.(*types.Var)
	if !ok {
		return nil
	}
	switch {
	case v.IsField():
		ix.indexField(v)
	case v.Parent() == ix.c.pass.Pkg.Scope():
		ix.indexAll()
	default:
		if d := ix.declAt(v.Pos()); d != nil {
			ix.walkFunc(d)
		}
	}
	return ix.stores[s]
}

// declAt returns the function declaration around pos, or nil.
func (ix *flowIndex) declAt(pos token.Pos) *ast.FuncDecl {
	i := sort.Search(len(ix.decls), func(i int) bool { return ix.decls[i].End() > pos })
	if i < len(ix.decls) && ix.decls[i].Pos() <= pos {
		return ix.decls[i]
	}
	return nil
}

// walkFunc adds the stores and returns of one function declaration,
// through the inspector's events for its subtree.
func (ix *flowIndex) walkFunc(d *ast.FuncDecl) {
	if ix.walked[d] {
		return
	}
	if ix.walked == nil {
		ix.walked = make(map[*ast.FuncDecl]bool)
		ix.returns = make(map[*types.Func][]*ast.ReturnStmt)
	}
	ix.walked[d] = true
	cur, ok := ix.cursorOf(d)
	if !ok {
		return
	}
	fn := ix.funcOf(d)
	var litEnds []token.Pos // the function literals around the node
	for c := range cur.Preorder(funcWalkFilter...) {
		n := c.Node()
		for len(litEnds) > 0 && litEnds[len(litEnds)-1] <= n.Pos() {
			litEnds = litEnds[:len(litEnds)-1]
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			litEnds = append(litEnds, n.End())
		case *ast.AssignStmt:
			ix.addAssign(n)
		case *ast.ValueSpec:
			ix.addValueSpec(n)
		case *ast.RangeStmt:
			if n.Value != nil {
				if t, ok := ix.c.pass.TypesInfo.Types[n.X]; ok && t.Type != nil && hasElems(t.Type) {
					ix.add(ix.c.slotOfLHS(n.Value), store{x: n.X, tuple: -1, elems: true})
				}
			}
		case *ast.ReturnStmt:
			if len(litEnds) == 0 && fn != nil {
				ix.returns[fn] = append(ix.returns[fn], n)
			}
		}
	}
}

var funcWalkFilter = []ast.Node{
	(*ast.FuncLit)(nil),
	(*ast.AssignStmt)(nil),
	(*ast.ValueSpec)(nil),
	(*ast.RangeStmt)(nil),
	(*ast.ReturnStmt)(nil),
}

// cursorOf returns the inspector's cursor of a top-level declaration,
// found through the files' children: no walk of the package.
func (ix *flowIndex) cursorOf(d *ast.FuncDecl) (inspector.Cursor, bool) {
	if ix.cursors == nil {
		ix.cursors = make(map[*ast.FuncDecl]inspector.Cursor, len(ix.decls))
		for file := range ix.c.inspect.Root().Children() {
			for decl := range file.Children() {
				if fd, ok := decl.Node().(*ast.FuncDecl); ok {
					ix.cursors[fd] = decl
				}
			}
		}
	}
	c, ok := ix.cursors[d]
	return c, ok
}

// indexField adds the stores of field v: from the composite literals and
// the assignments to selectors that name it.
func (ix *flowIndex) indexField(v *types.Var) {
	if ix.fields[v] {
		return
	}
	if ix.fields == nil {
		ix.fields = make(map[*types.Var]bool)
	}
	ix.fields[v] = true
	for _, lit := range ix.lits {
		if mayName(lit, v.Name()) {
			ix.addCompositeLit(lit, v)
		}
	}
	for _, a := range ix.selAssign {
		for i, lhs := range a.Lhs {
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == v.Name() && mayHoldInt(a.Rhs[i]) {
				if s, _ := ix.c.slotOf(lhs); s.obj == v {
					ix.add(s, store{x: a.Rhs[i], tuple: -1})
				}
			}
		}
	}
}

// mayName reports, from syntax alone, whether lit may set a field named
// name: it has that key, or no keys.
func mayName(lit *ast.CompositeLit, name string) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
			return true
		}
	}
	return false
}

// indexAll walks every function and the package-level declarations, for
// a package-level variable.
func (ix *flowIndex) indexAll() {
	if ix.allFuncs {
		return
	}
	ix.allFuncs = true
	for _, d := range ix.decls {
		ix.walkFunc(d)
	}
	for _, file := range ix.c.pass.Files {
		for _, decl := range file.Decls {
			if g, ok := decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, spec := range g.Specs {
					ix.addValueSpec(spec.(*ast.ValueSpec))
				}
			}
		}
	}
}

func (ix *flowIndex) add(s slot, st store) {
	if s.obj == nil {
		return
	}
	if ix.stores == nil {
		ix.stores = make(map[slot][]store)
	}
	ix.stores[s] = append(ix.stores[s], st)
}

// addAssign adds x = e, x := e, x[i] = e and a, b = f() to the stores;
// x.f = e is the fields' (indexFields).
func (ix *flowIndex) addAssign(a *ast.AssignStmt) {
	if a.Tok != token.ASSIGN && a.Tok != token.DEFINE {
		return
	}
	switch {
	case len(a.Lhs) == len(a.Rhs):
		for i, lhs := range a.Lhs {
			if _, sel := lhs.(*ast.SelectorExpr); !sel && mayHoldInt(a.Rhs[i]) {
				ix.add(ix.c.slotOfLHS(lhs), store{x: a.Rhs[i], tuple: -1})
			}
		}
	case len(a.Rhs) == 1:
		if _, ok := ast.Unparen(a.Rhs[0]).(*ast.CallExpr); !ok {
			return // v, ok := m[k], x.(T), <-ch: not a status
		}
		for i, lhs := range a.Lhs {
			ix.add(ix.c.slotOfLHS(lhs), store{x: a.Rhs[0], tuple: i})
		}
	}
}

func (ix *flowIndex) addValueSpec(n *ast.ValueSpec) {
	switch {
	case len(n.Values) == len(n.Names):
		for i, name := range n.Names {
			if mayHoldInt(n.Values[i]) {
				ix.add(ix.c.slotOfLHS(name), store{x: n.Values[i], tuple: -1})
			}
		}
	case len(n.Values) == 1:
		for i, name := range n.Names {
			ix.add(ix.c.slotOfLHS(name), store{x: n.Values[0], tuple: i})
		}
	}
}

// addCompositeLit adds the value a struct literal sets field v to.
func (ix *flowIndex) addCompositeLit(lit *ast.CompositeLit, v *types.Var) {
	t := ix.c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := derefNamed(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			field, _ = ix.c.pass.TypesInfo.Uses[key].(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field != nil && field.Origin() == v && mayHoldInt(value) {
			ix.add(slot{obj: v}, store{x: value, tuple: -1})
		}
	}
}

// sourceStores returns the values that composite literals store in the
// tables' fields with something other than a constant (a constant is the
// table walk's).
func (ix *flowIndex) sourceStores() []sourceStore {
	stores := ix.srcStore
	for _, lit := range ix.lits {
		if !ix.setsSource(lit) {
			continue
		}
		owner, _ := derefNamed(ix.c.pass.TypesInfo.TypeOf(lit)).(*types.Named)
		if owner == nil {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			key, ok := kv.Key.(*ast.Ident)
			if !ok || !isSourceName(key.Name) || ix.c.isConstant(kv.Value) {
				continue
			}
			if src := fieldSource(owner, key.Name); src != nil && ix.c.enabled(src.family, src.group) {
				stores = append(stores, sourceStore{kv.Value, src})
			}
		}
	}
	return stores
}

// sourceField returns the table row of the field that lhs selects, as in
// resp.StatusCode = code.
func (c *checker) sourceField(lhs ast.Expr) *statusSource {
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
