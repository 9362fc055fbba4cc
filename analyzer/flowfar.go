package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// The flow across packages: other packages' status fields, which the
// package may store in, and their functions whose result returns a
// parameter. Facts bring both (facts.go); what the flow learns here goes
// out again through export.go.

// importedFields starts the flow at the status fields of other packages'
// types that the package may store something in.
func (f *flow) importedFields() {
	for v, ff := range f.c.imp.fields {
		family := familyNamed(ff.Family)
		if ff.Holds || family == nil || !f.c.enabled(family, coreAPI) || !f.ix.mayStore(v.Name()) {
			continue
		}
		s := slot{obj: v}
		if f.states[s] != nil {
			continue
		}
		st := &slotState{}
		st.path = &flowPath{family: family, end: ff.End, how: how{step: stepStoredIn, obj: s}, state: st, far: true}
		f.states[s] = st
		f.enqueue(s, st)
	}
}

// farStore returns follow for the values stored in v, a field of another
// package's type: each path starts with a hop at the value stored.
func (f *flow) farStore(follow func(ast.Expr, *flowPath), v *types.Var) func(ast.Expr, *flowPath) {
	return func(x ast.Expr, p *flowPath) {
		q := *p
		q.hops = farHop(x, v.Pkg(), p.end)
		q.hops.who = slot{obj: v}
		follow(x, &q)
	}
}

// importedCall follows the arguments that a call of another package's
// function passes to a result at a status position.
func (f *flow) importedCall(call *ast.CallExpr, p *flowPath) {
	fn, _ := typeutil.Callee(f.c.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	fn = fn.Origin()
	ff := f.c.imp.fact(fn)
	if ff == nil || len(ff.Through) == 0 || fn.Signature().Results().Len() != 1 {
		return
	}
	q := *p
	q.how = how{step: stepPassedTo, obj: slot{obj: fn}}
	q.hops = &hop{pos: call.Pos(), end: call.End(), who: slot{obj: fn}, how: p.how, next: p.hops, far: fn.Pkg()}
	q.via = nil
	for _, t := range ff.Through {
		if arg := f.c.argAt(call, paramRef{fn, t.Param}); arg != nil {
			f.expr(arg, &q)
		}
	}
}
