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

// exportedPair reports whether an exported function of the package
// compares two of its parameters (got != want): its importers need the
// fact, though nothing here starts the flow.
func (ix *flowIndex) exportedPair() bool {
	for _, cmp := range ix.compares {
		if cmp.xh == 0 || cmp.yh == 0 {
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

// paramOrElem returns the parameter that e reads (paramRead), or the
// variadic parameter whose elements e ranges over: for _, w := range want
// { if got == w ... } compares got with each extra argument.
func (ix *flowIndex) paramOrElem(e ast.Expr) (paramRef, bool) {
	if ref, ok := ix.paramRead(e); ok {
		return ref, true
	}
	info := ix.c.pass.TypesInfo
	id, ok := unconvert(info, e).(*ast.Ident)
	if !ok {
		return paramRef{}, false
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Pkg() != ix.c.pass.Pkg || v.IsField() {
		return paramRef{}, false
	}
	if d := ix.declAt(v.Pos()); d == nil || !variadicDecl(d.d) {
		return paramRef{}, false // no variadic parameter to range over
	}
	stores := ix.storesOf(slot{obj: v})
	if len(stores) != 1 || !stores[0].elems {
		return paramRef{}, false
	}
	ref, ok := ix.paramRead(stores[0].x)
	if !ok {
		return paramRef{}, false
	}
	sig := ref.fn.Signature()
	return ref, sig.Variadic() && ref.i == sig.Params().Len()-1
}

// variadicDecl reports, from syntax, whether d's last parameter is
// variadic.
func variadicDecl(d *ast.FuncDecl) bool {
	params := d.Type.Params.List
	if len(params) == 0 {
		return false
	}
	_, ok := params[len(params)-1].Type.(*ast.Ellipsis)
	return ok
}

// callsOf returns the static calls of fn, one of the package's functions.
func (ix *flowIndex) callsOf(fn *types.Func) []*ast.CallExpr {
	if calls, ok := ix.callsTo[fn]; ok {
		return calls
	}
	if k := ix.closureFns[fn]; k != nil && k.v == nil {
		return k.calls // a Ginkgo table's entries
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
		} else if k := ix.c.closureCalled(call); k != nil && k.fn == fn {
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
	// buckets[b] is where bucket b's next index goes; once all are in, it
	// is where bucket b+1 starts, and moving buckets up one makes it so.
	for i, h := range ix.rawHashes {
		b := h >> shift
		ix.byHash[ix.buckets[b]] = int32(i)
		ix.buckets[b]++
	}
	copy(ix.buckets[1:], ix.buckets[:n])
	ix.buckets[0] = 0
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
// literals in its body), through the inspector's events for its subtree:
// few functions have a result at a status position, so the walk does not
// note returns.
func (ix *flowIndex) returnsOf(fn *types.Func) []*ast.ReturnStmt {
	if rets, ok := ix.returns[fn]; ok {
		return rets
	}
	var rets []*ast.ReturnStmt
	var body ast.Node
	if k := ix.closureFns[fn]; k != nil {
		body = k.lit
	} else if d := ix.declAt(fn.Pos()); d != nil && d.d.Name.Pos() == fn.Pos() {
		body = d.d
	}
	if body != nil {
		if cur, ok := ix.c.inspect.Root().FindNode(body); ok {
			var litEnds []token.Pos // the function literals around the node
			for c := range cur.Preorder(returnFilter...) {
				n := c.Node()
				for len(litEnds) > 0 && litEnds[len(litEnds)-1] <= n.Pos() {
					litEnds = litEnds[:len(litEnds)-1]
				}
				switch n := n.(type) {
				case *ast.FuncLit:
					if n != body {
						litEnds = append(litEnds, n.End())
					}
				case *ast.ReturnStmt:
					if len(litEnds) == 0 {
						rets = append(rets, n)
					}
				}
			}
		}
	}
	if ix.returns == nil {
		ix.returns = make(map[*types.Func][]*ast.ReturnStmt)
	}
	ix.returns[fn] = rets
	return rets
}

var returnFilter = []ast.Node{(*ast.FuncLit)(nil), (*ast.ReturnStmt)(nil)}

// storesOf returns what is stored in s: the stores of a local are looked
// for in the function that declares it, those of a package-level variable
// and of elements everywhere, those of a field in the composite literals
// and the assignments to selectors.
func (ix *flowIndex) storesOf(s slot) []store {
	if stores, ok := ix.stores[s]; ok {
		return stores
	}
	v, ok := s.obj.(*types.Var)
	if !ok {
		return nil
	}
	var stores []store
	switch {
	case v.IsField() && !s.elem:
		stores = ix.fieldStores(v)
	case v.IsField() || v.Parent() == ix.c.pass.Pkg.Scope():
		if !ix.allNamed {
			ix.allNames = ix.namesIn(0, len(ix.body), ix.allNames[:0])
			ix.allNamed = true
		}
		stores = ix.scanStores(s, ix.allNames)
	default:
		if d := ix.declAt(v.Pos()); d != nil {
			stores = ix.scanStores(s, ix.declNames(d))
		}
	}
	if ix.stores == nil {
		ix.stores = make(map[slot][]store)
	}
	ix.stores[s] = stores
	return stores
}

// declAt returns the function declaration around pos, or nil.
func (ix *flowIndex) declAt(pos token.Pos) *decl {
	if !ix.declsReady {
		ix.readyDecls()
	}
	f := ix.fileAt(pos)
	if f < 0 {
		return nil
	}
	lo, hi := ix.span(f, false)
	decls := ix.decls[lo:hi]
	i := sort.Search(len(decls), func(i int) bool { return decls[i].end > pos })
	if i < len(decls) && decls[i].pos <= pos {
		return &decls[i]
	}
	return nil
}

// declBody returns the statements the walk noted in d.
func (ix *flowIndex) declBody(d *decl) []ast.Node {
	if !d.ranged {
		lo, hi := ix.span(ix.fileAt(d.pos), true)
		body := ix.body[lo:hi]
		i := sort.Search(len(body), func(i int) bool { return body[i].Pos() >= d.pos })
		j := i + sort.Search(len(body)-i, func(k int) bool { return body[i+k].Pos() >= d.end })
		d.lo, d.hi = lo+i, lo+j
		d.ranged = true
	}
	return ix.body[d.lo:d.hi]
}

// declNames returns the names that d's statements assign.
func (ix *flowIndex) declNames(d *decl) []nameAt {
	if !d.named {
		ix.declBody(d)
		d.names = ix.namesIn(d.lo, d.hi, nil)
		d.named = true
	}
	return d.names
}

// A nameAt is a name that a noted statement assigns, hashed (nameHash;
// the elements of x, x[i] = e, hash apart), and the statement's index in
// body: a query compares hashes in a compact list, and reads only the
// statements that may store in its slot.
type nameAt struct {
	h uint32
	i int32
}

const elemSalt = 0x5bd1e995

// namesIn appends to names the names that body[lo:hi] assign.
func (ix *flowIndex) namesIn(lo, hi int, names []nameAt) []nameAt {
	add := func(lhs ast.Expr, i int) {
		if name := lhsName(lhs, false); name != "" {
			names = append(names, nameAt{nameHash(name), int32(i)})
		}
		if name := lhsName(lhs, true); name != "" {
			names = append(names, nameAt{nameHash(name) ^ elemSalt, int32(i)})
		}
	}
	for i := lo; i < hi; i++ {
		switch n := ix.body[i].(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				add(lhs, i)
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				add(id, i)
			}
		case *ast.RangeStmt:
			if n.Value != nil {
				add(n.Value, i)
			}
		}
	}
	return names
}

// scanStores returns the stores in s among the statements that names
// say may assign it: x = e, x := e, var x = e, x[i] = e, a, b := f()
// and for _, x := range e.
func (ix *flowIndex) scanStores(s slot, names []nameAt) []store {
	name := s.obj.Name()
	h := nameHash(name)
	if s.elem {
		h ^= elemSalt
	}
	var stores []store
	add := func(lhs ast.Expr, st store) {
		if lhsName(lhs, s.elem) == name && ix.c.slotOfLHS(lhs) == s {
			stores = append(stores, st)
		}
	}
	last := int32(-1)
	for _, na := range names {
		if na.h != h || na.i == last {
			continue
		}
		last = na.i
		switch n := ix.body[na.i].(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				continue
			}
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i, lhs := range n.Lhs {
					if _, sel := lhs.(*ast.SelectorExpr); !sel && mayHoldInt(n.Rhs[i]) {
						add(lhs, store{x: n.Rhs[i], tuple: -1})
					}
				}
			case len(n.Rhs) == 1:
				if _, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); !ok {
					continue // v, ok := m[k], x.(T), <-ch: not a status
				}
				for i, lhs := range n.Lhs {
					if _, sel := lhs.(*ast.SelectorExpr); !sel {
						add(lhs, store{x: n.Rhs[0], tuple: i})
					}
				}
			}
		case *ast.ValueSpec:
			switch {
			case len(n.Values) == len(n.Names):
				for i, id := range n.Names {
					if mayHoldInt(n.Values[i]) {
						add(id, store{x: n.Values[i], tuple: -1})
					}
				}
			case len(n.Values) == 1:
				for i, id := range n.Names {
					add(id, store{x: n.Values[0], tuple: i})
				}
			}
		case *ast.RangeStmt:
			if t, ok := ix.c.pass.TypesInfo.Types[n.X]; ok && t.Type != nil && hasElems(t.Type) {
				add(n.Value, store{x: n.X, tuple: -1, elems: true})
			}
		}
	}
	return stores
}

// lhsName returns the name that an assignment's left side ends in, for
// a variable (x) or for its elements (x[i], t.x[i]); "" otherwise.
func lhsName(lhs ast.Expr, elem bool) string {
	lhs = ast.Unparen(lhs)
	if elem {
		idx, ok := lhs.(*ast.IndexExpr)
		if !ok {
			return ""
		}
		lhs = ast.Unparen(idx.X)
	}
	switch e := lhs.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if elem {
			return e.Sel.Name
		}
	}
	return ""
}

// fieldStores returns the stores in field v: the composite literals and
// the assignments to selectors that name it.
func (ix *flowIndex) fieldStores(v *types.Var) []store {
	var stores []store
	name := v.Name()
	for i, lit := range ix.lits {
		switch lit.Type.(type) {
		case *ast.ArrayType, *ast.MapType:
			continue // not a struct, spelled out
		}
		if !mayName(lit, name) {
			continue
		}
		st := ix.litStruct(i)
		if st == nil {
			continue
		}
		for k, elt := range lit.Elts {
			var field *types.Var
			value := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				key, ok := kv.Key.(*ast.Ident)
				if !ok || key.Name != name {
					continue
				}
				field, _ = ix.c.pass.TypesInfo.Uses[key].(*types.Var)
				value = kv.Value
			} else if k < st.NumFields() {
				field = st.Field(k)
			}
			if field != nil && field.Origin() == v && mayHoldInt(value) {
				stores = append(stores, store{x: value, tuple: -1})
			}
		}
	}
	for _, a := range ix.selAssign {
		for i, lhs := range a.Lhs {
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == name && mayHoldInt(a.Rhs[i]) {
				if s, _ := ix.c.slotOf(lhs); s.obj == v {
					stores = append(stores, store{x: a.Rhs[i], tuple: -1})
				}
			}
		}
	}
	return stores
}

// litStruct returns the struct type of the i-th composite literal, or
// nil: looked up once per literal, whatever the number of fields asked.
func (ix *flowIndex) litStruct(i int) *types.Struct {
	if n := len(ix.lits); len(ix.litTypes) != n {
		ix.litTypes = slices.Grow(ix.litTypes[:0], n)[:n]
		ix.litKnown = slices.Grow(ix.litKnown[:0], n)[:n]
		clear(ix.litTypes)
		clear(ix.litKnown)
	}
	if !ix.litKnown[i] {
		ix.litKnown[i] = true
		if t := ix.c.pass.TypesInfo.TypeOf(ix.lits[i]); t != nil {
			ix.litTypes[i], _ = derefNamed(t).Underlying().(*types.Struct)
		}
	}
	return ix.litTypes[i]
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
