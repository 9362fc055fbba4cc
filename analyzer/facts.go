package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Facts carry what the flow learns in one package to the packages that
// import it, as the printf analyzer carries its print wrappers: a helper's
// status parameters (httpx.JSON(w, 404, v) in another package), the
// parameters it returns or compares with each other (for one call only),
// and the status fields of its struct types (httpx.Problem{Status: 409}).
//
// Nothing relies on facts of the standard library: the tables cover its
// APIs, and drivers such as Bazel's nogo do not analyze it. Every fact is
// built in a fixed order, so that its gob encoding, which build caches key
// on, is the same from one run to the next.

// A funcFact is what a function or method of another package does with
// its parameters.
type funcFact struct {
	Params  []paramFact   // parameters at a status position, by index
	Through []throughFact // parameters the function returns
	Pairs   [][2]int      // parameters the function compares with each other
	Holds   []holdFact    // results that hold a code
}

// A holdFact is a result that holds a code: every return gives one (End
// says which), or the result is at a status position itself (Status; End
// says where it goes).
type holdFact struct {
	Result int
	Family string
	End    pathEnd
	Status bool
}

// holds returns the fact of result res, or nil.
func (f *funcFact) holds(res int) *holdFact {
	for i := range f.Holds {
		if f.Holds[i].Result == res {
			return &f.Holds[i]
		}
	}
	return nil
}

// A paramFact is a parameter at a status position.
type paramFact struct {
	Index  int
	Family string // codeFamily.name
	Rule   string // codeRule.name of the rule at the path's end, or ""
	End    pathEnd
}

// A throughFact is a parameter that a result returns: a status at that
// result makes the argument a status, for that call only.
type throughFact struct{ Result, Param int }

// A fieldFact is a field of a struct type of another package whose value
// reaches a status position, or (Holds) that holds a code: every value
// stored in it is one. What an importer stores in a field that only holds
// a code is not followed.
type fieldFact struct {
	Owner  string // the struct type's name
	Family string // codeFamily.name
	End    pathEnd
	Holds  bool
}

func (*funcFact) AFact()  {}
func (*fieldFact) AFact() {}

var factTypes = []analysis.Fact{(*funcFact)(nil), (*fieldFact)(nil)}

// imported holds the facts of the packages the pass imports.
type imported struct {
	funcs   map[*types.Func]*funcFact
	fields  map[*types.Var]*fieldFact
	names   map[string]bool             // the functions' names, for the walk's filter
	holders bool                        // a fact names a holder
	copies  map[*types.Func]*types.Func // interface methods copied from export data: the method they copy (fact)
	fset    *token.FileSet
}

// importFacts reads the facts of the packages that pass imports.
func importFacts(pass *analysis.Pass) imported {
	imp := imported{fset: pass.Fset}
	if pass.AllObjectFacts == nil { // a driver without facts
		return imp
	}
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() == pass.Pkg {
			continue
		}
		switch fact := f.Fact.(type) {
		case *funcFact:
			fn, ok := f.Object.(*types.Func)
			if !ok {
				continue
			}
			if imp.funcs == nil {
				imp.funcs = make(map[*types.Func]*funcFact)
				imp.names = make(map[string]bool)
			}
			imp.funcs[fn] = fact
			imp.names[fn.Name()] = true
			imp.holders = imp.holders || len(fact.Holds) > 0
		case *fieldFact:
			v, ok := f.Object.(*types.Var)
			if !ok || !v.IsField() {
				continue
			}
			if imp.fields == nil {
				imp.fields = make(map[*types.Var]*fieldFact)
			}
			imp.fields[v] = fact
			imp.holders = imp.holders || fact.Holds
		}
	}
	return imp
}

// fact returns the fact of fn, another package's function or method, or
// nil. A named type over another package's interface (type Coder
// a.Coder), read from export data, has copies of a's methods: equal in
// name and position, not in identity, and of b's package. a's pass set
// the facts on its own methods; a copy's are found by name and position.
func (imp *imported) fact(fn *types.Func) *funcFact {
	if imp.funcs == nil {
		return nil
	}
	fn = fn.Origin()
	if ff := imp.funcs[fn]; ff != nil || !imp.names[fn.Name()] || !isInterfaceMethod(fn) {
		return ff
	}
	m, ok := imp.copies[fn]
	if !ok {
		m = imp.declaredMethod(fn)
		if imp.copies == nil {
			imp.copies = make(map[*types.Func]*types.Func)
		}
		imp.copies[fn] = m
	}
	return imp.funcs[m]
}

// declaredMethod returns the method with a fact that m is a copy of: an
// interface method of another package, of the same name and position.
func (imp *imported) declaredMethod(m *types.Func) *types.Func {
	if !m.Pos().IsValid() {
		return nil
	}
	at := imp.fset.Position(m.Pos())
	for fn := range imp.funcs {
		if fn.Name() == m.Name() && fn.Pkg() != m.Pkg() && isInterfaceMethod(fn) && imp.fset.Position(fn.Pos()) == at {
			return fn
		}
	}
	return nil
}

// any reports whether another package's facts may matter here.
func (imp *imported) any() bool { return imp.funcs != nil || imp.fields != nil }
