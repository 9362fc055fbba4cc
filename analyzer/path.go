package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Paths say, as values, where a value goes: the flow builds one for every
// slot it reaches, a fact carries its end to other packages, and only the
// few that end at a finding become text (messages.go).

// A stepKind is what happens to a value at a point of a path.
type stepKind uint8

const (
	stepPassedTo     stepKind = iota // passed to respondJSON
	stepStoredIn                     // stored in Problem.Status
	stepReturnedBy                   // returned by statusFor
	stepComparedWith                 // compared with httptest.ResponseRecorder.Code
	stepReaches                      // reaches http.Error
	stepHolds                        // holds httptest.ResponseRecorder.Code
	stepComparesWith                 // (a helper) compares it with httptest.ResponseRecorder.Code
	stepReturns                      // (a holder) returns httptest.ResponseRecorder.Code
)

// A qualName names what a path meets outside the package's slots: an API,
// a field or result of the tables, a helper, a local that holds a code. It
// is qualified as the package where the path was found names it: Pkg is
// "" in the package itself. Its fields are exported for facts.
type qualName struct {
	Pkg    string // the package's name, or ""
	Recv   string // the receiver's or struct's type name, or ""
	Name   string
	Result bool // a result of the tables: "websocket.CloseStatus result"
}

// funcName names fn as seen from the package home.
func funcName(fn *types.Func, home *types.Package) qualName {
	q := qualName{Name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		q.Recv = typeName(recv.Type())
	}
	if fn.Pkg() != home {
		q.Pkg = pkgName(fn.Pkg())
	}
	return q
}

// A pathEnd is where a path ends: the API it reaches, or the field or
// result of the tables that it is compared with, stored in or holds. Its
// fields are exported for facts.
type pathEnd struct {
	Kind   stepKind // stepReaches, stepComparedWith or stepHolds
	Target qualName
}

// A how says what happens to a value at a point of a path: a step and its
// object, one of the package's slots or a name.
type how struct {
	step stepKind
	obj  slot     // a function (passed to, returned by) or a variable (stored in)
	name qualName // when obj is zero
}

// A flowPath says where a value goes: its family, the API's rule, and the
// hops to the end of the path.
type flowPath struct {
	family *codeFamily
	rule   *codeRule
	end    pathEnd
	how    how  // what happens to a value here: "passed to respondJSON", "stored in want"
	holder *how // what the local compared with holds, when it is a holder of the package: "holds the result of get"
	hops   *hop // the hops after this one; nil at the end
	state  *slotState
	via    *types.Func // the value is what via returns: via's parameters hold for each call only
	viaRes int
	far    bool // the path starts at another package's field: each store gets a hop that says so
}

// A hop is one step of a path, shown as related information: who (a slot,
// or a name) and what happens to it.
type hop struct {
	pos, end token.Pos
	who      slot
	whoName  qualName // when who is zero
	how      how
	next     *hop
	far      *types.Package // the path goes on in this package: who and how say where
}

// farHop is the hop where a path leaves the package, at e, and ends as
// end says in pkg: "httpx.JSON (package example.com/app/httpx) reaches
// http.ResponseWriter.WriteHeader". The caller says who.
func farHop(e ast.Expr, pkg *types.Package, end pathEnd) *hop {
	return &hop{pos: e.Pos(), end: e.End(), far: pkg, how: how{step: end.Kind, name: end.Target}}
}

// A flowStart is what the walk hands to the flow, besides its findings
// and the flow index: where the flow starts.
type flowStart struct {
	seeds    []seed       // expressions at status positions that are not constants
	compares []comparison // assertions whose sides are not constants
	pairs    []pairCall   // calls of other packages' helpers that compare two parameters
}

// A seed is an expression at a position of the tables, where the flow
// starts.
type seed struct {
	x    ast.Expr
	path *flowPath
}

// sourceQual names a field or result of the tables as the package checked
// sees it: "http.Response.StatusCode", "websocket.CloseStatus result".
func (c *env) sourceQual(s *statusSource) qualName {
	q := qualName{Recv: s.recv, Name: s.name, Result: !s.field}
	if pkg := c.importedPkg(s.pkg); pkg != nil && pkg != c.pass.Pkg {
		q.Pkg = pkg.Name()
	} else if pkg == nil {
		q.Pkg = s.pkg[strings.LastIndex(s.pkg, "/")+1:]
	}
	return q
}

// A pairCall is the two arguments that one call passes to a pair of
// parameters its callee compares.
type pairCall struct {
	fn   *types.Func
	a, b ast.Expr
}

// A slotState is what the flow knows of a slot.
type slotState struct {
	path     *flowPath // how the first path that reached the slot went on from it
	conflict bool      // reached by two families: nothing stored in it is reported
	queued   bool
}

// A comparison is two expressions compared with == or != (or a switch tag
// and a case), or by an assertion, with what the walk saw of each side
// while it had them at hand: whether it may read a field or result of the
// tables, and the hash of the name it is (0 if it is not a name).
type comparison struct {
	x, y     ast.Expr
	xs, ys   bool
	xh, yh   uint32
	sameType bool // an assertion that compares dynamic types too (testify's Equal)
}
