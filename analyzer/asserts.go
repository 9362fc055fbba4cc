package analyzer

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Assertions of the test libraries (testlibs.go): a literal compared with
// a field or result that holds a code, as by == (compare.go).

// checkAssertion checks assert.Equal(t, 200, rec.Code) and the like.
func (c *walker) checkAssertion(call *ast.CallExpr, a *assertion) {
	off := c.receiverArgs(call)
	exp, act := a.expected+off, a.actual+off
	if act >= len(call.Args) || exp >= len(call.Args) {
		return
	}
	c.compareArgs(call.Args[exp], call.Args[act], a.sameType, a.static)
}

// checkCheckerAssertion checks c.Assert(rec.Code, qt.Equals, 200): the
// checker must be one of the row's, a package-level variable of its
// package.
func (c *walker) checkCheckerAssertion(call *ast.CallExpr, a *checkerAssertion) {
	off := c.receiverArgs(call)
	exp, act, chk := a.expected+off, a.actual+off, a.checker+off
	if max(exp, act, chk) >= len(call.Args) || call.Ellipsis.IsValid() {
		return
	}
	var id *ast.Ident
	switch x := ast.Unparen(call.Args[chk]).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || unvendored(v.Pkg().Path()) != a.pkg || v.Parent() != v.Pkg().Scope() {
		return
	}
	sameType, ok := a.checkers[v.Name()]
	if !ok {
		return
	}
	c.compareArgs(call.Args[exp], call.Args[act], sameType, false)
}

// checkGomega checks Expect(rec.Code).To(Equal(200)) and the like: call
// is the verb, its argument a matcher of the expected value, its receiver
// the assertion that a wrapper of the actual value returned.
func (c *walker) checkGomega(call *ast.CallExpr) {
	if len(call.Args) == 0 {
		return
	}
	m, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok || m.Ellipsis.IsValid() {
		return
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, m).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	matcher, ok := gomegaMatches[keyOf(fn)]
	if !ok || matcher.expected >= len(m.Args) {
		return
	}
	if matcher.op != "" && !c.isString(m.Args[0], matcher.op) {
		return // BeNumerically(">=", 400): a class of codes, not a code
	}
	actual := c.gomegaActual(call)
	if actual == nil {
		return
	}
	c.compareArgs(m.Args[matcher.expected], actual, matcher.sameType, false)
}

// gomegaActual returns the actual value of the assertion that verb is
// called on, through the assertion's own methods, or nil: x of
// Expect(x).WithOffset(1).To(…), or the one result a polled function
// returns (Eventually(func() int { return rec.Code })).
func (c *walker) gomegaActual(verb *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(verb.Fun).(*ast.SelectorExpr)
	for ok {
		w, isCall := ast.Unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return nil
		}
		fn, _ := typeutil.Callee(c.pass.TypesInfo, w).(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return nil
		}
		key := keyOf(fn)
		if gomegaChained[key] {
			sel, ok = ast.Unparen(w.Fun).(*ast.SelectorExpr)
			continue
		}
		wrapper, found := gomegaWraps[key]
		if !found || wrapper.actual >= len(w.Args) {
			return nil
		}
		actual := w.Args[wrapper.actual]
		if lit, isFunc := ast.Unparen(actual).(*ast.FuncLit); isFunc {
			if !wrapper.polls {
				return nil
			}
			return singleResult(lit)
		}
		return actual
	}
	return nil
}

// singleResult returns what a function literal whose body is one return
// statement of one value returns, or nil.
func singleResult(lit *ast.FuncLit) ast.Expr {
	if len(lit.Body.List) != 1 {
		return nil
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	return ret.Results[0]
}

// isString reports whether e is the string constant s.
func (c *walker) isString(e ast.Expr, s string) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == s
}

// compareArgs checks the two values an assertion compares, exp and act:
// a literal on one side, a field or result that holds a code on the
// other. Without a literal, the flow may follow either side. sameType:
// the assertion compares dynamic types too. static: both sides have one
// static type (a generic assertion), which the constant must fit.
func (c *walker) compareArgs(exp, act ast.Expr, sameType, static bool) {
	lit, other, ok := literalSide(act, exp)
	if !ok {
		if c.cfg.Flow {
			c.touched = true
			c.compares = append(c.compares, compared(exp, act))
		}
		return
	}
	src := c.source(other)
	if src == nil {
		// What may hold a code (got := rec.Code, code, _ := get(url),
		// apiErr.Code) is the flow's, as in got != 200.
		if c.cfg.Flow && mayHoldInt(other) {
			c.touched = true
			cmp := compared(exp, act)
			cmp.sameType = sameType
			c.compares = append(c.compares, cmp)
		}
		return
	}
	// Equal compares dynamic types too: a fix must not turn an int
	// literal compared with a StatusCode into a StatusCode constant, which
	// would change the test's outcome.
	if sameType {
		lt, ot := c.pass.TypesInfo.TypeOf(lit), c.pass.TypesInfo.TypeOf(other)
		if lt == nil || ot == nil || !types.Identical(types.Default(lt), ot) {
			return
		}
	}
	c.checkCode(lit, src.family, nil, usage{kind: comparedWith, src: src, anyType: !static})
}
