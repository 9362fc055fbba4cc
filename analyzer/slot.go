package analyzer

// Slots: the places of the package that a value is stored in and read
// back from, which the flow follows, and the queries that find the slot
// an expression reads or writes.

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// slotOfLHS returns the slot that an assignment's left side writes, or
// the zero slot.
func (c *env) slotOfLHS(lhs ast.Expr) slot {
	if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
		if id.Name == "_" {
			return slot{}
		}
		if v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return slot{obj: v.Origin()}
		}
		return slot{}
	}
	s, _ := c.slotOf(lhs)
	return s
}

// slotOf returns the slot that e reads, through parentheses and
// conversions, and the call when e reads a function's result.
func (c *env) slotOf(e ast.Expr) (slot, *ast.CallExpr) {
	info := c.pass.TypesInfo
	e = unconvert(info, e)
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok && v.Pkg() == c.pass.Pkg {
			return slot{obj: v.Origin()}, nil
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if sel.Kind() == types.FieldVal {
				if v, ok := sel.Obj().(*types.Var); ok && (v.Pkg() == c.pass.Pkg || c.imp.fields[v.Origin()] != nil) {
					return slot{obj: v.Origin()}, nil
				}
			}
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, e).(*types.Func)
		if k := c.closureCalled(e); k != nil {
			fn = k.fn
		}
		if fn == nil || fn.Pkg() != c.pass.Pkg || fn.Signature().Results().Len() != 1 {
			return slot{}, nil
		}
		return slot{obj: fn.Origin(), res: 0}, e
	case *ast.IndexExpr:
		if t, ok := info.Types[e.X]; ok && t.Type != nil && hasElems(t.Type) {
			s, _ := c.slotOf(e.X)
			if s.obj != nil && !s.elem {
				s.elem = true
				return s, nil
			}
		}
	}
	return slot{}, nil
}

// calleeFunc returns the package's own function that call calls.
func (c *env) calleeFunc(call *ast.CallExpr) (*types.Func, bool) {
	s, _ := c.slotOf(call)
	if fn, ok := s.obj.(*types.Func); ok {
		return fn, true
	}
	// Several results: slotOf takes only single-result calls.
	if k := c.closureCalled(call); k != nil {
		return k.fn, true
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return nil, false
	}
	return fn.Origin(), true
}

// A slot is a place that a value is stored in and read back from: a
// variable of the package (local, parameter, package-level), a field of
// one of its struct types, a result of one of its functions, or the
// elements of a slice, array or map held in any of those.
type slot struct {
	obj  types.Object // *types.Var, or *types.Func for a result
	res  int          // the result's index, for a *types.Func
	elem bool         // the elements of what obj holds
}

// A paramRef is a parameter's function and index.
type paramRef struct {
	fn *types.Func
	i  int
}

// unconvert strips parentheses and conversions: int(code), StatusCode(c).
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

// hasElems reports whether t is a slice, array, pointer to array or map.
func hasElems(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	case *types.Pointer:
		_, ok := u.Elem().Underlying().(*types.Array)
		return ok
	}
	return false
}
