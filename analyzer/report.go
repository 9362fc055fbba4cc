package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// flush reports the findings of file, the file the inspector has just
// left. Fixes are built per file because every diagnostic that adds the
// same import must add it under the same name with byte-identical edits,
// so that drivers merge them.
func (c *checker) flush(file *ast.File) {
	defer func() { c.findings = c.findings[:0] }()
	if file == nil || len(c.findings) == 0 {
		return
	}
	fx := newFileFixer(c.pass, file)
	names := make([]string, len(c.findings)) // how each finding's constant is written
	fixable := make([]bool, len(c.findings))
	var needImport []int
	for i, f := range c.findings {
		q, ok := fx.existingQualifier(f.cnst, f.arg.Pos())
		switch {
		case ok:
			names[i], fixable[i] = q+f.cnst.name, true
		case fx.canImport(f.cnst.pkg):
			needImport = append(needImport, i)
		}
	}
	for _, i := range needImport {
		f := c.findings[i]
		if name, ok := fx.addImport(f.cnst.pkg, c.sitesOf(fx, needImport, f.cnst.pkg)); ok {
			names[i], fixable[i] = name+"."+f.cnst.name, true
		}
	}
	for i, f := range c.findings {
		name := names[i]
		if !fixable[i] {
			name = f.cnst.pkg.Name() + "." + f.cnst.name
		}
		d := analysis.Diagnostic{
			Pos:      f.arg.Pos(),
			End:      f.arg.End(),
			Category: f.family.key,
			Message:  fmt.Sprintf("magic %s %s in %s call; use %s", f.family.noun, literalText(f), f.api, name),
		}
		if fixable[i] {
			edits := []analysis.TextEdit{{Pos: f.arg.Pos(), End: f.arg.End(), NewText: []byte(name)}}
			if imp, ok := fx.imports[f.cnst.pkg.Path()]; ok {
				edits = append(edits, imp.edit)
			}
			slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use " + name, TextEdits: edits}}
		}
		c.pass.Report(d)
	}
}

// sitesOf returns the positions of the findings in idx whose constant lives
// in pkg: the places where a name for a new import of pkg must be free.
func (c *checker) sitesOf(fx *fileFixer, idx []int, pkg *types.Package) []site {
	if _, done := fx.imports[pkg.Path()]; done {
		return nil
	}
	var sites []site
	for _, i := range idx {
		f := c.findings[i]
		if f.cnst.pkg.Path() == pkg.Path() {
			sites = append(sites, site{fx.scopeAt(f.arg.Pos()), f.arg.Pos()})
		}
	}
	return sites
}

// literalText names the literal as written, with its value when the
// spelling differs: "404", "0x194 (404)".
func literalText(f finding) string {
	v := strconv.FormatInt(f.value, 10)
	if f.lit.Value == v {
		return v
	}
	return f.lit.Value + " (" + v + ")"
}
