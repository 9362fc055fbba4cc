package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
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
}

// A paramFact is a parameter at a status position.
type paramFact struct {
	Index  int
	Family string // codeFamily.name
	Rule   string // the name of the rule at the path's end, or ""
	End    string // where the path ends, as messages say it: "reaches http.Error"
}

// A throughFact is a parameter that a result returns: a status at that
// result makes the argument a status, for that call only.
type throughFact struct{ Result, Param int }

// A fieldFact is a field of a struct type of another package whose value
// reaches a status position.
type fieldFact struct {
	Owner  string // the struct type's name
	Family string
	End    string
}

func (*funcFact) AFact()  {}
func (*fieldFact) AFact() {}

func (f *funcFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param %d %s (%s)", p.Index, p.Family, p.End))
	}
	for _, t := range f.Through {
		parts = append(parts, fmt.Sprintf("result %d returns param %d", t.Result, t.Param))
	}
	for _, p := range f.Pairs {
		parts = append(parts, fmt.Sprintf("compares params %d and %d", p[0], p[1]))
	}
	return "status: " + strings.Join(parts, "; ")
}

func (f *fieldFact) String() string {
	return fmt.Sprintf("status field of %s: %s (%s)", f.Owner, f.Family, f.End)
}

var factTypes = []analysis.Fact{(*funcFact)(nil), (*fieldFact)(nil)}

// rules names the rules, for facts.
var rules = []struct {
	name string
	rule codeRule
}{
	{"netHTTPPanics", netHTTPPanics},
	{"closeCodeForbidden", closeCodeForbidden},
	{"gorillaFormatClose", gorillaFormatClose},
	{"coderCloseRefuses", coderCloseRefuses},
	{"ginStatus", ginStatus},
	{"ginRedirect", ginRedirect},
	{"echoRedirect", echoRedirect},
	{"echoJSON", echoJSON},
	{"echo5HTTPError", echo5HTTPError},
	{"fasthttpSends", fasthttpSends},
	{"fasthttpRedirect", fasthttpRedirect},
	{"hertzRedirect", hertzRedirect},
	{"hertzWarns", hertzWarns},
}

func ruleName(r codeRule) string {
	if r == nil {
		return ""
	}
	p := reflect.ValueOf(r).Pointer()
	for _, n := range rules {
		if reflect.ValueOf(n.rule).Pointer() == p {
			return n.name
		}
	}
	return ""
}

func ruleNamed(name string) codeRule {
	for _, n := range rules {
		if n.name == name {
			return n.rule
		}
	}
	return nil
}

// imported holds the facts of the packages the pass imports.
type imported struct {
	funcs  map[*types.Func]*funcFact
	fields map[*types.Var]*fieldFact
	names  map[string]bool // the functions' names, for the walk's filter
}

// importFacts reads the facts of imported packages, if the flow runs.
func (c *checker) importFacts() {
	if !c.cfg.Flow || c.pass.AllObjectFacts == nil { // a driver without facts
		return
	}
	for _, f := range c.pass.AllObjectFacts() {
		if f.Object.Pkg() == c.pass.Pkg {
			continue
		}
		switch fact := f.Fact.(type) {
		case *funcFact:
			fn, ok := f.Object.(*types.Func)
			if !ok {
				continue
			}
			if c.imp.funcs == nil {
				c.imp.funcs = make(map[*types.Func]*funcFact)
				c.imp.names = make(map[string]bool)
			}
			c.imp.funcs[fn] = fact
			c.imp.names[fn.Name()] = true
		case *fieldFact:
			v, ok := f.Object.(*types.Var)
			if !ok || !v.IsField() {
				continue
			}
			if c.imp.fields == nil {
				c.imp.fields = make(map[*types.Var]*fieldFact)
			}
			c.imp.fields[v] = fact
		}
	}
}

// any reports whether another package's facts may matter here.
func (imp *imported) any() bool { return imp.funcs != nil || imp.fields != nil }

// checkFact checks a call of fn if it has a fact.
func (c *checker) checkFact(call *ast.CallExpr, fn *types.Func) {
	if ff := c.imp.funcs[fn.Origin()]; ff != nil {
		c.checkImported(call, fn.Origin(), ff)
	}
}

// checkImported checks a call of another package's function that has a
// fact: its status parameters are status positions, like the tables'.
func (c *checker) checkImported(call *ast.CallExpr, fn *types.Func, ff *funcFact) {
	for _, p := range ff.Params {
		family := familyNamed(p.Family)
		if family == nil || !c.enabled(family, coreAPI) {
			continue
		}
		arg := c.argAt(call, paramRef{fn, p.Index})
		if arg == nil {
			continue
		}
		c.touched = true
		path := &flowPath{family: family, rule: ruleNamed(p.Rule), end: p.End, how: how{verb: "passed to", obj: slot{obj: fn}},
			hops: farHop(arg, c.displayName(fn), fn.Pkg(), p.End)}
		if c.isConstant(arg) {
			c.checkCode(arg, family, flowRule(path.rule), usage{kind: flowed, flow: path})
		} else {
			c.seeds = append(c.seeds, seed{arg, path})
		}
	}
	if len(ff.Pairs) > 0 && c.cfg.Comparisons {
		for _, p := range ff.Pairs {
			a, b := c.argAt(call, paramRef{fn, p[0]}), c.argAt(call, paramRef{fn, p[1]})
			if a != nil && b != nil {
				c.pairs = append(c.pairs, pairCall{fn, a, b})
			}
		}
	}
}

// flowRule is rule for a value that a path reaches: placeholders (code :=
// 0, -1 for "unset") are not sent as they are.
func flowRule(rule codeRule) codeRule {
	if rule == nil {
		return nil
	}
	return func(v int64) string {
		if v <= 0 {
			return ""
		}
		return rule(v)
	}
}

// exportFacts exports what the flow found about the package's exported
// functions and the fields of its struct types.
func (f *flow) exportFacts() {
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
			ff.Params = append(ff.Params, paramFact{Index: ref.i, Family: st.path.family.name, Rule: ruleName(st.path.rule), End: st.path.end})
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

// importedFields starts the flow at the status fields of other packages'
// types that the package may store something in.
func (f *flow) importedFields() {
	for v, ff := range f.c.imp.fields {
		family := familyNamed(ff.Family)
		if family == nil || !f.c.enabled(family, coreAPI) || !f.ix.mayStore(v.Name()) {
			continue
		}
		s := slot{obj: v}
		if f.states[s] != nil {
			continue
		}
		st := &slotState{}
		st.path = &flowPath{family: family, end: ff.End, how: how{verb: "stored in", obj: s}, state: st, far: true}
		f.states[s] = st
		f.enqueue(s, st)
	}
}

// farHop is the hop where a path leaves the package, at e: "httpx.JSON
// (package example.com/app/httpx) reaches http.ResponseWriter.WriteHeader".
func farHop(e ast.Expr, who string, pkg *types.Package, end string) *hop {
	verb, text, _ := strings.Cut(end, " ")
	if rest, ok := strings.CutPrefix(text, "with "); ok && verb == "compared" {
		verb, text = "compared with", rest
	}
	return &hop{pos: e.Pos(), end: e.End(), whoText: who, far: pkg, how: how{verb: verb, text: text}}
}

// farStore returns follow for the values stored in v, a field of another
// package's type: each path starts with a hop at the value stored.
func (f *flow) farStore(follow func(ast.Expr, *flowPath), v *types.Var) func(ast.Expr, *flowPath) {
	return func(x ast.Expr, p *flowPath) {
		q := *p
		q.hops = farHop(x, f.c.slotName(f.ix, slot{obj: v}), v.Pkg(), p.end)
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
	ff := f.c.imp.funcs[fn]
	if ff == nil || len(ff.Through) == 0 || fn.Signature().Results().Len() != 1 {
		return
	}
	q := *p
	q.how = how{verb: "passed to", obj: slot{obj: fn}}
	q.hops = &hop{pos: call.Pos(), end: call.End(), who: slot{obj: fn}, how: p.how, next: p.hops, far: fn.Pkg()}
	q.via = nil
	for _, t := range ff.Through {
		if arg := f.c.argAt(call, paramRef{fn, t.Param}); arg != nil {
			f.expr(arg, &q)
		}
	}
}

// flowFlag is -flow. The analyzer declares its fact types only while the
// flow is on: with it off, drivers need not analyze dependencies at all.
type flowFlag struct {
	a *analysis.Analyzer
	c *Config
}

func (f *flowFlag) String() string   { return strconv.FormatBool(f.c != nil && f.c.Flow) }
func (f *flowFlag) IsBoolFlag() bool { return true }

func (f *flowFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	setFlow(f.a, f.c, on)
	return nil
}

func setFlow(a *analysis.Analyzer, c *Config, on bool) {
	c.Flow = on
	a.FactTypes = nil
	if on {
		a.FactTypes = factTypes
	}
}
