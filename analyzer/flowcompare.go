package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// Comparisons in the flow: an expression compared with one that holds a
// code is at a status position, and so is an argument passed opposite
// such an expression to a helper that compares its two parameters.

// comparisons seeds the flow with what the package compares with a value
// that holds a code. It returns the comparisons of a constant with
// something that did not hold one, for holdersCompared.
// asserted is the number of the walk's assertions among the index's
// comparisons.
func (f *flow) comparisons(asserted int) (pending []comparison) {
	if !f.ix.sources && f.ix.holders == nil && asserted == 0 && !f.ix.codeCompares {
		return nil // nothing compared may hold a code
	}
	for _, cmp := range f.ix.compares {
		if f.ix.mayHoldCode(cmp.ys, cmp.yh) && f.compare(cmp.x, cmp.y, cmp.sameType) {
			continue
		}
		if f.ix.mayHoldCode(cmp.xs, cmp.xh) && f.compare(cmp.y, cmp.x, cmp.sameType) {
			continue
		}
		if isCodeLit(cmp.x) != isCodeLit(cmp.y) { // a literal, as only literals are findings
			pending = append(pending, cmp)
		}
	}
	return pending
}

// holdersCompared follows, once the flow is done, the constants of
// pending compared with a holder of any kind: one that holds what a
// status position of the package receives included (holding.go). A
// constant is no slot: this adds findings, not paths.
func (f *flow) holdersCompared(pending []comparison) {
	if len(pending) == 0 {
		return
	}
	f.afterFlow = true
	clear(f.holding)
	for _, cmp := range pending {
		x, y := cmp.x, cmp.y
		if f.c.isConstant(y) {
			x, y = y, x
		}
		f.compare(x, y, cmp.sameType)
	}
}

// compare follows x when y holds a code, and reports whether it does.
// sameType: an assertion compares dynamic types too, so that a constant
// of another type than y's is left alone (its constant would change the
// outcome).
func (f *flow) compare(x, y ast.Expr, sameType bool) bool {
	if !f.mayFollow(x) || !mayHoldType(f.c.pass.TypesInfo.TypeOf(y)) {
		return false // nothing to find: asking what y holds costs store scans
	}
	h, local, ok := f.held(y)
	if !ok {
		return false
	}
	constant := f.c.isConstant(x)
	if !constant && h.via.obj != nil && h.status && h.via.obj.Pkg() == f.c.pass.Pkg {
		// Only constants are compared with what a status position of the
		// package holds: the flow has not reached its fixpoint yet.
		return false
	}
	if constant && sameType {
		// As in the walk: a conversion is not the value converted, and
		// the types must be one.
		info := f.c.pass.TypesInfo
		xt, yt := info.TypeOf(x), info.TypeOf(y)
		if xt == nil || yt == nil || !types.Identical(types.Default(xt), yt) ||
			unconvert(info, x) != ast.Unparen(x) || unconvert(info, y) != ast.Unparen(y) {
			return true
		}
	}
	f.expr(x, f.comparedPath(x, y, h, local, nil))
	return true
}

// mayFollow reports whether following x, compared with a holder, may
// find something: x is no constant (a slot), or a literal whose value may
// be a family's code; a comparison with 0, -1 or a named constant finds
// nothing.
func (f *flow) mayFollow(x ast.Expr) bool {
	tv, ok := f.c.pass.TypesInfo.Types[x]
	if !ok || tv.Value == nil {
		return ok
	}
	if tv.Value.Kind() != constant.Int {
		return false
	}
	v, exact := constant.Int64Val(tv.Value)
	return exact && codeMin <= v && v <= codeMax && literalOf(f.c.pass.TypesInfo, x) != nil
}

// mayHoldType reports whether a value of type t may hold a code: an
// integer, or an interface without methods, which an integer satisfies
// (got of type any in assert.Equal(t, 200, got); a type parameter's
// constraint), unlike error.
func mayHoldType(t types.Type) bool {
	if t == nil {
		return false
	}
	if iface, ok := t.Underlying().(*types.Interface); ok {
		return iface.NumMethods() == 0
	}
	return isInteger(t)
}

// comparedPath is the path of x, compared with y, a value that holds what
// h says: directly, through local, or as an argument of a helper
// (helper: "passed to assertStatus").
func (f *flow) comparedPath(x, y ast.Expr, h holding, local *types.Var, helper *types.Func) *flowPath {
	constant := f.c.isConstant(x) && helper == nil
	p := &flowPath{family: h.family, end: pathEnd{stepComparedWith, h.end.Target}}
	switch {
	case h.via.obj == nil && local == nil: // rec.Code
		p.how = how{step: stepComparedWith, name: h.end.Target}
	case h.via.obj == nil: // got := rec.Code
		name := qualName{Name: local.Name()}
		p.how = how{step: stepComparedWith, name: name}
		p.hops = &hop{pos: local.Pos(), end: local.Pos() + holdLen(local), whoName: name, how: how{step: stepHolds, name: h.end.Target}}
		if constant {
			p.end = h.end // 200 compared with got (holds ...)
		}
	case local == nil || h.via.obj == local: // get(url), apiErr.Code, tc.want, a parameter
		p.how = how{step: stepComparedWith, obj: h.via}
		p.hops = &hop{pos: y.Pos(), end: y.End(), who: h.via, how: how{step: h.end.Kind, name: h.end.Target}}
		switch {
		case constant:
			p.end = h.end
		case h.status: // tc.want compared with another package's status field
			p.end = pathEnd{stepComparedWith, f.slotQual(h.via)}
		}
	default: // code, body := get(url)
		name := qualName{Name: local.Name()}
		p.how = how{step: stepComparedWith, name: name}
		pos, end := y.Pos(), y.End()
		if obj := h.via.obj; obj.Pkg() == f.c.pass.Pkg {
			pos, end = obj.Pos(), obj.Pos()+token.Pos(len(obj.Name()))
		}
		p.hops = &hop{pos: pos, end: end, who: h.via, how: how{step: h.end.Kind, name: h.end.Target}}
		p.hops = &hop{pos: local.Pos(), end: local.Pos() + holdLen(local), whoName: name, how: how{step: stepHolds, obj: h.via}, next: p.hops}
		switch {
		case constant:
			p.end = h.end
			p.holder = &how{step: stepHolds, obj: h.via}
		case h.status:
			p.end = pathEnd{stepComparedWith, f.slotQual(h.via)}
		}
	}
	if helper != nil {
		p.how = how{step: stepPassedTo, obj: slot{obj: helper}}
		p.hops = &hop{pos: y.Pos(), end: y.End(), whoName: funcName(helper, f.c.pass.Pkg), how: how{step: stepComparesWith, name: h.end.Target}, next: p.hops}
		if helper.Pkg() != f.c.pass.Pkg {
			p.hops.far = helper.Pkg()
		}
	}
	return p
}

func holdLen(v *types.Var) token.Pos { return token.Pos(len(v.Name())) }

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
		pa, ok := f.ix.paramOrElem(a)
		if !ok {
			return false
		}
		pb, ok := f.ix.paramOrElem(b)
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
		if h, local, ok := f.held(pc.a); ok && (h.via.obj == nil || !h.status) {
			f.expr(pc.b, f.comparedPath(pc.b, pc.a, h, local, pc.fn))
		}
		if h, local, ok := f.held(pc.b); ok && (h.via.obj == nil || !h.status) {
			f.expr(pc.a, f.comparedPath(pc.a, pc.b, h, local, pc.fn))
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
				for _, a := range f.c.argsAt(call, paramRef{fn, p[0]}) {
					for _, b := range f.c.argsAt(call, paramRef{fn, p[1]}) {
						pcs = append(pcs, pairCall{fn, a, b})
					}
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
