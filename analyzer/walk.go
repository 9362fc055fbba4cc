package analyzer

import (
	"go/ast"
	"go/token"
)

// The walk: every node of the package against the tables. A literal at a
// status position is a finding; anything else there is a seed of the
// flow. While it has the nodes at hand, the walk notes in the flow index
// what the flow may need.

// A walker holds the walk's state, and what it hands to the flow. It holds
// the pass's env too, which the later phases read through &w.env: one
// allocation per pass.
type walker struct {
	env
	file     *ast.File // the file the walk is in
	findings []finding

	// For the flow (Config.Flow).
	ix      *flowIndex // nil unless the flow runs
	touched bool       // the walk met a row of the tables or of a fact
	flowStart
}

// walk walks the package. A package that imports a package of the tables
// notes what the flow may need in the same walk; one that meets a row only
// through another package's types (rare) walks a second time.
func walk(e env) *walker {
	w := &walker{env: e}
	c := &w.env
	cfg := c.cfg
	filter := nodeFilter
	if !cfg.Comparisons {
		filter = callFilter
	}
	if cfg.Flow && (c.importsTables() || c.imp.any()) {
		w.ix = newFlowIndex(c)
		filter = flowWalkFilter
		if !cfg.Comparisons {
			filter = flowCallWalkFilter
		}
	}
	c.inspect.Preorder(filter, w.visit)
	if cfg.Flow && w.ix == nil && w.touched {
		w.ix = newFlowIndex(c)
		c.inspect.Preorder(flowWalkFilter, func(n ast.Node) {
			if call, ok := n.(*ast.CallExpr); ok {
				w.ix.noteCall(call, calleeName(call.Fun))
			} else {
				w.ix.note(n)
			}
		})
	}
	return w
}

// flowHasWork reports whether the flow may start anywhere: a status
// position holds something other than a constant, a local holds a code,
// or a comparison or composite literal may involve a field or result of
// the tables. Most packages that import net/http have none.
func (c *walker) flowHasWork() bool {
	ix := c.ix
	return len(c.seeds) > 0 || len(c.compares) > 0 || len(ix.srcStore) > 0 || ix.holders != nil || (ix.sources || ix.codeCompares) && c.cfg.Comparisons ||
		len(c.pairs) > 0 || c.imp.fields != nil && (len(ix.lits) > 0 || len(ix.selAssign) > 0) ||
		ix.pairs && c.cfg.Comparisons && c.exports && ix.exportedPair() || // for the facts
		c.cfg.Comparisons && c.mayDeclareHolders() && (c.imp.holders || ix.mayReadHeld())
}

// checkCode records the finding for arg, if it is one (env.judge).
func (c *walker) checkCode(arg ast.Expr, f *codeFamily, rule *codeRule, u usage) {
	if fd, ok := c.judge(arg, f, rule, u); ok {
		c.findings = append(c.findings, fd)
	}
}

// source returns the row of the field or result that e reads, or nil
// (env.sourceOf), and notes that the walk met a row.
func (c *walker) source(e ast.Expr) *statusSource {
	src := c.sourceOf(e)
	if src != nil {
		c.touched = true
	}
	return src
}

// visit checks one node of nodeFilter's types. Every node of a package
// comes here, so the common kinds come first and most return at once.
func (c *walker) visit(n ast.Node) {
	switch n := n.(type) {
	case *ast.CallExpr:
		name := calleeName(n.Fun)
		c.checkCall(n, name)
		if c.ix != nil {
			c.ix.noteCall(n, name)
		}
	case *ast.BinaryExpr:
		if c.cfg.Comparisons && (n.Op == token.EQL || n.Op == token.NEQ) {
			c.checkBinary(n)
		}
		if c.ix != nil {
			c.ix.noteCompare(n)
		}
	case *ast.AssignStmt:
		c.ix.noteAssign(n) // only the flow's walk visits these, and the next two
	case *ast.RangeStmt:
		c.ix.body = append(c.ix.body, n)
	case *ast.ValueSpec:
		c.ix.noteValueSpec(n)
	case *ast.ReturnStmt:
		c.ix.noteReturn(n)
	case *ast.CompositeLit:
		if c.cfg.Comparisons {
			c.checkCompositeLit(n)
		}
		if c.ix != nil {
			c.ix.noteLit(n)
		}
	case *ast.SwitchStmt:
		if c.cfg.Comparisons {
			c.checkSwitch(n)
		}
		if c.ix != nil {
			c.ix.noteSwitch(n)
		}
	case *ast.File:
		c.file = n
		if c.ix != nil {
			c.ix.noteFile()
		}
	}
}

var (
	nodeFilter = []ast.Node{
		(*ast.File)(nil),
		(*ast.CallExpr)(nil),
		(*ast.BinaryExpr)(nil),
		(*ast.SwitchStmt)(nil),
		(*ast.CompositeLit)(nil),
	}
	callFilter = nodeFilter[:2] // with -comparisons=false

	// The walk that notes what the flow may need, too.
	flowWalkFilter     = append(nodeFilter[:len(nodeFilter):len(nodeFilter)], flowNodes...)
	flowCallWalkFilter = append(callFilter[:len(callFilter):len(callFilter)], append([]ast.Node{(*ast.CompositeLit)(nil)}, flowNodes...)...)
	flowNodes          = []ast.Node{(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.RangeStmt)(nil), (*ast.ReturnStmt)(nil)}
)

// skipped reports whether the walk's current file is generated and the
// configuration skips it. Its header is read only when a node of the
// file matches a row: most files have none.
func (c *walker) skipped() bool { return c.skippedFile(c.file) }
