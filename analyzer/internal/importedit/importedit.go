// Package importedit builds the edits of a fix that names a package-level
// object in a file: through an import the file already has (aliases and
// dot imports included, never a shadowed name), or through one it adds
// under a free name, as a pure insertion that leaves the file gofmt-clean.
// Every fix in a file that adds the same import gets byte-identical edits,
// so that drivers merge them.
package importedit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A File builds the edits that name objects in one file.
type File struct {
	pass    *analysis.Pass
	file    *ast.File
	tok     *token.File
	scope   *types.Scope           // the file's scope; nil if the file was not type-checked
	imports map[string]addedImport // by package path: the imports this file's fixes add
	taken   map[string]bool        // names of added imports
	src     []byte                 // the file's source, read on demand by ArgRange
}

// ArgRange returns the range that a fix replacing arg covers: the whole
// argument, parentheses and conversion included, when its source
// text is an expression. In a file with syntax errors the parser may
// record a missing ")" at a later token, or keep a stray token inside a
// conversion's parentheses; the range then narrows to the innermost
// expression whose text parses, down to the literal. ok is false when no
// such range exists (an invalid code spelled otherwise, in broken code).
// Without the file's source (a driver that does not provide
// Pass.ReadFile) the range of lit, the literal in arg, is used, or arg's
// if lit is nil.
func (fx *File) ArgRange(arg ast.Expr, lit *ast.BasicLit) (pos, end token.Pos, ok bool) {
	if fx.src == nil && fx.pass.ReadFile != nil {
		fx.src, _ = fx.pass.ReadFile(fx.tok.Name())
		if len(fx.src) != fx.tok.Size() {
			fx.src = nil // not the source that was parsed
		}
	}
	for e := arg; e != nil; {
		if fx.src == nil {
			if lit != nil {
				return lit.Pos(), lit.End(), true
			}
			return e.Pos(), e.End(), true
		}
		start, stop := fx.tok.Offset(e.Pos()), fx.tok.Offset(e.End())
		if _, err := parser.ParseExpr(string(fx.src[start:stop])); err == nil {
			return e.Pos(), e.End(), true
		}
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.CallExpr: // a conversion
			e = nil
			if len(x.Args) == 1 {
				e = x.Args[0]
			}
		default:
			e = nil
		}
	}
	return token.NoPos, token.NoPos, false
}

type addedImport struct {
	name string // "" if no name is free: such findings get no fix
	edit analysis.TextEdit
}

// A Site is a place where a fix names an object: the name of an import
// added for it must be free there.
type Site struct {
	Scope *types.Scope
	Pos   token.Pos
}

// New returns the edit builder of a file of the pass.
func New(pass *analysis.Pass, file *ast.File) *File {
	return &File{
		pass:    pass,
		file:    file,
		tok:     pass.Fset.File(file.FileStart),
		scope:   pass.TypesInfo.Scopes[file],
		imports: make(map[string]addedImport),
		taken:   make(map[string]bool),
	}
}

// Added reports whether AddImport was called for the package path.
func (fx *File) Added(path string) bool {
	_, ok := fx.imports[path]
	return ok
}

// ImportEdit returns the edit that adds the import of the package path,
// which AddImport added.
func (fx *File) ImportEdit(path string) analysis.TextEdit { return fx.imports[path].edit }

// ScopeAt returns the innermost scope at pos, or nil.
func (fx *File) ScopeAt(pos token.Pos) *types.Scope {
	if fx.scope == nil {
		return nil
	}
	if s := fx.scope.Innermost(pos); s != nil {
		return s
	}
	return fx.scope
}

// Qualifier returns how pkg's object name can be named at pos with what
// the file already has: "" for an unqualified name (the package's own, a
// dot import), "name." for an import, whatever its alias. It fails if
// every such name is shadowed at pos.
func (fx *File) Qualifier(pkg *types.Package, name string, pos token.Pos) (string, bool) {
	scope := fx.ScopeAt(pos)
	if scope == nil {
		return "", false
	}
	visible := func(name string, obj types.Object) bool {
		_, found := scope.LookupParent(name, pos)
		return found == obj
	}
	obj := pkg.Scope().Lookup(name) // nil if pkg is incomplete
	if pkg == fx.pass.Pkg {
		return "", obj != nil && visible(name, obj)
	}
	for _, spec := range fx.file.Imports {
		pn := importedAs(fx.pass.TypesInfo, spec)
		if pn == nil || pn.Imported().Path() != pkg.Path() {
			continue
		}
		switch pn.Name() {
		case "_":
		case ".":
			if obj != nil && visible(name, obj) {
				return "", true
			}
		default:
			if visible(pn.Name(), pn) {
				return pn.Name() + ".", true
			}
		}
	}
	return "", false
}

// importedAs returns the package name an import declares in its file.
func importedAs(info *types.Info, spec *ast.ImportSpec) *types.PkgName {
	var obj types.Object
	if spec.Name != nil {
		obj = info.Defs[spec.Name]
	} else {
		obj = info.Implicits[spec]
	}
	pn, _ := obj.(*types.PkgName)
	return pn
}

// CanImport reports whether the file may import pkg: not its own package,
// not another tree's internal package, not a vendored path.
func (fx *File) CanImport(pkg *types.Package) bool {
	if fx.scope == nil || pkg == fx.pass.Pkg {
		return false
	}
	p := pkg.Path()
	if p == "vendor" || strings.HasPrefix(p, "vendor/") || strings.Contains(p, "/vendor/") {
		return false
	}
	if i := internalRoot(p); i >= 0 {
		root, from := p[:i], fx.pass.Pkg.Path()
		if root == "" { // the standard library's internal packages
			return false
		}
		return from == root || strings.HasPrefix(from, root+"/")
	}
	return true
}

// internalRoot returns the length of the path prefix under which an
// internal package may be imported, or -1 if p is not internal.
func internalRoot(p string) int {
	switch {
	case p == "internal" || strings.HasPrefix(p, "internal/"):
		return 0
	case strings.HasSuffix(p, "/internal"):
		return len(p) - len("/internal")
	}
	if i := strings.LastIndex(p, "/internal/"); i >= 0 {
		return i
	}
	return -1
}

// AddImport returns the name under which pkg is imported for the sites'
// fixes, adding the import on the first call. The name is the package's
// own when it is free at every site, otherwise the first free one of name0,
// name1, …, so the import is added once and identically for the file.
// Later calls return the same name, whatever their sites.
func (fx *File) AddImport(pkg *types.Package, sites []Site) (string, bool) {
	if imp, ok := fx.imports[pkg.Path()]; ok {
		return imp.name, imp.name != ""
	}
	name := fx.freeName(pkg.Name(), sites)
	imp := addedImport{name: name}
	if name != "" {
		spec := strconv.Quote(pkg.Path())
		if name != path.Base(pkg.Path()) {
			spec = name + " " + spec
		}
		edit, ok := importEdit(fx.tok, fx.file, spec, pkg.Path())
		if ok {
			imp.edit = edit
			fx.taken[name] = true
		} else {
			imp.name = ""
		}
	}
	fx.imports[pkg.Path()] = imp
	return imp.name, imp.name != ""
}

func (fx *File) freeName(base string, sites []Site) string {
	for i := -1; i < 100; i++ {
		name := base
		if i >= 0 {
			name += strconv.Itoa(i)
		}
		if !fx.taken[name] && freeAt(name, sites) {
			return name
		}
	}
	return ""
}

// freeAt reports whether name resolves to nothing at every site: file and
// package scopes are among each site's parents, so a free name neither
// clashes with a declaration nor is shadowed where it is used.
func freeAt(name string, sites []Site) bool {
	for _, s := range sites {
		if s.Scope == nil {
			return false
		}
		if _, obj := s.Scope.LookupParent(name, s.Pos); obj != nil {
			return false
		}
	}
	return true
}

// importEdit returns a pure insertion that adds an import spec to file,
// gofmt-clean: into the first parenthesized import declaration (in sorted
// position within the standard-library or third-party group), else as a
// declaration of its own after the imports or before the first declaration.
func importEdit(tok *token.File, file *ast.File, spec, importPath string) (analysis.TextEdit, bool) {
	line := func(p token.Pos) int { return tok.PositionFor(p, false).Line }
	insert := func(p token.Pos, text string) (analysis.TextEdit, bool) {
		return analysis.TextEdit{Pos: p, End: p, NewText: []byte(text)}, true
	}
	var last *ast.GenDecl
	for _, d := range file.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			break
		}
		last = g
		if g.Lparen.IsValid() && len(g.Specs) > 0 && !importsC(g) {
			return insertIntoGroup(tok, file, g, spec, importPath)
		}
	}
	// A new declaration goes on a line of its own, after the imports or
	// before the first declaration, when that line holds nothing else;
	// otherwise (package p; func f() {}) right after the import or the
	// package clause, on the same line: still valid, and gofmt splits it.
	if last != nil {
		next := token.NoPos
		if i := slices.Index(file.Decls, ast.Decl(last)); i+1 < len(file.Decls) {
			next = file.Decls[i+1].Pos()
		}
		if l := line(last.End()) + 1; l <= tok.LineCount() && (!next.IsValid() || line(next) >= l) {
			if p := tok.LineStart(l); !insideComment(file, p) {
				return insert(p, "import "+spec+"\n")
			}
		}
		return insert(last.End(), "\nimport "+spec)
	}
	if len(file.Decls) > 0 {
		first := file.Decls[0]
		start := first.Pos()
		if doc := declDoc(first); doc != nil {
			start = doc.Pos()
		}
		if line(start) > line(file.Name.End()) {
			if p := tok.LineStart(line(start)); !insideComment(file, p) {
				return insert(p, "import "+spec+"\n\n")
			}
		}
	}
	return insert(file.Name.End(), "\n\nimport "+spec)
}

// insideComment reports whether p lies strictly inside a comment of file,
// where an insertion would become part of the comment.
func insideComment(file *ast.File, p token.Pos) bool {
	for _, g := range file.Comments {
		if g.Pos() >= p {
			break
		}
		for _, c := range g.List {
			if c.Pos() < p && p < c.End() {
				return true
			}
		}
	}
	return false
}

// insertIntoGroup inserts spec into an import group at its sorted place.
// gofmt sorts runs of specs separated by blank lines; the standard library
// goes to the first run that has a standard path, others to the last run
// that has a non-standard path.
func insertIntoGroup(tok *token.File, file *ast.File, g *ast.GenDecl, spec, importPath string) (analysis.TextEdit, bool) {
	line := func(p token.Pos) int { return tok.PositionFor(p, false).Line }
	insert := func(p token.Pos, text string) (analysis.TextEdit, bool) {
		return analysis.TextEdit{Pos: p, End: p, NewText: []byte(text)}, true
	}
	start := func(s ast.Spec) token.Pos {
		if doc := s.(*ast.ImportSpec).Doc; doc != nil {
			return doc.Pos()
		}
		return s.Pos()
	}

	var runs [][]ast.Spec
	for i, s := range g.Specs {
		if i == 0 || line(start(s)) > line(g.Specs[i-1].End())+1 {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], s)
	}
	std := isStd(importPath)
	run := runs[0]
	if !std {
		run = runs[len(runs)-1]
	}
	for _, r := range runs {
		if slices.ContainsFunc(r, func(s ast.Spec) bool { return isStd(specPath(s)) == std }) {
			run = r
			if std {
				break
			}
		}
	}

	// On a line of its own where that line starts outside a comment,
	// else inline: "a"; "b" is valid in a group, and gofmt splits it.
	prevEnd := g.Lparen
	for _, s := range run {
		if specPath(s) > importPath {
			if line(start(s)) > line(prevEnd) {
				if p := tok.LineStart(line(start(s))); !insideComment(file, p) {
					return insert(p, "\t"+spec+"\n")
				}
			}
			return insert(start(s), spec+"; ")
		}
		prevEnd = s.End()
	}
	if l := line(prevEnd); l < line(g.Rparen) {
		if p := tok.LineStart(l + 1); !insideComment(file, p) {
			return insert(p, "\t"+spec+"\n")
		}
	}
	if prevEnd == g.Lparen {
		return insert(g.Lparen+1, spec+"; ")
	}
	return insert(prevEnd, "; "+spec)
}

func specPath(s ast.Spec) string {
	p, _ := strconv.Unquote(s.(*ast.ImportSpec).Path.Value)
	return p
}

// isStd reports whether an import path is in the standard library: its
// first element has no dot.
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

func importsC(g *ast.GenDecl) bool {
	for _, s := range g.Specs {
		if specPath(s) == "C" {
			return true
		}
	}
	return false
}

func declDoc(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.GenDecl:
		return d.Doc
	case *ast.FuncDecl:
		return d.Doc
	}
	return nil
}
