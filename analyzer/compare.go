package analyzer

import (
	"go/ast"
	"go/types"
)

// Comparisons, switch cases, composite literals and test assertions: a
// literal meets a field or a result that holds a code (the sources table)
// rather than a parameter.

// checkBinary checks x == 200 and x != 200 where x holds a code (visit
// passes only == and !=). Ordered comparisons (code >= 500) test classes
// of codes, not codes: never magic.
func (c *walker) checkBinary(e *ast.BinaryExpr) {
	lit, other, ok := literalSide(e.X, e.Y)
	if !ok {
		if c.cfg.Flow && c.ix == nil && !c.touched && (c.source(e.X) != nil || c.source(e.Y) != nil) && !c.skipped() {
			c.touched = true // rec.Code != tc.want: the flow follows tc.want
		}
		return
	}
	if src := c.source(other); src != nil && !c.skipped() {
		c.checkCode(lit, src.family, nil, usage{kind: comparedWith, src: src})
	}
}

// literalSide returns which of a and b may be a literal (maybeLiteral),
// preferring b, and the other one.
func literalSide(a, b ast.Expr) (lit, other ast.Expr, ok bool) {
	switch {
	case maybeLiteral(b):
		return b, a, true
	case maybeLiteral(a):
		return a, b, true
	}
	return nil, nil, false
}

// checkSwitch checks the literal cases of a switch on a code.
func (c *walker) checkSwitch(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	src := c.source(s.Tag)
	if src == nil || c.skipped() {
		return
	}
	for _, stmt := range s.Body.List {
		cc, ok := stmt.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if maybeLiteral(e) {
				c.checkCode(e, src.family, nil, usage{kind: comparedWith, src: src})
			}
		}
	}
}

// checkCompositeLit checks http.Response{StatusCode: 500} and the like.
func (c *walker) checkCompositeLit(lit *ast.CompositeLit) {
	if lit.Type != nil && !sourceTypeSketch.mayHold(typeExprName(lit.Type)) {
		return // a type spelled out, and not named like a source's struct
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok || !maybeLiteral(kv.Value) || !isSourceName(key.Name) {
			continue
		}
		if field, _ := c.pass.TypesInfo.Uses[key].(*types.Var); field == nil || !field.IsField() {
			continue
		}
		owner, _ := derefNamed(c.pass.TypesInfo.TypeOf(lit)).(*types.Named)
		if src := fieldSource(owner, key.Name); src != nil && c.enabled(src.family, src.group) && !c.skipped() {
			c.remember(owner.Obj().Pkg())
			c.checkCode(kv.Value, src.family, nil, usage{kind: storedIn, src: src})
		}
	}
}
