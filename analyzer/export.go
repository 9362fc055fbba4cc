package analyzer

import (
	"go/types"
	"slices"
)

// The facts' export: what the flow learned of the package's exported
// functions and of the fields of its struct types, for the packages that
// import it. Every fact is built in a fixed order, so that its gob
// encoding, which build caches key on, is the same from one run to the
// next.

// exportFacts exports what the flow found about the package's exported
// functions and the fields of its struct types.
func exportFacts(f *flow) {
	pass := f.c.pass
	if !f.c.exports {
		return
	}
	funcs := make(map[*types.Func]*funcFact)
	factOf := func(fn *types.Func) *funcFact {
		ff := funcs[fn]
		if ff == nil {
			ff = new(funcFact)
			funcs[fn] = ff
		}
		return ff
	}
	var statusFields map[*types.Var]bool
	for s, st := range f.states {
		v, ok := s.obj.(*types.Var)
		if !ok || s.elem || st.conflict || st.path.via != nil {
			continue
		}
		if v.IsField() {
			if !v.Exported() {
				continue
			}
			if owner := f.ix.ownerOf(v); owner != nil {
				exportFact(pass, v, &fieldFact{Owner: owner.Name(), Family: st.path.family.name, End: st.path.end})
				if statusFields == nil {
					statusFields = make(map[*types.Var]bool)
				}
				statusFields[v] = true
			}
			continue
		}
		if ref, ok := f.ix.paramOf(v); ok && f.exportable(ref.fn) {
			ff := factOf(ref.fn)
			ff.Params = append(ff.Params, paramFact{Index: ref.i, Family: st.path.family.name, Rule: st.path.rule.nameOrEmpty(), End: st.path.end})
		}
	}
	for ref, path := range f.ifaceDone {
		if f.exportable(ref.fn) {
			ff := factOf(ref.fn)
			ff.Params = append(ff.Params, paramFact{Index: ref.i, Family: path.family.name, Rule: path.rule.nameOrEmpty(), End: path.end})
		}
	}
	for s, params := range f.through {
		if fn := s.obj.(*types.Func); f.exportable(fn) {
			for _, i := range params {
				ff := factOf(fn)
				ff.Through = append(ff.Through, throughFact{Result: s.res, Param: i})
			}
		}
	}
	for fn, pairs := range f.pairs {
		if f.exportable(fn) {
			ff := factOf(fn)
			ff.Pairs = append(ff.Pairs, pairs...)
		}
	}
	if f.c.mayDeclareHolders() && (f.c.imp.holders || f.ix.mayReadHeld()) {
		f.exportHolders(factOf, statusFields)
	}
	for fn, ff := range funcs {
		slices.SortFunc(ff.Params, func(a, b paramFact) int { return a.Index - b.Index })
		slices.SortFunc(ff.Through, func(a, b throughFact) int {
			if a.Result != b.Result {
				return a.Result - b.Result
			}
			return a.Param - b.Param
		})
		slices.SortFunc(ff.Pairs, func(a, b [2]int) int {
			if a[0] != b[0] {
				return a[0] - b[0]
			}
			return a[1] - b[1]
		})
		slices.SortFunc(ff.Holds, func(a, b holdFact) int { return a.Result - b.Result })
		exportFact(pass, fn, ff)
	}
}

// exportHolders exports the package's holders (holding.go): the integer
// results of its exported functions and methods, interface methods
// included, and the integer fields of its exported struct types that are
// not at a status position already (statusFields).
func (f *flow) exportHolders(factOf func(*types.Func) *funcFact, statusFields map[*types.Var]bool) {
	f.afterFlow = true
	clear(f.holding)
	pass := f.c.pass
	results := func(fn *types.Func) {
		if !f.exportable(fn) || sourceByKey[keyOf(fn)] != nil {
			return // a result of the tables is known to every package
		}
		res := fn.Signature().Results()
		for i := range res.Len() {
			if !isInteger(res.At(i).Type()) {
				continue
			}
			if h, ok := f.slotHolds(slot{obj: fn, res: i}); ok {
				ff := factOf(fn)
				ff.Holds = append(ff.Holds, holdFact{Result: i, Family: h.family.name, End: h.end, Status: h.status})
			}
		}
	}
	// In the order of the scope's names: a holder that reaches itself
	// holds nothing on the first ask (slotHolds), so the order is kept.
	for _, obj := range slices.SortedFunc(slices.Values(f.c.declared()), byName) {
		switch obj := obj.(type) {
		case *types.Func:
			results(obj)
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok || obj.IsAlias() || !obj.Exported() {
				continue
			}
			if iface, ok := named.Underlying().(*types.Interface); ok {
				for i := range iface.NumExplicitMethods() {
					results(iface.ExplicitMethod(i))
				}
				continue
			}
			for i := range named.NumMethods() {
				results(named.Method(i))
			}
			st, ok := named.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				v := st.Field(i)
				if !v.Exported() || statusFields[v] || !isInteger(v.Type()) || !f.ix.mayStore(v.Name()) || fieldSource(named, v.Name()) != nil {
					continue
				}
				if h, ok := f.slotHolds(slot{obj: v}); ok && !h.status {
					exportFact(pass, v, &fieldFact{Owner: obj.Name(), Family: h.family.name, End: h.end, Holds: true})
				}
			}
		}
	}
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// exportable reports whether other packages can call fn, an exported
// function or method of the package, and need a fact to check its calls:
// a WriteHeader of an http.ResponseWriter is in the tables already. A
// method of another package's interface (type Coder a.Coder), or of the
// universe's error (type Err error), is not the package's to describe:
// its facts, if any, come from its own package.
func (f *flow) exportable(fn *types.Func) bool {
	return own(f.c.pass, fn) && fn.Exported() && fn.Pkg().Name() != "main" && f.c.apiOf(fn) == nil && f.ix.closureFns[fn] == nil
}
