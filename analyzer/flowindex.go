package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sync"
)

// The flow index: what the package stores where, who calls its functions,
// what they return, and what it compares.
//
// It costs the table walk little: the walk, which visits calls,
// comparisons and composite literals anyway, and assignments, variable
// declarations, ranges and returns for the flow, appends the nodes that
// may matter to lists, with what it sees of them while it has them at hand
// (a call's name hash, whether a side of a comparison may read a field of
// the tables), and no type lookup; what it would have to read further
// into a node for (the names of a, b := f(), whether a store or a return
// reads a field of the tables) waits for the flow's first ask. The flow
// then resolves what it needs,
// when it needs it: the calls of a function from the calls grouped by
// hash; the stores of a local from the statements of the one function
// that declares it, through a compact list of the names they assign; the
// stores of a field from the composite literals and selector assignments;
// the returns of a function through the inspector. Most of a package is
// never resolved, and nothing is sorted: drivers may parse a package's
// files in parallel, so files are found by their extent.

// A store is an expression whose value a slot receives.
type store struct {
	x     ast.Expr
	tuple int  // x is a call with several results: the slot gets result tuple; -1 otherwise
	elems bool // the slot gets x's elements (for _, v := range x)
}

// compared returns the comparison of x and y.
func compared(x, y ast.Expr) comparison {
	return comparison{x: x, y: y, xs: readsSource(x), ys: readsSource(y), xh: identHash(x), yh: identHash(y)}
}

// identHash returns the nameHash of e if e is a name, in parentheses or
// conversions, and 0 otherwise.
func identHash(e ast.Expr) uint32 {
	e = ast.Unparen(e)
	for call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1; call, ok = e.(*ast.CallExpr) {
		e = ast.Unparen(call.Args[0])
	}
	if id, ok := e.(*ast.Ident); ok {
		return nameHash(id.Name) | 1
	}
	return 0
}

// A sourceStore is a value stored in a status field of the tables
// (resp.StatusCode = code, http.Response{StatusCode: code}).
type sourceStore struct {
	x   ast.Expr
	src *statusSource
}

type flowIndex struct {
	c *env

	// From the declarations, before the walk.
	files      []fileSpan // the package's files, in the walk's order
	decls      []decl     // the package's function declarations, file by file in source order; those without a body go in readyDecls
	declsReady bool       // bodiless declarations are out, extents are in

	// From the walk, unresolved.
	rawCalls   []*ast.CallExpr     // every call
	rawHashes  []uint32            // their names' hashes (nameHash)
	lits       []*ast.CompositeLit // composite literals
	selAssign  []*ast.AssignStmt   // assignments to a selector: x.f = e
	compares   []comparison
	holders    map[string]bool   // names assigned from a field or result of the tables: got := rec.Code
	holdHash   []uint32          // their identHashes, and those of the names of tuples once noteTuples ran
	tuples     []*ast.AssignStmt // a, b := f(), until noteTuples reads them
	tuplesRead bool
	srcStore   []sourceStore
	sources    bool // a comparison or composite literal may involve a field or result of the tables
	pairs      bool // a comparison of two names: a helper may compare two parameters (got != want)
	// A comparison of an integer literal: with a holder (code, _ :=
	// get(url); code != 302), it is at a status position.
	codeCompares bool
	// A name is assigned a field or result of the tables: the package
	// may declare a holder. Whether a store or a composite literal's value
	// is given one is left to mayReadHeld.
	readsHeld bool
	heldRead  int8              // mayReadHeld's answer: 0 until asked, then 1 or -1
	rets      []*ast.ReturnStmt // the returns, for mayReadHeld

	// Resolved on demand.
	byHash   []int32 // rawCalls' indexes, grouped by hash bucket
	buckets  []int32 // where each bucket starts in byHash, and where the last ends
	callsTo  map[*types.Func][]*ast.CallExpr
	stores   map[slot][]store
	returns  map[*types.Func][]*ast.ReturnStmt
	owners   map[*types.Var]*types.TypeName
	litTypes []*types.Struct // lits' struct types, once looked up
	litKnown []bool

	body     []ast.Node // the assignments, declarations and ranges, in walk order
	walking  int        // the index in files of the next file of the walk
	allNames []nameAt   // the names that body assigns, once a package-level variable or elements are asked for
	allNamed bool

	storeNames map[string]bool // the field names the package may store in ("": any, a positional literal)

	bound      []ast.Node              // the assignments and declarations of body that bind a function literal to a name
	closureOf  map[*types.Var]*closure // function literals bound to a name (closures.go)
	closureFns map[*types.Func]*closure
}

// A fileSpan is a file's extent, and where its declarations and noted
// statements start in decls and body. Drivers may parse a package's files
// in parallel, so their positions need not follow the order of Files.
type fileSpan struct {
	pos, end token.Pos
	decls    int
	body     int
}

// A decl is a function declaration with a body, and its extent.
type decl struct {
	pos, end token.Pos
	d        *ast.FuncDecl

	ranged bool // lo and hi are set: d's statements are body[lo:hi]
	lo, hi int
	named  bool // names holds the names its statements assign
	names  []nameAt
}

// newFlowIndex returns the index of the package's declarations, to which
// the walk adds its nodes. It allocates little: most packages that import
// net/http never resolve anything.
func newFlowIndex(c *env) *flowIndex {
	ix := indexPool.Get().(*flowIndex)
	ix.c = c
	for _, file := range c.pass.Files {
		ix.files = append(ix.files, fileSpan{pos: file.FileStart, end: file.FileEnd, decls: len(ix.decls)})
		for _, dd := range file.Decls {
			if d, ok := dd.(*ast.FuncDecl); ok {
				ix.decls = append(ix.decls, decl{d: d})
			}
		}
	}
	return ix
}

// readyDecls drops the declarations without a body and sets the extents
// of the others, on the flow's first question: the walk reads no
// declaration.
func (ix *flowIndex) readyDecls() {
	ix.declsReady = true
	n := 0
	for i := range ix.files {
		lo, hi := ix.span(i, false)
		ix.files[i].decls = n
		for _, d := range ix.decls[lo:hi] {
			if d.d.Body != nil {
				ix.decls[n] = decl{pos: d.d.Pos(), end: d.d.End(), d: d.d}
				n++
			}
		}
	}
	clear(ix.decls[n:])
	ix.decls = ix.decls[:n]
}

// fileAt returns the index in files of the file around pos, or -1.
func (ix *flowIndex) fileAt(pos token.Pos) int {
	for i, f := range ix.files {
		if f.pos <= pos && pos <= f.end {
			return i
		}
	}
	return -1
}

// span returns the part of decls (or of body) that file i holds.
func (ix *flowIndex) span(i int, inBody bool) (lo, hi int) {
	next := func(f fileSpan) int {
		if inBody {
			return f.body
		}
		return f.decls
	}
	lo, hi = next(ix.files[i]), len(ix.decls)
	if inBody {
		hi = len(ix.body)
	}
	if i+1 < len(ix.files) {
		hi = next(ix.files[i+1])
	}
	return lo, hi
}

// indexPool keeps indexes, with the capacity of their lists and maps,
// from one package to the next: a package's notes cost no allocation.
var indexPool = sync.Pool{New: func() any { return new(flowIndex) }}

// release returns ix to the pool, holding no node or object of the package.
func (ix *flowIndex) release() {
	clear(ix.decls[:cap(ix.decls)])
	clear(ix.files[:cap(ix.files)])
	clear(ix.rawCalls[:cap(ix.rawCalls)])
	clear(ix.lits[:cap(ix.lits)])
	clear(ix.selAssign[:cap(ix.selAssign)])
	clear(ix.compares[:cap(ix.compares)])
	clear(ix.srcStore[:cap(ix.srcStore)])
	clear(ix.body[:cap(ix.body)])
	clear(ix.bound[:cap(ix.bound)])
	clear(ix.tuples[:cap(ix.tuples)])
	clear(ix.rets[:cap(ix.rets)])
	clear(ix.litTypes[:cap(ix.litTypes)])
	ix.c.closures = nil
	*ix = flowIndex{
		decls:     ix.decls[:0],
		files:     ix.files[:0],
		rawCalls:  ix.rawCalls[:0],
		rawHashes: ix.rawHashes[:0],
		byHash:    ix.byHash[:0],
		buckets:   ix.buckets[:0],
		lits:      ix.lits[:0],
		selAssign: ix.selAssign[:0],
		compares:  ix.compares[:0],
		holdHash:  ix.holdHash[:0],
		srcStore:  ix.srcStore[:0],
		body:      ix.body[:0],
		bound:     ix.bound[:0],
		tuples:    ix.tuples[:0],
		rets:      ix.rets[:0],
		litTypes:  ix.litTypes[:0],
		litKnown:  ix.litKnown[:0],
		allNames:  ix.allNames[:0],
	}
	indexPool.Put(ix)
}

// funcOf returns the function that d declares, or nil.
func (ix *flowIndex) funcOf(d *ast.FuncDecl) *types.Func {
	fn, _ := ix.c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	return fn
}

// paramOf returns the function and index of v, if v is a parameter of one
// of the package's declared functions.
func (ix *flowIndex) paramOf(v *types.Var) (paramRef, bool) {
	if v.IsField() || v.Pkg() != ix.c.pass.Pkg {
		return paramRef{}, false
	}
	d := ix.declAt(v.Pos())
	if d == nil || v.Pos() >= d.d.Type.Params.End() || v.Pos() < d.d.Type.Params.Pos() {
		if ix.closureFns != nil {
			return ix.closureParam(v)
		}
		return paramRef{}, false
	}
	fn := ix.funcOf(d.d)
	if fn == nil {
		return paramRef{}, false
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v {
			return paramRef{fn, i}, true
		}
	}
	return paramRef{}, false
}

// ownerOf returns the named struct type of the package that declares
// field v, or nil: the type declaration of v's file around v, whose
// struct has v (not a struct nested in it).
func (ix *flowIndex) ownerOf(v *types.Var) *types.TypeName {
	if owner, ok := ix.owners[v]; ok {
		return owner
	}
	var owner *types.TypeName
	if f := ix.fileAt(v.Pos()); f >= 0 {
		for _, d := range ix.c.pass.Files[f].Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE || v.Pos() < g.Pos() || v.Pos() >= g.End() {
				continue
			}
			for _, spec := range g.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok && ts.Pos() <= v.Pos() && v.Pos() < ts.End() {
					owner = ix.structOwning(ts, v)
				}
			}
		}
	}
	if ix.owners == nil {
		ix.owners = make(map[*types.Var]*types.TypeName)
	}
	ix.owners[v] = owner
	return owner
}

// structOwning returns the type that ts declares if it is a struct with
// field v, or nil.
func (ix *flowIndex) structOwning(ts *ast.TypeSpec, v *types.Var) *types.TypeName {
	tn, ok := ix.c.pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
	if !ok || tn.IsAlias() {
		return nil
	}
	if st, ok := tn.Type().Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if st.Field(i) == v {
				return tn
			}
		}
	}
	return nil
}

// Walk: each of these is called on a node of the table walk, and costs
// an append at most, except for the rare assignment to a table's field.

func (ix *flowIndex) noteCall(call *ast.CallExpr, name string) {
	ix.rawCalls = append(ix.rawCalls, call)
	ix.rawHashes = append(ix.rawHashes, nameHash(name))
}

// nameHash hashes a name from its length and three of its bytes: calls
// are grouped by it without a map (callsOf), and the bytes are read while
// the walk has them at hand.
func nameHash(name string) uint32 {
	n := len(name)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9e3779b1 ^ uint32(name[0])<<16 ^ uint32(name[n/2])<<8 ^ uint32(name[n-1])
	return h * 0x85ebca6b
}

// note adds a node other than a call.
func (ix *flowIndex) note(n ast.Node) {
	switch n := n.(type) {
	case *ast.BinaryExpr:
		ix.noteCompare(n)
	case *ast.SwitchStmt:
		ix.noteSwitch(n)
	case *ast.CompositeLit:
		ix.noteLit(n)
	case *ast.AssignStmt:
		ix.noteAssign(n)
	case *ast.RangeStmt:
		ix.body = append(ix.body, n)
	case *ast.ValueSpec:
		ix.noteValueSpec(n)
	case *ast.ReturnStmt:
		ix.noteReturn(n)
	case *ast.File:
		ix.noteFile()
	}
}

// noteFile starts a file's part of body: the walk visits the files in
// the order of Files.
func (ix *flowIndex) noteFile() {
	ix.files[ix.walking].body = len(ix.body)
	ix.walking++
}

func (ix *flowIndex) noteCompare(n *ast.BinaryExpr) {
	// Y first: x != nil fails there.
	if (n.Op == token.EQL || n.Op == token.NEQ) && mayHoldInt(n.Y) && mayHoldInt(n.X) {
		cmp := compared(n.X, n.Y)
		ix.compares = append(ix.compares, cmp)
		ix.pairs = ix.pairs || cmp.xh != 0 && cmp.yh != 0
		// A field of the tables compared with a constant is the table
		// walk's; with anything else, the flow may start there.
		ix.sources = ix.sources || cmp.xs && !ix.c.isConstant(n.Y) || cmp.ys && !ix.c.isConstant(n.X)
		ix.codeCompares = ix.codeCompares || isCodeLit(n.Y) || isCodeLit(n.X)
	}
}

func (ix *flowIndex) noteSwitch(n *ast.SwitchStmt) {
	if n.Tag == nil || n.Body == nil || !mayHoldInt(n.Tag) {
		return
	}
	tagSource, tagHash := readsSource(n.Tag), identHash(n.Tag)
	for _, stmt := range n.Body.List {
		if cc, ok := stmt.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				ix.compares = append(ix.compares, comparison{x: n.Tag, y: e, xs: tagSource, ys: readsSource(e), xh: tagHash, yh: identHash(e)})
				ix.sources = ix.sources || tagSource && !ix.c.isConstant(e)
				ix.codeCompares = ix.codeCompares || isCodeLit(e)
			}
		}
	}
}

func (ix *flowIndex) noteLit(n *ast.CompositeLit) {
	if len(n.Elts) > 0 {
		ix.lits = append(ix.lits, n)
		ix.sources = ix.sources || ix.setsSource(n)
	}
}

// noteReturn notes n for mayReadHeld, which reads it if asked.
func (ix *flowIndex) noteReturn(n *ast.ReturnStmt) {
	ix.rets = append(ix.rets, n)
}

func (ix *flowIndex) noteValueSpec(n *ast.ValueSpec) {
	ix.body = append(ix.body, n)
	bound := false
	for i, name := range n.Names {
		if i < len(n.Values) {
			if readsSource(n.Values[i]) {
				ix.hold(name.Name)
			}
			if _, ok := ast.Unparen(n.Values[i]).(*ast.FuncLit); ok && !bound {
				ix.bound = append(ix.bound, n)
				bound = true
			}
		}
	}
}

func (ix *flowIndex) noteAssign(a *ast.AssignStmt) {
	ix.body = append(ix.body, a)
	if a.Tok != token.ASSIGN && a.Tok != token.DEFINE {
		return
	}
	if len(a.Lhs) != len(a.Rhs) {
		ix.tuples = append(ix.tuples, a) // a, b := f(): noteTuples reads it, if the flow asks
		return
	}
	noted := false
	for i, lhs := range a.Lhs {
		switch lhs := lhs.(type) {
		case *ast.Ident:
			if rhs := a.Rhs[i]; readsSource(rhs) {
				ix.hold(lhs.Name)
			} else if _, ok := ast.Unparen(rhs).(*ast.FuncLit); ok && len(a.Lhs) == 1 {
				ix.bound = append(ix.bound, a)
			}
		case *ast.SelectorExpr:
			if !noted {
				ix.selAssign = append(ix.selAssign, a)
				noted = true
			}
			if isSourceName(lhs.Sel.Name) {
				if src := ix.c.sourceField(lhs); src != nil {
					ix.srcStore = append(ix.srcStore, sourceStore{a.Rhs[i], src})
				}
			}
		}
	}
}

// noteTuples adds to holdHash the names that a, b := f() assigns: one
// of f's results may hold a code (code, body := get(url)). Only names
// compared with something are asked about, so the walk leaves these
// statements to the flow's first ask.
func (ix *flowIndex) noteTuples() {
	ix.tuplesRead = true
	for _, a := range ix.tuples {
		if _, ok := a.Rhs[0].(*ast.CallExpr); !ok {
			continue
		}
		for _, e := range a.Lhs {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" && id.Name != "err" && id.Name != "ok" {
				ix.holdHash = append(ix.holdHash, nameHash(id.Name)|1)
			}
		}
	}
	slices.Sort(ix.holdHash)
	ix.holdHash = slices.Compact(ix.holdHash)
}

func (ix *flowIndex) hold(name string) {
	ix.readsHeld = true
	if ix.holders == nil {
		ix.holders = make(map[string]bool)
	}
	if !ix.holders[name] {
		ix.holders[name] = true
		ix.holdHash = append(ix.holdHash, nameHash(name)|1)
	}
}

// mayReadHeld reports whether the package may declare a holder: a name,
// a field, a composite literal's value or a return may be given a field
// or result of the tables. The walk notes the names; the stores, literals
// and returns it noted are looked at on the first ask.
func (ix *flowIndex) mayReadHeld() bool {
	if ix.readsHeld {
		return true
	}
	if ix.heldRead == 0 {
		ix.heldRead = -1
		if ix.storesRead() {
			ix.heldRead = 1
		}
	}
	return ix.heldRead > 0
}

// storesRead reports whether a noted store in a field, composite
// literal's value or return may read a field or result of the tables.
func (ix *flowIndex) storesRead() bool {
	for _, a := range ix.selAssign {
		for i, lhs := range a.Lhs {
			if _, ok := lhs.(*ast.SelectorExpr); ok && readsSource(a.Rhs[i]) {
				return true
			}
		}
	}
	for _, lit := range ix.lits {
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && readsSource(kv.Value) {
				return true
			}
		}
	}
	for _, ret := range ix.rets {
		if slices.ContainsFunc(ret.Results, readsSource) {
			return true
		}
	}
	return false
}

// mayHoldCode reports, from what the walk saw of one side of a
// comparison, whether it may hold a code: it may read a field or result
// of the tables, or it is named like a local that may.
func (ix *flowIndex) mayHoldCode(src bool, h uint32) bool {
	if src || h == 0 {
		return src
	}
	if !ix.tuplesRead {
		ix.noteTuples()
	}
	_, found := slices.BinarySearch(ix.holdHash, h)
	return found
}

// setsSource reports whether lit may set a field of the tables to
// something other than a constant.
func (ix *flowIndex) setsSource(lit *ast.CompositeLit) bool {
	if lit.Type != nil && !sourceTypeSketch.mayHold(typeExprName(lit.Type)) {
		return false
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && isSourceName(key.Name) && !ix.c.isConstant(kv.Value) {
				return true
			}
		}
	}
	return false
}

// readsSource reports, from syntax alone, whether e may read a field or
// result of the tables.
func readsSource(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return isSourceName(e.Sel.Name)
	case *ast.CallExpr:
		if len(e.Args) == 1 { // int(resp.StatusCode)
			if readsSource(e.Args[0]) {
				return true
			}
		}
		return isSourceName(calleeName(e.Fun))
	}
	return false
}

// isCodeLit reports, from its spelling, whether e is a decimal integer
// literal that may be a code: 100 to 599, or 1000 to 4999.
func isCodeLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return false
	}
	v := lit.Value
	for i := range len(v) {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return len(v) == 3 && '1' <= v[0] && v[0] <= '5' || len(v) == 4 && '1' <= v[0] && v[0] <= '4'
}

// mayHoldInt reports, from syntax alone, whether e may be a value the
// flow follows: an integer literal, a name, a selector, a call, an index
// or a composite literal; not nil, true, false, a string or an operation
// (err != nil, x := a + b).
func mayHoldInt(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.Ident:
		return e.Name != "nil" && e.Name != "true" && e.Name != "false"
	case *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.CompositeLit:
		return true
	}
	return false
}
