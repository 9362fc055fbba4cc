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
	if pass.ExportObjectFact == nil {
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
				pass.ExportObjectFact(v, &fieldFact{Owner: owner.Name(), Family: st.path.family.name, End: st.path.end})
			}
			continue
		}
		if ref, ok := f.ix.paramOf(v); ok && f.exportable(ref.fn) {
			ff := factOf(ref.fn)
			ff.Params = append(ff.Params, paramFact{Index: ref.i, Family: st.path.family.name, Rule: st.path.rule.nameOrEmpty(), End: st.path.end})
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
		pass.ExportObjectFact(fn, ff)
	}
}

// exportable reports whether other packages can call fn, an exported
// function or method of the package, and need a fact to check its calls:
// a WriteHeader of an http.ResponseWriter is in the tables already.
func (f *flow) exportable(fn *types.Func) bool {
	return fn.Exported() && fn.Pkg().Name() != "main" && f.c.apiOf(fn) == nil
}
