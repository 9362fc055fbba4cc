package analyzer

import (
	"go/ast"
	"go/constant"
	"go/scanner"
	"go/token"
	"go/types"
)

// A finding is a magic literal, or an invalid code, waiting for its file's
// fixes to be built.
type finding struct {
	arg     ast.Expr      // the argument the fix replaces, parentheses and conversion included
	lit     *ast.BasicLit // the literal itself; nil for an invalid code spelled otherwise
	value   int64
	family  *codeFamily
	ctx     usage
	invalid string    // why the code is invalid; such findings have no fix
	cnst    namedCode // the constant the fix writes
}

// A usage is where a code appears, as messages describe it.
type usage struct {
	kind usageKind
	fn   *types.Func   // argOf: the callee
	src  *statusSource // comparedWith, storedIn: the field or result
	path *flowPath     // flowed: the path to a status position
	// anyType: the code is passed as an interface value (testify's
	// expected), so a constant of any type may replace it.
	anyType bool
}

type usageKind uint8

const (
	argOf        usageKind = iota // "in http.Error call"
	comparedWith                  // "compared with http.Response.StatusCode"
	storedIn                      // "stored in http.Response.StatusCode"
	flowed                        // "passed to respondJSON (reaches http.Error)"
)

// judge returns the finding for arg, a value at a position of family f
// that rule guards, if it is one: a code that rule rejects, or a literal
// for which f has a constant.
func (c *env) judge(arg ast.Expr, f *codeFamily, rule *codeRule, u usage) (finding, bool) {
	tv, ok := c.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return finding{}, false
	}
	value, exact := constant.Int64Val(tv.Value)
	if !exact {
		return finding{}, false
	}
	lit := literalOf(c.pass.TypesInfo, arg)
	if !wellFormed(arg) || lit != nil && !wellFormed(lit) {
		return finding{}, false // a literal the parser recovered from: '0 without its quote
	}
	if c.cfg.Invalid {
		if why := rule.check(value, u.kind == flowed); why != "" {
			return finding{arg: arg, lit: lit, value: value, family: f, ctx: u, invalid: why}, true
		}
	}
	if lit == nil || c.allowed(value) {
		return finding{}, false
	}
	f = c.constantsFamily(f)
	cnst, ok := c.constantFor(f, value)
	if !ok || !u.anyType && !cnst.assignableTo(tv.Type) {
		return finding{}, false
	}
	return finding{arg: arg, lit: lit, value: value, family: f, ctx: u, cnst: cnst}, true
}

// wellFormed reports whether e, if it is a basic literal, is a valid one:
// the scanner reads it back as one token of its kind, without an error
// (the parser keeps malformed literals such as '0 or 0p0 in broken files).
// Called on findings only: it may allocate.
func wellFormed(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok {
		return true
	}
	var s scanner.Scanner
	bad := false
	src := []byte(lit.Value)
	s.Init(token.NewFileSet().AddFile("", -1, len(src)), src, func(token.Position, string) { bad = true }, 0)
	_, tok, text := s.Scan()
	return !bad && tok == lit.Kind && text == lit.Value
}
