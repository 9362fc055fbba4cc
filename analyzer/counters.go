package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Counters: a for statement that declares a local and steps it (for i :=
// 200; i < 600; i++) walks a range of values, and its bounds are a range,
// not a status. The flow does not follow what is stored in a counter: its
// values stay silent, as the bounds of code >= 400 do. The counter itself
// is at the status position it reaches, so a literal compared with it (if
// i != 304) is a status.

// isCounter reports whether v, a local, is a for statement's counter:
// declared by its init statement and stepped by its post statement.
func (f *flow) isCounter(v *types.Var) bool {
	scope := v.Parent()
	if scope == nil || f.c.inspect == nil || !scope.Pos().IsValid() || scope.End() < scope.Pos() {
		return false
	}
	if is, ok := f.counters[v]; ok {
		return is
	}
	is := false
	// A for statement's scope spans the statement.
	if cur, ok := f.c.inspect.Root().FindByPos(scope.Pos(), scope.End()); ok {
		if fs, ok := cur.Node().(*ast.ForStmt); ok && fs.Init != nil && fs.Init.Pos() <= v.Pos() && v.Pos() < fs.Init.End() {
			is = f.steps(fs.Post, v)
		}
	}
	if f.counters == nil {
		f.counters = make(map[*types.Var]bool)
	}
	f.counters[v] = is
	return is
}

// steps reports whether s steps v: v++, v--, v += n, v -= n, and the like.
func (f *flow) steps(s ast.Stmt, v *types.Var) bool {
	var x ast.Expr
	switch s := s.(type) {
	case *ast.IncDecStmt:
		x = s.X
	case *ast.AssignStmt:
		if s.Tok == token.ASSIGN || s.Tok == token.DEFINE || len(s.Lhs) != 1 {
			return false
		}
		x = s.Lhs[0]
	default:
		return false
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && f.c.pass.TypesInfo.Uses[id] == v
}
