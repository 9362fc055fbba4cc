package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// checkCall records findings for the codes that call passes to a status
// API, or compares in an assertion. It allocates nothing unless the
// callee's name is in a table.
func (c *walker) checkCall(call *ast.CallExpr, name string) {
	if !c.mayBeAPI(name, len(call.Args)) && !c.imp.names[name] || c.skipped() {
		return
	}
	fn, _ := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	// Common names (Error, String, Status) reach here from every package:
	// reject callees whose package has no row before building a key.
	if path := unvendored(fn.Pkg().Path()); !tablePkgs[path] && !c.user.pkgs[path] && name != writeHeader.name {
		c.checkFact(call, fn)
		return
	}
	if api := c.apiOf(fn); api != nil {
		if c.enabled(api.family, api.group) {
			c.checkArgs(call, fn, api)
		}
		return
	}
	key := keyOf(fn)
	if a := assertionByKey[key]; a != nil {
		if c.cfg.Comparisons {
			c.checkAssertion(call, a)
		}
		return
	}
	if a := checkerByKey[key]; a != nil {
		if c.cfg.Comparisons {
			c.checkCheckerAssertion(call, a)
		}
		return
	}
	if gomegaVerbKeys[key] {
		if c.cfg.Comparisons {
			c.checkGomega(call)
		}
		return
	}
	c.checkFact(call, fn)
}

// mayBeAPI reports whether a row, built-in or the user's, has this name
// and may take this many arguments: most names fail the sketch, without
// being hashed, and err.Error() or c.Close() fail on their arguments.
func (c *walker) mayBeAPI(name string, args int) bool {
	if callNameSketch.mayHold(name) {
		if least, ok := callArgs[name]; ok && args >= least {
			return true
		}
	}
	return c.user.names[name]
}

func (c *walker) checkArgs(call *ast.CallExpr, fn *types.Func, api *statusAPI) {
	c.remember(fn.Pkg())
	first := api.arg + c.receiverArgs(call)
	last := first
	if api.variadic {
		if call.Ellipsis.IsValid() {
			return // codes...: a slice, not literals
		}
		last = len(call.Args) - 1
	}
	rule := api.rule
	if api == writeHeader && !c.netHTTPWriter(call) {
		rule = nil
	}
	c.touched = true
	var path *flowPath
	for i := first; i <= last && i < len(call.Args); i++ {
		arg := call.Args[i]
		c.checkCode(arg, api.family, rule, usage{kind: argOf, fn: fn})
		if c.cfg.Flow && !c.isConstant(arg) {
			if path == nil {
				name := funcName(fn, c.pass.Pkg)
				path = &flowPath{family: api.family, rule: rule, end: pathEnd{stepReaches, name}, how: how{step: stepReaches, name: name}}
			}
			c.seeds = append(c.seeds, seed{arg, path})
		}
	}
}

// checkFact checks a call of fn if it has a fact.
func (c *walker) checkFact(call *ast.CallExpr, fn *types.Func) {
	if ff := c.imp.fact(fn); ff != nil {
		c.checkImported(call, fn.Origin(), ff)
	}
}

// checkImported checks a call of another package's function that has a
// fact: its status parameters are status positions, like the tables'.
func (c *walker) checkImported(call *ast.CallExpr, fn *types.Func, ff *funcFact) {
	for _, p := range ff.Params {
		family := familyNamed(p.Family)
		if family == nil || !c.enabled(family, coreAPI) {
			continue
		}
		arg := c.argAt(call, paramRef{fn, p.Index})
		if arg == nil {
			continue
		}
		c.touched = true
		far := farHop(arg, fn.Pkg(), p.End)
		far.whoName = funcName(fn, c.pass.Pkg)
		path := &flowPath{family: family, rule: ruleNamed(p.Rule), end: p.End, how: how{step: stepPassedTo, obj: slot{obj: fn}}, hops: far}
		if c.isConstant(arg) {
			c.checkCode(arg, family, path.rule, usage{kind: flowed, path: path})
		} else {
			c.seeds = append(c.seeds, seed{arg, path})
		}
	}
	if len(ff.Pairs) > 0 && c.cfg.Comparisons {
		for _, p := range ff.Pairs {
			for _, a := range c.argsAt(call, paramRef{fn, p[0]}) {
				for _, b := range c.argsAt(call, paramRef{fn, p[1]}) {
					c.pairs = append(c.pairs, pairCall{fn, a, b})
				}
			}
		}
	}
}
