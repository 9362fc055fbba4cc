package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuscode-lint/statuscode/analyzer/internal/importedit"
	"golang.org/x/tools/go/analysis"
)

// The report: findings become diagnostics, with their fixes and the hops
// of their paths. ix is the flow index, for the names of the flow's slots
// (nil if the flow did not run).
func report(c *env, ix *flowIndex, all []finding) {
	if len(all) == 0 {
		return
	}
	r := reporter{c, namer{c, ix}}
	slices.SortStableFunc(all, func(a, b finding) int { return int(a.arg.Pos() - b.arg.Pos()) })
	for _, file := range c.pass.Files {
		lo, _ := slices.BinarySearchFunc(all, file.FileStart, func(f finding, p token.Pos) int { return int(f.arg.Pos() - p) })
		hi, _ := slices.BinarySearchFunc(all, file.FileEnd+1, func(f finding, p token.Pos) int { return int(f.arg.Pos() - p) })
		if lo < hi {
			r.file(file, all[lo:hi])
		}
	}
}

type reporter struct {
	c *env
	n namer
}

// file reports the findings of one file. Fixes are built per file because
// every diagnostic that adds the same import must add it under the same
// name with byte-identical edits, so that drivers merge them.
func (r reporter) file(file *ast.File, findings []finding) {
	if file == nil {
		return
	}
	c := r.c
	if sup := newSuppressor(c.pass.Fset, file, c.cfg.Nolint); sup != nil {
		findings = slices.DeleteFunc(slices.Clone(findings), func(f finding) bool { return sup.suppressed(f.arg.Pos()) })
	}
	if len(findings) == 0 {
		return
	}
	fx := importedit.New(c.pass, file)
	names := make([]string, len(findings)) // how each finding's constant is written
	fixable := make([]bool, len(findings))
	viaImport := make([]bool, len(findings)) // named through an import the fix adds
	var needImport []int
	for i, f := range findings {
		if f.invalid != "" {
			continue
		}
		q, ok := fx.Qualifier(f.cnst.pkg, f.cnst.name, f.arg.Pos())
		if !ok {
			if alt, altQ, found := c.importedAlternative(fx, f); found {
				findings[i].cnst, f.cnst, q, ok = alt, alt, altQ, true
			}
		}
		switch {
		case ok:
			names[i], fixable[i] = q+f.cnst.name, true
		case fx.CanImport(f.cnst.pkg):
			needImport = append(needImport, i)
		}
	}
	for _, i := range needImport {
		f := findings[i]
		if name, ok := fx.AddImport(f.cnst.pkg, sitesOf(fx, findings, needImport, f.cnst.pkg)); ok {
			names[i], fixable[i], viaImport[i] = name+"."+f.cnst.name, true, true
		}
	}
	for i, f := range findings {
		pos, end, ok := fx.ArgRange(f.arg, f.lit)
		if !ok {
			continue
		}
		if f.invalid != "" {
			c.pass.Report(analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: "invalid",
				Message:  invalidMessage(r.n, f),
				Related:  r.n.related(f.ctx.path),
			})
			continue
		}
		name := names[i]
		if !fixable[i] {
			name = f.cnst.pkg.Name() + "." + f.cnst.name
		}
		d := analysis.Diagnostic{
			Pos:      pos,
			End:      end,
			Category: f.family.key,
			Message:  magicMessage(r.n, f, name),
		}
		if f.ctx.path != nil {
			d.Related = r.n.related(f.ctx.path)
		}
		if fixable[i] {
			edits := []analysis.TextEdit{{Pos: pos, End: end, NewText: []byte(name)}}
			if viaImport[i] {
				edits = append(edits, fx.ImportEdit(f.cnst.pkg.Path()))
			}
			slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: fixTitle(name), TextEdits: edits}}
		}
		c.pass.Report(d)
	}
}

// importedAlternative returns a constant with f's value from one of its
// family's alternatives whose package the file already imports, and its
// qualifier: fiber.StatusNotFound for a fasthttp API called from fiber code.
func (c *env) importedAlternative(fx *importedit.File, f finding) (namedCode, string, bool) {
	for _, alt := range f.family.alts {
		if c.importedPkg(alt.pkg) == nil {
			continue
		}
		if k, ok := c.constantFor(alt, f.value); ok {
			if q, ok := fx.Qualifier(k.pkg, k.name, f.arg.Pos()); ok {
				return k, q, true
			}
		}
	}
	return namedCode{}, "", false
}

// sitesOf returns the positions of the findings in idx whose constant lives
// in pkg: the places where a name for a new import of pkg must be free.
func sitesOf(fx *importedit.File, findings []finding, idx []int, pkg *types.Package) []importedit.Site {
	if fx.Added(pkg.Path()) {
		return nil
	}
	var sites []importedit.Site
	for _, i := range idx {
		f := findings[i]
		if f.cnst.pkg.Path() == pkg.Path() {
			sites = append(sites, importedit.Site{Scope: fx.ScopeAt(f.arg.Pos()), Pos: f.arg.Pos()})
		}
	}
	return sites
}
