package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Holders: values that hold a code without standing at a status position.
// A literal compared with one is at a status position (code, body :=
// h.get(url); if code != 302), and so is what is compared with one that
// holds a field or result of the tables. A holder is
//   - a field or result of the tables (rec.Code, resp.StatusCode);
//   - a local, a field of the package or a result of one of its functions,
//     every value stored in or returned by which is a holder, or a constant
//     of 0 or below (return 0, "" on an error: no code);
//   - an interface method of the package all of whose implementations
//     there return a holder;
//   - once the flow is done, a slot at a status position itself (a
//     parameter sent to WriteHeader, a table's field compared with
//     rec.Code), which holds what reaches it;
//   - another package's field or result whose fact says it holds one.

// A holding is what a value holds.
type holding struct {
	family *codeFamily
	src    *statusSource // the field or result of the tables it reads, when via is zero
	end    pathEnd       // where the code comes from or goes: "returns http.Response.StatusCode"
	via    slot          // the holder whose end it is; zero for src read directly or through locals
	status bool          // via is at a status position: end is where its value goes
}

// held returns what e holds, and the local that e reads if it reads one.
func (f *flow) held(e ast.Expr) (holding, *types.Var, bool) {
	e = unconvert(f.c.pass.TypesInfo, e)
	switch e.(type) {
	case *ast.SelectorExpr, *ast.CallExpr:
		if src := f.c.sourceOf(e); src != nil {
			return holding{family: src.family, src: src, end: pathEnd{stepHolds, f.c.sourceQual(src)}}, nil, true
		}
	}
	s, ok := f.holderSlot(e)
	if !ok {
		return holding{}, nil, false
	}
	h, ok := f.slotHolds(s)
	if !ok {
		return holding{}, nil, false
	}
	if v, isVar := s.obj.(*types.Var); isVar && f.isLocal(v) {
		return h, v, true
	}
	return h, nil, true
}

// holderSlot returns the slot that e reads: one of the package's (slotOf),
// or another package's function result or field that a fact describes.
func (f *flow) holderSlot(e ast.Expr) (slot, bool) {
	if s, _ := f.c.slotOf(e); s.obj != nil {
		return s, !s.elem
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return slot{}, false
	}
	fn, _ := typeutil.Callee(f.c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Signature().Results().Len() != 1 {
		return slot{}, false
	}
	fn = fn.Origin()
	if ff := f.c.imp.fact(fn); ff != nil && ff.holds(0) != nil {
		return slot{obj: fn}, true
	}
	return slot{}, false
}

// slotHolds returns what s holds.
func (f *flow) slotHolds(s slot) (holding, bool) {
	if f.afterFlow {
		if st := f.states[s]; st != nil && !st.conflict && st.path.via == nil {
			return holding{family: st.path.family, end: st.path.end, via: s, status: true}, true
		}
	}
	if h, seen := f.holding[s]; seen {
		return h, h.family != nil
	}
	if !f.c.imp.holders && !f.ix.mayReadHeld() {
		return holding{}, false // nothing of the package may hold what the tables hold
	}
	f.holding[s] = holding{} // a cycle holds nothing
	h, ok := f.computeHolds(s)
	if !ok {
		return holding{}, false
	}
	f.holding[s] = h
	return h, true
}

func (f *flow) computeHolds(s slot) (holding, bool) {
	switch obj := s.obj.(type) {
	case *types.Var:
		if ff := f.c.imp.fields[obj]; ff != nil {
			family := familyNamed(ff.Family)
			return holding{family: family, end: ff.End, via: s, status: !ff.Holds}, family != nil
		}
		if obj.Pkg() != f.c.pass.Pkg {
			return holding{}, false
		}
		switch {
		case f.isLocal(obj):
			return f.storesHold(s, slot{})
		case obj.IsField() && f.ix.ownerOf(obj) != nil:
			return f.storesHold(s, s)
		}
	case *types.Func:
		if obj.Pkg() != f.c.pass.Pkg {
			if ff := f.c.imp.fact(obj); ff != nil {
				if hf := ff.holds(s.res); hf != nil {
					family := familyNamed(hf.Family)
					return holding{family: family, end: hf.End, via: s, status: hf.Status}, family != nil
				}
			}
			return holding{}, false
		}
		if isInterfaceMethod(obj) {
			return f.implementationsHold(obj, s.res)
		}
		return f.returnsHold(obj, s.res)
	}
	return holding{}, false
}

// storesHold returns what every value stored in s holds; via is the
// holder to name (s, for a field), or zero for a local, which passes on
// what its values hold.
func (f *flow) storesHold(s, via slot) (holding, bool) {
	var all allHold
	for _, st := range f.ix.storesOf(s) {
		switch {
		case st.elems:
			return holding{}, false
		case st.tuple >= 0:
			all.add(f.tupleHolds(st))
		case f.unset(st.x):
		default:
			h, _, ok := f.held(st.x)
			all.add(h, ok)
		}
		if all.broken {
			return holding{}, false
		}
	}
	return f.of(all, via, stepHolds)
}

// tupleHolds returns what a, b := f() stores in its slot: f's result.
func (f *flow) tupleHolds(st store) (holding, bool) {
	call, ok := ast.Unparen(st.x).(*ast.CallExpr)
	if !ok {
		return holding{}, false
	}
	fn, _ := typeutil.Callee(f.c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || st.tuple >= fn.Signature().Results().Len() {
		return holding{}, false
	}
	return f.slotHolds(slot{obj: fn.Origin(), res: st.tuple})
}

// returnsHold returns what fn's result res holds, if every return gives a
// holder.
func (f *flow) returnsHold(fn *types.Func, res int) (holding, bool) {
	n := fn.Signature().Results().Len()
	if res >= n {
		return holding{}, false
	}
	var all allHold
	for _, ret := range f.ix.returnsOf(fn) {
		if len(ret.Results) != n {
			return holding{}, false // a bare return, or a call's results
		}
		if f.unset(ret.Results[res]) {
			continue
		}
		h, _, ok := f.held(ret.Results[res])
		if all.add(h, ok); all.broken {
			return holding{}, false
		}
	}
	return f.of(all, slot{obj: fn, res: res}, stepReturns)
}

// implementationsHold returns what the interface method m's result res
// holds, if the package declares implementations of it and each holds.
func (f *flow) implementationsHold(m *types.Func, res int) (holding, bool) {
	var all allHold
	for _, fn := range f.implementations(m) {
		if all.add(f.slotHolds(slot{obj: fn, res: res})); all.broken {
			return holding{}, false
		}
	}
	return f.of(all, slot{obj: m, res: res}, stepReturns)
}

// unset reports whether e is a constant of 0 or below: no code, but what
// a holder gives when there is none (return 0, "" on an error; code := 0
// before the response), which leaves it a holder of what its other
// values hold.
func (f *flow) unset(e ast.Expr) bool {
	tv, ok := f.c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Int && constant.Sign(tv.Value) <= 0
}

// allHold accumulates what several values hold: all of them must hold
// codes of one family.
type allHold struct {
	held   holding
	broken bool
}

// add adds what one value holds, as held returns it. Values that hold
// through different holders (code, _ = get(a); code, _ = getOther(b))
// hold the tables' field or result, which is all a message then names.
func (a *allHold) add(h holding, ok bool) {
	if !ok || a.held.family != nil && (h.family != a.held.family || h.status != a.held.status) {
		a.broken = true
		return
	}
	if a.held.family != nil && h.via != a.held.via && !h.status {
		h.via, h.end.Kind = slot{}, stepHolds
	}
	a.held = h
}

// of returns what they all hold, through via, which step describes.
func (f *flow) of(a allHold, via slot, step stepKind) (holding, bool) {
	if a.broken || a.held.family == nil {
		return holding{}, false
	}
	return f.heldBy(a.held, via, step), true
}

// slotQual names a holder of another package as the package checked
// sees it, for a path's end: "router.ApiError.Status", "client.Get result".
func (f *flow) slotQual(s slot) qualName {
	switch obj := s.obj.(type) {
	case *types.Func:
		q := funcName(obj, f.c.pass.Pkg)
		q.Result = true
		return q
	case *types.Var:
		q := qualName{Name: obj.Name()}
		if ff := f.c.imp.fields[obj]; ff != nil {
			q.Recv = ff.Owner
		} else if owner := f.ix.ownerOf(obj); owner != nil {
			q.Recv = owner.Name()
		}
		if obj.Pkg() != f.c.pass.Pkg {
			q.Pkg = pkgName(obj.Pkg())
		}
		return q
	}
	return qualName{}
}

// heldBy returns what holder via holds when its values hold h: via is
// named in the messages, unless h comes from a holder at a status position
// already, whose end says more.
func (f *flow) heldBy(h holding, via slot, step stepKind) holding {
	if via.obj == nil || h.status {
		return h
	}
	return holding{family: h.family, end: pathEnd{step, h.end.Target}, via: via}
}

func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}
