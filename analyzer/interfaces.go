package analyzer

import (
	"go/types"
	"slices"
)

// Interface methods: a method of one of the package's interfaces stands
// for the implementations the package declares. Its result holds a code
// when each of theirs does (holding.go), and its parameter is a status
// position when each of theirs is: a call through the interface
// (r.Respond(w, 404)) is then checked as a call of it, in the package and,
// through its fact, in importers. Implementations in other packages are
// not known here.

// implementations returns the methods that implement the interface
// method m in the package's named types, or nil if one of them has no
// such method (an embedded interface's).
func (f *flow) implementations(m *types.Func) []*types.Func {
	if impls, ok := f.impls[m]; ok {
		return impls
	}
	impls := f.findImplementations(m)
	if f.impls == nil {
		f.impls = make(map[*types.Func][]*types.Func)
	}
	f.impls[m] = impls
	return impls
}

// findImplementations is implementations without its cache: a scan of
// the package's types.
func (f *flow) findImplementations(m *types.Func) []*types.Func {
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	type implementer struct {
		tn *types.TypeName
		t  types.Type // tn's type, or a pointer to it
	}
	var found []implementer
	for _, obj := range f.c.declared() {
		tn, ok := obj.(*types.TypeName)
		if !ok || types.IsInterface(tn.Type()) || !validType(tn.Type()) {
			continue // an invalid type (type T Undefined) implements every interface
		}
		t := tn.Type()
		if !types.Implements(t, iface) {
			if t = types.NewPointer(t); !types.Implements(t, iface) {
				continue
			}
		}
		found = append(found, implementer{tn, t})
	}
	// In the order of the types' names, as the scope lists them: the
	// first implementation names the path of a parameter (interfaceParam).
	slices.SortFunc(found, func(a, b implementer) int { return byName(a.tn, b.tn) })
	var impls []*types.Func
	for _, k := range found {
		impl, _, _ := types.LookupFieldOrMethod(k.t, false, m.Pkg(), m.Name())
		fn, ok := impl.(*types.Func)
		if !ok || !types.Identical(fn.Signature(), m.Signature()) {
			return nil // Identical ignores receivers
		}
		impls = append(impls, fn.Origin())
	}
	return impls
}

// interfaceParams follows, once the queue is drained, the calls through
// the package's interface methods whose implementations here all pass a
// parameter to a status position, and reports whether it found one it
// had not.
func (f *flow) interfaceParams() bool {
	// Only a method's parameter at a status position may make one of
	// an interface: its name and index, from the states.
	type named struct {
		name string
		p    int
	}
	var methods map[named]bool
	for s, st := range f.states {
		v, ok := s.obj.(*types.Var)
		if !ok || s.elem || st.conflict || v.IsField() {
			continue
		}
		if ref, ok := f.ix.paramOf(v); ok && ref.fn.Signature().Recv() != nil {
			if methods == nil {
				methods = make(map[named]bool)
			}
			methods[named{ref.fn.Name(), ref.i}] = true
		}
	}
	if methods == nil {
		return false
	}
	found := false
	for _, tn := range f.c.interfaces() {
		iface := tn.Type().Underlying().(*types.Interface)
		for i := range iface.NumExplicitMethods() {
			m := iface.ExplicitMethod(i)
			for p := range m.Signature().Params().Len() {
				if methods[named{m.Name(), p}] && f.interfaceParam(m, p) {
					found = true
				}
			}
		}
	}
	return found
}

// interfaceParam follows the calls of m when its parameter p is at a
// status position in each implementation, and reports whether it did.
func (f *flow) interfaceParam(m *types.Func, p int) bool {
	ref := paramRef{m, p}
	if f.ifaceDone[ref] != nil {
		return false
	}
	impls := f.implementations(m)
	if len(impls) == 0 {
		return false
	}
	var path *flowPath
	for _, impl := range impls {
		params := impl.Signature().Params()
		if p >= params.Len() {
			return false
		}
		st := f.states[slot{obj: params.At(p)}]
		if st == nil || st.conflict || st.path.via != nil || path != nil && st.path.family != path.family {
			return false
		}
		if path == nil {
			path = st.path
		}
	}
	if f.ifaceDone == nil {
		f.ifaceDone = make(map[paramRef]*flowPath)
	}
	f.ifaceDone[ref] = path
	into := f.into(path, stepPassedTo, slot{obj: m})
	for _, call := range f.ix.callsOf(m) {
		if arg := f.c.argAt(call, ref); arg != nil {
			f.expr(arg, into)
		}
	}
	return true
}
