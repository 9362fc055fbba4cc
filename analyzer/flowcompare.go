package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// Comparisons in the flow: an expression compared with one that holds a
// code is at a status position, and so is an argument passed opposite
// such an expression to a helper that compares its two parameters.

// comparisons seeds the flow with what the package compares with a value
// that holds a code.
// asserted is the number of the walk's assertions among the index's
// comparisons.
func (f *flow) comparisons(asserted int) {
	if !f.ix.sources && f.ix.holders == nil && asserted == 0 {
		return // nothing compared may hold a code
	}
	for _, cmp := range f.ix.compares {
		if f.ix.mayHoldCode(cmp.ys, cmp.yh) {
			f.compare(cmp.x, cmp.y)
		}
		if f.ix.mayHoldCode(cmp.xs, cmp.xh) {
			f.compare(cmp.y, cmp.x)
		}
	}
}

// compare follows x when y holds a code.
func (f *flow) compare(x, y ast.Expr) {
	src, holder := f.holds(y)
	if src == nil {
		return
	}
	f.expr(x, f.comparedPath(x, y, src, holder, nil))
}

// comparedPath is the path of x, compared with a value that holds src:
// directly, through holder (a local), or as an argument of a helper
// (helper: "passed to assertStatus").
func (f *flow) comparedPath(x, y ast.Expr, src *statusSource, holder *types.Var, helper *types.Func) *flowPath {
	name := f.c.sourceQual(src)
	p := &flowPath{family: src.family, end: pathEnd{stepComparedWith, name}, how: how{step: stepComparedWith, name: name}}
	if holder != nil {
		local := qualName{Name: holder.Name()}
		p.how = how{step: stepComparedWith, name: local}
		p.hops = &hop{pos: holder.Pos(), end: holder.Pos() + holdLen(holder), whoName: local, how: how{step: stepHolds, name: name}}
		if tv, ok := f.c.pass.TypesInfo.Types[x]; ok && tv.Value != nil && helper == nil {
			p.end = pathEnd{stepHolds, name} // 200 compared with got (holds ...)
		}
	}
	if helper != nil {
		p.how = how{step: stepPassedTo, obj: slot{obj: helper}}
		p.hops = &hop{pos: y.Pos(), end: y.End(), whoName: funcName(helper, f.c.pass.Pkg), how: how{step: stepComparesWith, name: name}, next: p.hops}
		if helper.Pkg() != f.c.pass.Pkg {
			p.hops.far = helper.Pkg()
		}
	}
	return p
}

func holdLen(v *types.Var) token.Pos { return token.Pos(len(v.Name())) }

// holds returns the table's field or result that e holds: e reads it, or
// reads a local variable assigned only from such values (got := rec.Code),
// which it returns too.
func (f *flow) holds(e ast.Expr) (*statusSource, *types.Var) {
	if !readsSource(e) && !f.mayHold(e) {
		return nil, nil
	}
	e = unconvert(f.c.pass.TypesInfo, e)
	switch e.(type) {
	case *ast.SelectorExpr, *ast.CallExpr:
		if src := f.c.sourceOf(e); src != nil {
			return src, nil
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok || !f.ix.holders[id.Name] {
		return nil, nil
	}
	v, ok := f.c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != f.c.pass.Pkg || !f.isLocal(v) {
		return nil, nil
	}
	return f.localHolds(v), v
}

// localHolds returns what every value stored in the local v holds, or nil.
func (f *flow) localHolds(v *types.Var) *statusSource {
	if src, seen := f.holding[v]; seen {
		return src
	}
	f.holding[v] = nil // a cycle holds nothing
	var held *statusSource
	for _, st := range f.ix.storesOf(slot{obj: v}) {
		if st.tuple >= 0 || st.elems {
			return nil
		}
		src, _ := f.holds(st.x)
		if src == nil || held != nil && src.family != held.family {
			return nil
		}
		held = src
	}
	f.holding[v] = held
	return held
}

// helperPairs seeds the flow at the calls of helpers that compare two of
// their parameters: assertStatus(t, rec.Code, 200) makes 200 a status at
// that call, and assertEqual(t, len(items), 3) nothing.
// imported are the walk's calls of other packages' helpers that compare
// two parameters.
func (f *flow) helperPairs(imported []pairCall) {
	var pairs map[*types.Func][][2]int
	add := func(a, b ast.Expr) bool {
		if !isIdent(a) || !isIdent(b) {
			return false
		}
		pa, ok := f.ix.paramRead(a)
		if !ok {
			return false
		}
		pb, ok := f.ix.paramRead(b)
		if !ok || pa.fn != pb.fn || pa.i == pb.i {
			return false
		}
		if pairs == nil {
			pairs = make(map[*types.Func][][2]int)
		}
		for _, p := range pairs[pa.fn] {
			if p == [2]int{pa.i, pb.i} || p == [2]int{pb.i, pa.i} {
				return false
			}
		}
		pairs[pa.fn] = append(pairs[pa.fn], [2]int{pa.i, pb.i})
		return true
	}
	for _, cmp := range f.ix.compares {
		if cmp.xh != 0 && cmp.yh != 0 {
			add(cmp.x, cmp.y)
		}
	}
	// Helpers that hand both parameters to another helper, of the
	// package or not, compare them too.
	for _, pc := range imported {
		add(pc.a, pc.b)
	}
	for changed := len(pairs) > 0; changed; {
		changed = false
		for _, pc := range f.pairCalls(pairs) {
			changed = add(pc.a, pc.b) || changed
		}
	}
	f.pairs = pairs
	for _, pc := range append(f.pairCalls(pairs), imported...) {
		if src, holder := f.holds(pc.a); src != nil {
			f.expr(pc.b, f.comparedPath(pc.b, pc.a, src, holder, pc.fn))
		}
		if src, holder := f.holds(pc.b); src != nil {
			f.expr(pc.a, f.comparedPath(pc.a, pc.b, src, holder, pc.fn))
		}
	}
}

// pairCalls lists the pairCalls of the package's calls of the helpers in
// pairs, in source order of the helpers.
func (f *flow) pairCalls(pairs map[*types.Func][][2]int) []pairCall {
	fns := make([]*types.Func, 0, len(pairs))
	for fn := range pairs {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos()) - int(b.Pos()) })
	var pcs []pairCall
	for _, fn := range fns {
		for _, p := range pairs[fn] {
			for _, call := range f.ix.callsOf(fn) {
				a, b := f.c.argAt(call, paramRef{fn, p[0]}), f.c.argAt(call, paramRef{fn, p[1]})
				if a != nil && b != nil {
					pcs = append(pcs, pairCall{fn, a, b})
				}
			}
		}
	}
	return pcs
}

// isIdent reports whether e is a name, in parentheses or a conversion.
func isIdent(e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		e = ast.Unparen(call.Args[0])
	}
	_, ok := e.(*ast.Ident)
	return ok
}

// mayHold reports, from syntax alone, whether e names a local that may
// hold a code.
func (f *flow) mayHold(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall && len(call.Args) == 1 {
			return f.mayHold(call.Args[0]) // int(got)
		}
	}
	return ok && f.ix.holders[id.Name]
}
