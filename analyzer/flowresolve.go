package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"golang.org/x/tools/go/types/typeutil"
)

// The flow index's queries: each resolves, on first use, only what it
// needs of the nodes the walk noted.

// hasSeeds reports whether the flow may start anywhere: a status position
// holds something other than a constant, a local holds a code, or a
// comparison or composite literal may involve a field or result of the
// tables. Most packages that import net/http have none.
func (ix *flowIndex) hasSeeds() bool {
	c := ix.c
	return len(c.seeds) > 0 || len(c.compares) > 0 || len(ix.srcStore) > 0 || ix.holders != nil || ix.sources && c.cfg.Comparisons ||
		len(c.pairs) > 0 || c.imp.fields != nil && (len(ix.lits) > 0 || len(ix.selAssign) > 0) ||
		ix.pairs && c.cfg.Comparisons && ix.exportedPair() // for the facts
}

// exportedPair reports whether an exported function of the package
// compares two of its parameters (got != want): its importers need the
// fact, though nothing here starts the flow.
func (ix *flowIndex) exportedPair() bool {
	for _, cmp := range ix.compares {
		if !isIdent(cmp.x) || !isIdent(cmp.y) {
			continue
		}
		if a, ok := ix.paramRead(cmp.x); ok && a.fn.Exported() {
			if b, ok := ix.paramRead(cmp.y); ok && b.fn == a.fn {
				return true
			}
		}
	}
	return false
}

// paramRead returns the parameter that e reads, through parentheses and
// conversions.
func (ix *flowIndex) paramRead(e ast.Expr) (paramRef, bool) {
	info := ix.c.pass.TypesInfo
	id, ok := unconvert(info, e).(*ast.Ident)
	if !ok {
		return paramRef{}, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok {
		return paramRef{}, false
	}
	return ix.paramOf(v)
}

// callsOf returns the static calls of fn, one of the package's functions.
func (ix *flowIndex) callsOf(fn *types.Func) []*ast.CallExpr {
	if calls, ok := ix.callsTo[fn]; ok {
		return calls
	}
	if ix.callsTo == nil {
		ix.callsTo = make(map[*types.Func][]*ast.CallExpr)
		ix.groupCalls()
	}
	var calls []*ast.CallExpr
	name := fn.Name()
	b := nameHash(name) >> ix.shift()
	for _, i := range ix.byHash[ix.buckets[b]:ix.buckets[b+1]] {
		call := ix.rawCalls[i]
		if calleeName(call.Fun) != name {
			continue
		}
		if callee, ok := typeutil.Callee(ix.c.pass.TypesInfo, call).(*types.Func); ok && callee.Origin() == fn {
			calls = append(calls, call)
		}
	}
	ix.callsTo[fn] = calls
	return calls
}

// groupCalls sorts the noted calls' indexes by the top bits of their
// names' hashes (a counting sort): callsOf reads one bucket.
func (ix *flowIndex) groupCalls() {
	shift := ix.shift()
	n := 1 << (32 - shift)
	ix.buckets = slices.Grow(ix.buckets[:0], n+1)[:n+1]
	clear(ix.buckets)
	for _, h := range ix.rawHashes {
		ix.buckets[h>>shift+1]++
	}
	for b := 1; b <= n; b++ {
		ix.buckets[b] += ix.buckets[b-1]
	}
	ix.byHash = slices.Grow(ix.byHash[:0], len(ix.rawHashes))[:len(ix.rawHashes)]
	next := slices.Clone(ix.buckets[:n]) // where each bucket's next index goes
	for i, h := range ix.rawHashes {
		b := h >> shift
		ix.byHash[next[b]] = int32(i)
		next[b]++
	}
}

// shift is how far a name's hash is shifted for its bucket: a bucket per
// two calls or so, at least 64 buckets.
func (ix *flowIndex) shift() uint32 {
	bits := uint32(6)
	for 1<<bits < len(ix.rawCalls)/2 && bits < 20 {
		bits++
	}
	return 32 - bits
}

// returnsOf returns fn's return statements (not those of function
// literals in its body).
func (ix *flowIndex) returnsOf(fn *types.Func) []*ast.ReturnStmt {
	if d := ix.declAt(fn.Pos()); d != nil && d.d.Name.Pos() == fn.Pos() {
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
func (ix *flowIndex) declAt(pos token.Pos) *decl {
	i := sort.Search(len(ix.decls), func(i int) bool { return ix.decls[i].end > pos })
	if i < len(ix.decls) && ix.decls[i].pos <= pos {
		return &ix.decls[i]
	}
	return nil
}

// walkFunc adds the stores and returns of one function declaration,
// through the inspector's events for its subtree.
func (ix *flowIndex) walkFunc(d *decl) {
	if ix.walked[d.d] {
		return
	}
	if ix.walked == nil {
		ix.walked = make(map[*ast.FuncDecl]bool)
		ix.returns = make(map[*types.Func][]*ast.ReturnStmt)
	}
	ix.walked[d.d] = true
	fn := ix.funcOf(d.d)
	var litEnds []token.Pos // the function literals around the node
	for c := range d.cur.Preorder(funcWalkFilter...) {
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
	for i := range ix.decls {
		ix.walkFunc(&ix.decls[i])
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
				if v, ok := sel.Obj().(*types.Var); ok && (v.Pkg() == c.pass.Pkg || c.imp.fields[v.Origin()] != nil) {
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

// mayStore reports, from syntax alone, whether the package may store a
// value in a field named name: a composite literal with that key or
// without keys, or an assignment to a selector with that name. The names
// are collected on first use.
func (ix *flowIndex) mayStore(name string) bool {
	if ix.storeNames == nil {
		ix.storeNames = make(map[string]bool)
		for _, lit := range ix.lits {
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					ix.storeNames[""] = true // positional: any field
					break
				}
				if id, ok := kv.Key.(*ast.Ident); ok {
					ix.storeNames[id.Name] = true
				}
			}
		}
		for _, a := range ix.selAssign {
			for _, lhs := range a.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok {
					ix.storeNames[sel.Sel.Name] = true
				}
			}
		}
	}
	return ix.storeNames[name] || ix.storeNames[""]
}
