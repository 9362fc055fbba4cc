package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
)

// Flow: the status positions one hop or more away from the tables. The
// walk (calls.go, compare.go) finds the expressions that stand at a
// status position without being a constant (w.WriteHeader(code)): the
// seeds. From each seed the flow goes backwards, never forwards: to the
// variable, field, parameter or result that the expression reads, then to
// whatever is stored in it, to a fixpoint. Literals met on the way are
// findings. A value is never a status because a status reaches it
// (strconv.Itoa(resp.StatusCode) makes nothing a status position).
//
// Two kinds of positions hold for one call only, so that general helpers
// stay silent: the parameter a function returns (max(code, 200) makes 200
// a status at that call, not max's parameter everywhere), and a pair of
// parameters a helper compares (assertStatus(t, rec.Code, 200)).

// A candidate is a constant met on a path.
type candidate struct {
	x    ast.Expr
	path *flowPath
}

// A flow holds the flow's state: what it knows of each slot, and the
// findings at the constants its paths meet.
type flow struct {
	c          *env
	ix         *flowIndex
	states     map[slot]*slotState
	queue      []slot
	candidates []candidate
	through    map[slot][]int                // a result's parameters that pass through: max's a and b
	statusCall map[slot][]seedCall           // calls whose result is at a status position
	holding    map[slot]holding              // what the slots asked about hold (holding.go)
	afterFlow  bool                          // the fixpoint is reached: slots at status positions hold codes too
	pairs      map[*types.Func][][2]int      // the package's helpers that compare two parameters
	found      map[token.Pos]bool            // the findings' positions, to report each once
	ifaceDone  map[paramRef]*flowPath        // interface methods' parameters at a status position (interfaces.go)
	impls      map[*types.Func][]*types.Func // the package's implementations of its interface methods, once scanned
	counters   map[*types.Var]bool           // whether the locals asked about are for statements' counters (counters.go)
	findings   []finding
}

// A seedCall is a call whose result stands at a status position.
type seedCall struct {
	call *ast.CallExpr
	path *flowPath // the path of the call's arguments that pass through
}

// runFlow finds the literals that reach the walk's seeds, and what the
// package's slots hold, for the facts.
// walked are the walk's findings, which the flow does not report again.
func runFlow(c *env, ix *flowIndex, walked []finding, w flowStart) *flow {
	f := &flow{
		c:          c,
		ix:         ix,
		states:     make(map[slot]*slotState),
		through:    make(map[slot][]int),
		statusCall: make(map[slot][]seedCall),
		holding:    make(map[slot]holding),
		found:      make(map[token.Pos]bool, len(walked)),
	}
	for _, fd := range walked {
		f.found[fd.arg.Pos()] = true
	}
	ix.findClosures()
	for _, s := range w.seeds {
		f.expr(s.x, s.path)
	}
	f.importedFields()
	var pending []comparison
	if c.cfg.Comparisons {
		for _, s := range f.ix.sourceStores() {
			name := c.sourceQual(s.src)
			f.expr(s.x, &flowPath{family: s.src.family, end: pathEnd{stepReaches, name}, how: how{step: stepStoredIn, name: name}})
		}
		f.ix.compares = append(f.ix.compares, w.compares...)
		pending = f.comparisons(len(w.compares))
		f.helperPairs(w.pairs)
	}
	f.drain()
	for f.interfaceParams() {
		f.drain()
	}
	f.holdersCompared(pending)
	for _, k := range f.candidates {
		if k.path.state != nil && k.path.state.conflict {
			continue
		}
		f.checkFlow(k)
	}
	return f
}

// drain follows the queued slots to a fixpoint.
func (f *flow) drain() {
	for len(f.queue) > 0 {
		s := f.queue[0]
		f.queue = f.queue[1:]
		f.states[s].queued = false
		f.slot(s)
	}
}

// checkFlow records a finding for a constant that a path reaches, unless
// the walk found it already.
func (f *flow) checkFlow(k candidate) {
	if f.found[k.x.Pos()] || f.c.inGenerated(k.x.Pos()) {
		return
	}
	f.found[k.x.Pos()] = true
	p := k.path
	if fd, ok := f.c.judge(k.x, p.family, p.rule, usage{kind: flowed, path: p}); ok {
		f.findings = append(f.findings, fd)
	}
}

// expr follows e, a value at a position that p describes.
func (f *flow) expr(e ast.Expr, p *flowPath) {
	info := f.c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.Int {
			f.candidates = append(f.candidates, candidate{e, p})
		}
		return
	}
	s, call := f.c.slotOf(e)
	if s.obj == nil {
		if call, ok := unconvert(info, e).(*ast.CallExpr); ok {
			f.importedCall(call, p)
		}
		return
	}
	if call != nil {
		f.call(call, s, p)
	}
	f.mark(s, ast.Unparen(e), p)
}

// elems follows the elements of e, whose elements are at a position.
func (f *flow) elems(e ast.Expr, p *flowPath) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if _, nested := elt.(*ast.CompositeLit); !nested {
				f.expr(elt, p)
			}
		}
		return
	case *ast.CallExpr:
		if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && len(x.Args) > 0 {
			if b, ok := f.c.pass.TypesInfo.Uses[id].(*types.Builtin); ok && b.Name() == "append" {
				f.elems(x.Args[0], p)
				if x.Ellipsis.IsValid() {
					if len(x.Args) == 2 {
						f.elems(x.Args[1], p)
					}
					return
				}
				for _, a := range x.Args[1:] {
					f.expr(a, p)
				}
				return
			}
		}
	}
	s, _ := f.c.slotOf(e)
	if s.obj != nil && !s.elem {
		s.elem = true
		f.mark(s, e, p)
	}
}

// mark records that slot s, read at e, is at the position p describes.
func (f *flow) mark(s slot, e ast.Node, p *flowPath) {
	if v, ok := s.obj.(*types.Var); ok && !s.elem && p.via != nil {
		if ref, ok := f.ix.paramOf(v); ok && ref.fn == p.via {
			f.passThrough(slot{obj: p.via, res: p.viaRes}, ref.i)
			return
		}
	}
	st := f.states[s]
	if st == nil {
		if f.c.inTables(f.ix, s) {
			return // the table walk checks the tables' own APIs and fields
		}
		next := *p
		next.hops = &hop{pos: e.Pos(), end: e.End(), who: s, how: p.how, next: p.hops}
		next.state = nil // set below
		if v, ok := s.obj.(*types.Var); ok && (s.elem || !f.isLocal(v)) {
			next.via = nil // only locals carry a function's result back to its parameters
		}
		if fn, ok := s.obj.(*types.Func); ok {
			next.via, next.viaRes = fn, s.res
		}
		// What reaches a conflicted slot is conflicted too.
		st = &slotState{path: &next, conflict: p.state != nil && p.state.conflict}
		next.state = st
		f.states[s] = st
		f.enqueue(s, st)
		return
	}
	switch {
	case st.path.family != p.family || p.state != nil && p.state.conflict:
		if !st.conflict {
			st.conflict = true
			f.enqueue(s, st)
		}
	case st.path.via != nil && p.via == nil:
		// First reached through a function's result, now directly: a
		// local that a parameter fills is a status position for every
		// call after all.
		st.path.via = nil
		f.enqueue(s, st)
	}
}

func (f *flow) enqueue(s slot, st *slotState) {
	if !st.queued {
		st.queued = true
		f.queue = append(f.queue, s)
	}
}

// slot follows what is stored in s.
func (f *flow) slot(s slot) {
	p := f.states[s].path
	follow := f.expr
	if s.elem {
		follow = f.elems
	}
	base := s
	base.elem = false
	switch obj := s.obj.(type) {
	case *types.Func:
		into := f.into(p, stepReturnedBy, slot{obj: obj})
		for _, ret := range f.ix.returnsOf(obj) {
			switch n := obj.Signature().Results().Len(); {
			case len(ret.Results) == n:
				follow(ret.Results[s.res], into)
			case len(ret.Results) == 0 && n > 0:
				if v := obj.Signature().Results().At(s.res); v.Name() != "" {
					f.mark(slot{obj: v, elem: s.elem}, ret, into)
				}
			}
		}
	case *types.Var:
		if ref, ok := f.ix.paramOf(obj); ok {
			into := f.into(p, stepPassedTo, slot{obj: ref.fn})
			sig := ref.fn.Signature()
			variadic := s.elem && sig.Variadic() && ref.i == sig.Params().Len()-1
			for _, call := range f.ix.callsOf(ref.fn) {
				if variadic { // each extra argument is an element
					for _, arg := range f.c.argsAt(call, ref) {
						f.expr(arg, into)
					}
				} else if arg := f.c.argAt(call, ref); arg != nil {
					follow(arg, into)
				}
			}
		}
		into := f.into(p, stepStoredIn, base)
		if p.far && p.hops == nil {
			follow = f.farStore(follow, obj)
		}
		if f.isLocal(obj) || obj.IsField() {
			// A local's first value is often a placeholder (code := 0)
			// that a later assignment replaces, and a field holds the
			// codes of every value of its type, sent or received: no
			// invalid codes here.
			into.rule = nil
		}
		if !s.elem && f.isLocal(obj) && f.isCounter(obj) {
			return // its stores are a range's bounds (counters.go)
		}
		for _, st := range f.ix.storesOf(base) {
			switch {
			case st.tuple >= 0:
				f.tuple(st, s.elem, into)
			case st.elems:
				if !s.elem {
					f.elems(st.x, into)
				}
			default:
				follow(st.x, into)
			}
		}
		if s.elem {
			for _, st := range f.ix.storesOf(s) { // v[i] = e
				f.expr(st.x, into)
			}
		}
	}
}

// into returns the path of a value that goes into a slot whose path is p.
func (f *flow) into(p *flowPath, step stepKind, s slot) *flowPath {
	q := *p
	q.how = how{step: step, obj: s}
	return &q
}

// tuple follows a, b := f(): the slot gets one of f's results.
func (f *flow) tuple(st store, elem bool, p *flowPath) {
	call, ok := ast.Unparen(st.x).(*ast.CallExpr)
	if !ok || elem {
		return
	}
	fn, ok := f.c.calleeFunc(call)
	if !ok || st.tuple >= fn.Signature().Results().Len() {
		return
	}
	s := slot{obj: fn, res: st.tuple}
	f.call(call, s, p)
	f.mark(s, call, p)
}

// call records that the result s of call is at the position p describes,
// and follows the arguments of the parameters that s passes through.
func (f *flow) call(call *ast.CallExpr, s slot, p *flowPath) {
	fn := s.obj.(*types.Func)
	q := *p
	q.how = how{step: stepPassedTo, obj: slot{obj: fn}}
	q.hops = &hop{pos: call.Pos(), end: call.End(), who: s, how: p.how, next: p.hops}
	q.via = nil
	sc := seedCall{call, &q}
	f.statusCall[s] = append(f.statusCall[s], sc)
	for _, i := range f.through[s] {
		if arg := f.c.argAt(call, paramRef{fn, i}); arg != nil {
			f.expr(arg, sc.path)
		}
	}
}

// passThrough records that result s returns parameter i, and follows the
// argument of each call whose result is at a status position.
func (f *flow) passThrough(s slot, i int) {
	if slices.Contains(f.through[s], i) {
		return
	}
	f.through[s] = append(f.through[s], i)
	fn := s.obj.(*types.Func)
	for _, sc := range f.statusCall[s] {
		if arg := f.c.argAt(sc.call, paramRef{fn, i}); arg != nil {
			f.expr(arg, sc.path)
		}
	}
}

// isLocal reports whether v is a local variable: not a parameter, a field
// or a package-level variable.
func (f *flow) isLocal(v *types.Var) bool {
	_, param := f.ix.paramOf(v)
	return !param && !v.IsField() && v.Parent() != f.c.pass.Pkg.Scope()
}

// inTables reports whether s is a parameter of an API of the tables, or a
// field or result of the tables: in the library itself (fasthttp's own
// Response.SetStatusCode, gorilla's CloseError.Code), paths end there.
// What reaches them is the table walk's, and what their own code stores
// in them (a close code received, a status parsed) is not sent.
func (c *env) inTables(ix *flowIndex, s slot) bool {
	if !tablePkgs[unvendored(c.pass.Pkg.Path())] && !sourcePkgs[unvendored(c.pass.Pkg.Path())] {
		return false
	}
	switch obj := s.obj.(type) {
	case *types.Func:
		return sourceByKey[keyOf(obj)] != nil
	case *types.Var:
		if obj.IsField() {
			owner := ix.ownerOf(obj)
			if owner == nil {
				return false
			}
			named, _ := owner.Type().(*types.Named)
			return fieldSource(named, obj.Name()) != nil
		}
		if ref, ok := ix.paramOf(obj); ok {
			return c.apiOf(ref.fn) != nil || sourceByKey[keyOf(ref.fn)] != nil
		}
	}
	return false
}
