package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// flushAll reports the package's findings, file by file.
func (c *checker) flushAll() {
	all := c.findings
	if len(all) == 0 {
		return
	}
	slices.SortStableFunc(all, func(a, b finding) int { return int(a.arg.Pos() - b.arg.Pos()) })
	for _, file := range c.pass.Files {
		lo, _ := slices.BinarySearchFunc(all, file.FileStart, func(f finding, p token.Pos) int { return int(f.arg.Pos() - p) })
		hi, _ := slices.BinarySearchFunc(all, file.FileEnd+1, func(f finding, p token.Pos) int { return int(f.arg.Pos() - p) })
		if lo < hi {
			c.findings = all[lo:hi]
			c.flush(file)
		}
	}
	c.findings = all[:0]
}

// flush reports the findings of one file. Fixes are built per file because every diagnostic that adds the
// same import must add it under the same name with byte-identical edits,
// so that drivers merge them.
func (c *checker) flush(file *ast.File) {
	if file == nil || len(c.findings) == 0 {
		return
	}
	fx := newFileFixer(c.pass, file)
	names := make([]string, len(c.findings)) // how each finding's constant is written
	fixable := make([]bool, len(c.findings))
	viaImport := make([]bool, len(c.findings)) // named through an import the fix adds
	var needImport []int
	for i, f := range c.findings {
		if f.invalid != "" {
			continue
		}
		q, ok := fx.existingQualifier(f.cnst, f.arg.Pos())
		if !ok {
			if alt, altQ, found := c.importedAlternative(fx, f); found {
				c.findings[i].cnst, f.cnst, q, ok = alt, alt, altQ, true
			}
		}
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
			names[i], fixable[i], viaImport[i] = name+"."+f.cnst.name, true, true
		}
	}
	for i, f := range c.findings {
		pos, end, ok := fx.argRange(f)
		if !ok {
			continue
		}
		if f.invalid != "" {
			c.pass.Report(analysis.Diagnostic{
				Pos:      pos,
				End:      end,
				Category: "invalid",
				Message:  fmt.Sprintf("invalid %s %s %s: %s", f.family.noun, c.codeText(f), c.usageText(f.ctx), f.invalid),
				Related:  c.related(f.ctx.flow),
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
			Message:  fmt.Sprintf("magic %s %s %s; use %s", f.family.noun, c.codeText(f), c.usageText(f.ctx), name),
		}
		if f.ctx.flow != nil {
			d.Related = c.related(f.ctx.flow)
		}
		if fixable[i] {
			edits := []analysis.TextEdit{{Pos: pos, End: end, NewText: []byte(name)}}
			if viaImport[i] {
				edits = append(edits, fx.imports[f.cnst.pkg.Path()].edit)
			}
			slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use " + name, TextEdits: edits}}
		}
		c.pass.Report(d)
	}
}

// importedAlternative returns a constant with f's value from one of its
// family's alternatives whose package the file already imports, and its
// qualifier: fiber.StatusNotFound for a fasthttp API called from fiber code.
func (c *checker) importedAlternative(fx *fileFixer, f finding) (namedCode, string, bool) {
	for _, alt := range f.family.alts {
		if c.importedPkg(alt.pkg) == nil {
			continue
		}
		if k, ok := c.constantFor(alt, f.value); ok {
			if q, ok := fx.existingQualifier(k, f.arg.Pos()); ok {
				return k, q, true
			}
		}
	}
	return namedCode{}, "", false
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

// codeText names the code as written, with its value when the spelling
// differs: "404", "0x194 (404)", "tooBig (1000)".
func (c *checker) codeText(f finding) string {
	v := strconv.FormatInt(f.value, 10)
	text := v
	switch e := ast.Unparen(f.arg).(type) {
	case *ast.BasicLit: // '4' as well as 404
		text = e.Value
	case *ast.Ident:
		text = e.Name
	case *ast.SelectorExpr:
		text = e.Sel.Name
	}
	if f.lit != nil {
		text = f.lit.Value
	}
	if text == v {
		return v
	}
	return text + " (" + v + ")"
}

// usageText says where the code appears: "in http.Error call", "compared
// with http.Response.StatusCode", "stored in http.Response.StatusCode".
func (c *checker) usageText(u usage) string {
	switch u.kind {
	case flowed:
		return c.flowText(u.flow)
	case comparedWith:
		return "compared with " + c.sourceName(u.src)
	case storedIn:
		return "stored in " + c.sourceName(u.src)
	}
	return "in " + c.displayName(u.fn) + " call"
}

// displayName names fn as messages do: "http.Error",
// "http.ResponseWriter.WriteHeader", "websocket.Conn.Close"; types of the
// package being checked are not qualified.
func (c *checker) displayName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		name = typeName(recv.Type()) + "." + name
	}
	if fn.Pkg() != c.pass.Pkg {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// sourceName names a field or result as messages do:
// "http.Response.StatusCode", "websocket.CloseStatus result".
func (c *checker) sourceName(s *statusSource) string {
	name := s.name
	if s.recv != "" {
		name = s.recv + "." + name
	}
	if pkg := c.importedPkg(s.pkg); pkg != nil && pkg != c.pass.Pkg {
		name = pkg.Name() + "." + name
	} else if pkg == nil {
		name = s.pkg[strings.LastIndex(s.pkg, "/")+1:] + "." + name
	}
	if !s.field {
		name += " result"
	}
	return name
}
