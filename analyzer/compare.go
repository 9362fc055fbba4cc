package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Comparisons, switch cases, composite literals and test assertions: a
// literal meets a field or a result that holds a code (the sources table)
// rather than a parameter.

// checkBinary checks x == 200 and x != 200 where x holds a code. Ordered
// comparisons (code >= 500) test classes of codes, not codes: never magic.
func (c *checker) checkBinary(e *ast.BinaryExpr) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return
	}
	x, y := e.X, e.Y
	if !maybeLiteral(y) {
		x, y = y, x
		if !maybeLiteral(y) {
			return
		}
	}
	if src := c.sourceOf(x); src != nil {
		c.checkCode(y, src.family, nil, usage{kind: comparedWith, src: src})
	}
}

// checkSwitch checks the literal cases of a switch on a code.
func (c *checker) checkSwitch(s *ast.SwitchStmt) {
	if s.Tag == nil {
		return
	}
	src := c.sourceOf(s.Tag)
	if src == nil {
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
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok || !sourceNames[key.Name] || !maybeLiteral(kv.Value) {
			continue
		}
		field, _ := c.pass.TypesInfo.Uses[key].(*types.Var)
		if src := c.fieldSource(field); src != nil && c.enabled(src.family, src.group) {
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
	lit, other := call.Args[exp], call.Args[act]
	if !maybeLiteral(lit) {
		lit, other = other, lit
		if !maybeLiteral(lit) {
			return
		}
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

// sourceOf returns the row of the field or function result that e reads,
// or nil.
func (c *checker) sourceOf(e ast.Expr) *statusSource {
	var src *statusSource
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if !sourceNames[e.Sel.Name] {
			return nil
		}
		if sel := c.pass.TypesInfo.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			field, _ := sel.Obj().(*types.Var)
			src = c.fieldSource(field)
		}
	case *ast.CallExpr:
		if !sourceNames[calleeName(e.Fun)] {
			return nil
		}
		if fn, _ := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); fn != nil && fn.Pkg() != nil {
			src = sourceByKey[keyOf(fn)]
		}
	}
	if src == nil || !c.enabled(src.family, src.group) {
		return nil
	}
	return src
}

// fieldSource returns the row of a struct field that holds a code, or nil.
// Fields are matched by object identity, so the table's types are looked up
// once per package, on first use.
func (c *checker) fieldSource(field *types.Var) *statusSource {
	if field == nil || !field.IsField() {
		return nil
	}
	if c.fields == nil {
		c.fields = make(map[*types.Var]*statusSource)
		for i := range sources {
			s := &sources[i]
			if !s.field {
				continue
			}
			if f := c.lookupField(s.pkg, s.recv, s.name); f != nil {
				c.fields[f] = s
			}
		}
	}
	return c.fields[field.Origin()]
}

func (c *checker) lookupField(pkgPath, typ, name string) *types.Var {
	pkg := c.importedPkg(pkgPath)
	if pkg == nil {
		return nil
	}
	tn, _ := pkg.Scope().Lookup(typ).(*types.TypeName)
	if tn == nil {
		return nil
	}
	st, _ := tn.Type().Underlying().(*types.Struct)
	if st == nil {
		return nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name {
			return f
		}
	}
	return nil
}
