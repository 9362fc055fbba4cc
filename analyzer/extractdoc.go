package analyzer

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// mustExtractDoc returns the "# Analyzer name" section of the package
// comment in doc.go, without its "name: " prefix: the form Analyzer.Doc
// takes. Keeping the text in doc.go makes the package documentation on
// pkg.go.dev and the -help of every driver the same words.
func mustExtractDoc(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("doc.go: no package comment: %v", err))
	}
	_, section, ok := strings.Cut(f.Doc.Text(), "\n# Analyzer "+name+"\n")
	if !ok {
		panic("doc.go: no section # Analyzer " + name)
	}
	section, _, _ = strings.Cut(section, "\n# ")
	section = strings.TrimSpace(section)
	doc, ok := strings.CutPrefix(section, name+": ")
	if !ok {
		panic("doc.go: section must start with " + name + ": summary")
	}
	return doc
}
