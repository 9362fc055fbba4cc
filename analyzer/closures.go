package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// Function literals bound to a name: a local assigned a function literal
// once and never again (insert := func(w http.ResponseWriter, status int)
// {...}), or a package-level variable assigned one in its declaration
// only, behaves like a function declaration. The flow sees it as a
// function of its own, made for the pass, whose calls are the calls of
// the name: its parameters, results and pairs are followed as a declared
// function's are. No fact is exported for it: it is no object of the
// package's scope.

// A Ginkgo table (DescribeTable("...", func(path string, want int)
// {...}, Entry("missing", "/x", 404))) binds its body's parameters to
// each Entry's arguments after the description: the body is a closure
// whose calls are the entries.

// A closure is a function literal bound to a name, or a Ginkgo table's
// body.
type closure struct {
	v     *types.Var  // nil for a table's body
	fn    *types.Func // made for the pass: the literal's signature, the name's name and position
	lit   *ast.FuncLit
	calls []*ast.CallExpr // a table's entries, as calls of the body: their arguments after the description
}

// findClosures finds the function literals bound to a name among the
// statements the walk noted, on the flow's start.
func (ix *flowIndex) findClosures() {
	info := ix.c.pass.TypesInfo
	var found []closure // few: allocated on the first literal bound
	add := func(id *ast.Ident, rhs ast.Expr) {
		lit, ok := ast.Unparen(rhs).(*ast.FuncLit)
		if !ok || id.Name == "_" {
			return
		}
		v, ok := info.Defs[id].(*types.Var)
		if !ok {
			if a, isVar := info.Uses[id].(*types.Var); isVar && a.Pkg() == ix.c.pass.Pkg {
				v = a // var insert func(int); insert = func(...) {...}
			} else {
				return
			}
		}
		sig, ok := info.TypeOf(lit).(*types.Signature)
		if !ok || v.Pkg() != ix.c.pass.Pkg || !mayPassCode(sig) {
			return
		}
		found = append(found, closure{v: v, fn: types.NewFunc(id.Pos(), v.Pkg(), v.Name(), sig), lit: lit})
	}
	for _, n := range ix.bound {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN) {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					add(id, n.Rhs[0])
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if i < len(n.Values) && len(n.Names) == len(n.Values) {
					add(id, n.Values[i])
				}
			}
		}
	}
	if len(found) == 0 {
		ix.findTables()
		return
	}
	// A name assigned anything else, or another literal: which function
	// a call calls is not known.
	count := make(map[*types.Var]int, len(found))
	var names uint64 // a bit per name of found, by hash: most assignments are to other names
	for _, k := range found {
		count[k.v] = 0
		names |= 1 << (nameHash(k.v.Name()) >> 26)
	}
	assigned := func(e ast.Expr) {
		id, ok := e.(*ast.Ident)
		if !ok || names&(1<<(nameHash(id.Name)>>26)) == 0 {
			return
		}
		for _, k := range found {
			if k.v.Name() == id.Name && (info.Defs[id] == k.v || info.Uses[id] == k.v) {
				count[k.v]++
				return
			}
		}
	}
	scan := func(body []ast.Node) {
		for _, n := range body {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					assigned(lhs)
				}
			case *ast.ValueSpec:
				if len(n.Values) > 0 {
					for _, id := range n.Names {
						assigned(id)
					}
				}
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					assigned(n.Key)
					assigned(n.Value)
				}
			}
		}
	}
	// A local is assigned only in the function that declares it: scan
	// those functions, or the whole package for a package-level variable.
	var scanned []*decl
	for _, k := range found {
		d := ix.declAt(k.v.Pos())
		if d == nil {
			clear(count)
			scan(ix.body)
			break
		}
		if !slices.Contains(scanned, d) {
			scanned = append(scanned, d)
			scan(ix.declBody(d))
		}
	}
	for _, k := range found {
		if count[k.v] != 1 {
			continue
		}
		if ix.closureOf == nil {
			ix.closureOf = make(map[*types.Var]*closure)
			ix.closureFns = make(map[*types.Func]*closure)
		}
		k := k
		ix.closureOf[k.v] = &k
		ix.closureFns[k.fn] = &k
	}
	ix.c.closures = ix.closureOf
	ix.findTables()
}

// mayPassCode reports whether a code may flow through a function of
// signature sig: one of its parameters or results may hold one, or
// elements that may (an http.HandlerFunc literal is no closure the flow
// needs).
func mayPassCode(sig *types.Signature) bool {
	for _, tuple := range [...]*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if t := v.Type(); mayHoldType(t) || hasElems(t) {
				return true // a variadic parameter is a slice
			}
		}
	}
	return false
}

// findTables finds the Ginkgo tables among the calls the walk noted.
func (ix *flowIndex) findTables() {
	if !ix.c.imports(ginkgoPkg) {
		return
	}
	for _, call := range ix.rawCalls {
		if !ginkgoTables[calleeName(call.Fun)] || len(call.Args) < 2 || !ix.isGinkgo(call) {
			continue
		}
		var lit *ast.FuncLit
		var entries []*ast.CallExpr
		for _, arg := range call.Args[1:] {
			switch arg := ast.Unparen(arg).(type) {
			case *ast.FuncLit:
				if lit == nil {
					lit = arg
				}
			case *ast.CallExpr:
				if ginkgoEntries[calleeName(arg.Fun)] && len(arg.Args) > 0 && !arg.Ellipsis.IsValid() && ix.isGinkgo(arg) {
					// The arguments after the description, which the
					// body's parameters receive (none is a decorator:
					// argAt checks their number).
					entries = append(entries, &ast.CallExpr{Fun: arg.Fun, Lparen: arg.Lparen, Args: arg.Args[1:], Rparen: arg.Rparen})
				}
			}
		}
		sig, ok := ix.c.pass.TypesInfo.TypeOf(lit).(*types.Signature)
		if lit == nil || !ok || len(entries) == 0 || sig.Variadic() {
			continue
		}
		k := &closure{fn: types.NewFunc(lit.Pos(), ix.c.pass.Pkg, "Entry", sig), lit: lit, calls: entries}
		if ix.closureFns == nil {
			ix.closureFns = make(map[*types.Func]*closure)
		}
		ix.closureFns[k.fn] = k
	}
}

// isGinkgo reports whether call calls a function or function variable of
// Ginkgo.
func (ix *flowIndex) isGinkgo(call *ast.CallExpr) bool {
	obj := typeutil.Callee(ix.c.pass.TypesInfo, call)
	return obj != nil && obj.Pkg() != nil && unvendored(obj.Pkg().Path()) == ginkgoPkg && obj.Parent() == obj.Pkg().Scope()
}

// closureParam returns the closure and index of v, if v is a parameter of
// a closure.
func (ix *flowIndex) closureParam(v *types.Var) (paramRef, bool) {
	for _, k := range ix.closureFns {
		if v.Pos() < k.lit.Type.Params.Pos() || v.Pos() >= k.lit.Type.Params.End() {
			continue
		}
		params := k.fn.Signature().Params()
		for i := range params.Len() {
			if params.At(i) == v {
				return paramRef{k.fn, i}, true
			}
		}
	}
	return paramRef{}, false
}

// closureCalled returns the closure that call calls, or nil.
func (c *env) closureCalled(call *ast.CallExpr) *closure {
	if c.closures == nil {
		return nil
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	return c.closures[v]
}
