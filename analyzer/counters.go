package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Counters: a local that its function steps (i++, i -= 2) walks a range
// of values, and its bounds are a range, not a status, as in
// for code := 200; code < 600; code++ { w.WriteHeader(code) }. The flow
// does not follow what is stored in one: its values stay silent, as the
// bounds of code >= 400 do. The counter itself is at the status position
// it reaches, so a literal compared with it (if code != 304) is a status.

// isCounter reports whether v, a local, is stepped in its scope: the
// statements of its function that its scope holds are read once.
func (f *flow) isCounter(v *types.Var) bool {
	if is, ok := f.counters[v]; ok {
		return is
	}
	is := false
	if d := f.ix.declAt(v.Pos()); d != nil && d.d.Body != nil {
		uses := f.c.pass.TypesInfo.Uses
		steps := func(x ast.Expr) bool {
			id, ok := ast.Unparen(x).(*ast.Ident)
			return ok && uses[id] == v
		}
		scope := v.Parent()
		ast.Inspect(d.d.Body, func(n ast.Node) bool {
			if n == nil || is || scope != nil && (n.End() <= scope.Pos() || n.Pos() >= scope.End()) {
				return false // outside v's scope
			}
			switch n := n.(type) {
			case *ast.IncDecStmt:
				is = is || steps(n.X)
			case *ast.AssignStmt:
				if n.Tok != token.ASSIGN && n.Tok != token.DEFINE && len(n.Lhs) == 1 {
					is = is || steps(n.Lhs[0])
				}
			}
			return true
		})
	}
	if f.counters == nil {
		f.counters = make(map[*types.Var]bool)
	}
	f.counters[v] = is
	return is
}
