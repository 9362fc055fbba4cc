package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Comparisons, switch cases, composite literals and test assertions: a
// literal meets a field or a result that holds a code (the sources table)
// rather than a parameter.

// checkBinary checks x == 200 and x != 200 where x holds a code (visit
// passes only == and !=). Ordered comparisons (code >= 500) test classes
// of codes, not codes: never magic.
func (c *checker) checkBinary(e *ast.BinaryExpr) {
	lit, other, ok := literalSide(e.X, e.Y)
	if !ok {
		if c.cfg.Flow && c.ix == nil && !c.touched && (c.sourceOf(e.X) != nil || c.sourceOf(e.Y) != nil) && !c.skipped() {
			c.touched = true // rec.Code != tc.want: the flow follows tc.want
		}
		return
	}
	if src := c.sourceOf(other); src != nil && !c.skipped() {
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
func (c *checker) checkSwitch(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	src := c.sourceOf(s.Tag)
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
func (c *checker) checkCompositeLit(lit *ast.CompositeLit) {
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

// checkAssertion checks assert.Equal(t, 200, rec.Code) and the like.
func (c *checker) checkAssertion(call *ast.CallExpr, a *assertion) {
	off := c.receiverArgs(call)
	exp, act := a.expected+off, a.actual+off
	if act >= len(call.Args) || exp >= len(call.Args) {
		return
	}
	lit, other, ok := literalSide(call.Args[act], call.Args[exp])
	if !ok {
		if c.cfg.Flow {
			c.touched = true
			c.compares = append(c.compares, compared(call.Args[exp], call.Args[act]))
		}
		return
	}
	src := c.sourceOf(other)
	if src == nil {
		return
	}
	// Equal compares dynamic types too: a fix must not turn an int
	// literal compared with a StatusCode into a StatusCode constant, which
	// would change the test's outcome.
	if a.sameType {
		lt, ot := c.pass.TypesInfo.TypeOf(lit), c.pass.TypesInfo.TypeOf(other)
		if lt == nil || ot == nil || !types.Identical(types.Default(lt), ot) {
			return
		}
	}
	c.checkCode(lit, src.family, nil, usage{kind: comparedWith, src: src, anyType: true})
}

// typeExprName returns the name a type expression ends in: T, pkg.T,
// pkg.T[U]; "" for other types (slices, maps, struct literals).
func typeExprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.IndexExpr:
		return typeExprName(e.X)
	case *ast.IndexListExpr:
		return typeExprName(e.X)
	}
	return ""
}

// sourceOf returns the row of the field or function result that e reads,
// or nil.
func (c *checker) sourceOf(e ast.Expr) *statusSource {
	var src *statusSource
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if !isSourceName(e.Sel.Name) {
			return nil
		}
		if sel := c.pass.TypesInfo.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			if owner := fieldOwner(sel); owner != nil {
				if src = fieldSource(owner, sel.Obj().Name()); src != nil {
					c.remember(owner.Obj().Pkg())
				}
			}
		}
	case *ast.CallExpr:
		if !isSourceName(calleeName(e.Fun)) {
			return nil
		}
		if fn, _ := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); fn != nil && fn.Pkg() != nil {
			if src = sourceByKey[keyOf(fn)]; src != nil {
				c.remember(fn.Pkg())
			}
		}
	}
	if src == nil || !c.enabled(src.family, src.group) {
		return nil
	}
	c.touched = true
	return src
}

// fieldSource returns the row of the field name declared by the struct
// type owner, or nil. Fields are keyed by their struct's named type, so
// that a field promoted through embedding (a struct that embeds
// *http.Response) is its struct's field, and a look-alike field of another
// type is not.
func fieldSource(owner *types.Named, name string) *statusSource {
	if owner == nil || owner.Obj().Pkg() == nil {
		return nil
	}
	obj := owner.Origin().Obj()
	return fieldByKey[apiKey{unvendored(obj.Pkg().Path()), obj.Name(), name}]
}

// fieldOwner returns the named struct type that declares the field a
// selection reads: the receiver's type, or for a promoted field the type
// of the embedded field that holds it.
func fieldOwner(sel *types.Selection) *types.Named {
	t := sel.Recv()
	index := sel.Index()
	for _, i := range index[:len(index)-1] {
		st, ok := derefNamed(t).Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		t = st.Field(i).Type()
	}
	n, _ := derefNamed(t).(*types.Named)
	return n
}

// derefNamed strips a pointer and aliases from t.
func derefNamed(t types.Type) types.Type {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	return t
}
