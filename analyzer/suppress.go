package analyzer

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"strings"
)

// Suppression: the directives that keep a report back in every driver,
// read the way the tools that defined them read them.
//
//   - //nolint, //nolint:statuscode and //nolint:all, as golangci-lint
//     reads them (pkg/result/processors/nolint_filter.go in v2): on the
//     lines of the comment, and over the whole node that starts on the
//     line below it, in the comment's column (a declaration, a statement).
//     Only with Config.Nolint: under golangci-lint, golangci-lint filters
//     them itself, so that nolintlint sees which were used.
//   - //lint:ignore statuscode reason and //lint:file-ignore statuscode
//     reason, as staticcheck reads them: the first on the first line of
//     the node the comment belongs to (ast.NewCommentMap), the second in
//     the whole file. Without a reason, neither counts.
//
// Only the files with findings are read, and their comments only when one
// of them may be such a directive.

// analyzerName is what a directive names to keep statuscode's reports back.
const analyzerName = "statuscode"

// A suppressor says which lines of a file keep reports back.
type suppressor struct {
	fset  *token.FileSet
	whole bool         // //lint:file-ignore
	spans []lineSpan   // //nolint, expanded to the nodes below
	lines map[int]bool // //lint:ignore
}

// A lineSpan is the lines of a //nolint comment group, and its column.
type lineSpan struct{ from, to, col int }

// newSuppressor returns the suppressor of file, or nil if nothing in it
// suppresses a report.
func newSuppressor(fset *token.FileSet, file *ast.File, nolint bool) *suppressor {
	mayNolint, mayIgnore := false, false
	for _, g := range file.Comments {
		for _, c := range g.List {
			mayNolint = mayNolint || nolint && strings.Contains(c.Text, "nolint")
			mayIgnore = mayIgnore || strings.HasPrefix(c.Text, "//lint:")
		}
	}
	if !mayNolint && !mayIgnore {
		return nil
	}
	s := &suppressor{fset: fset}
	if mayNolint {
		s.nolint(file)
	}
	if mayIgnore {
		s.lintIgnore(file)
	}
	if !s.whole && s.spans == nil && s.lines == nil {
		return nil
	}
	return s
}

// suppressed reports whether a report at pos is kept back.
func (s *suppressor) suppressed(pos token.Pos) bool {
	if s == nil {
		return false
	}
	if s.whole {
		return true
	}
	line := s.fset.Position(pos).Line
	for _, sp := range s.spans {
		if sp.from <= line && line <= sp.to {
			return true
		}
	}
	return s.lines[line]
}

// nolint reads the //nolint comments that name statuscode, or every
// linter, and spreads each over the node that starts on the line below it
// in its column.
func (s *suppressor) nolint(file *ast.File) {
	var spans []lineSpan
	for _, g := range file.Comments {
		for _, c := range g.List {
			if namesUs(c.Text) {
				pos := s.fset.Position(g.Pos())
				spans = append(spans, lineSpan{from: pos.Line, to: s.fset.Position(g.End()).Line, col: pos.Column})
			}
		}
	}
	if spans == nil {
		return
	}
	s.spans = spans
	ast.Inspect(file, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		start := s.fset.Position(n.Pos())
		for _, sp := range spans {
			if sp.to == start.Line-1 && sp.col == start.Column {
				if end := s.fset.Position(n.End()).Line; end > sp.to {
					s.spans = append(s.spans, lineSpan{from: sp.from, to: end, col: sp.col})
				}
				break
			}
		}
		return true
	})
}

// namesUs reports whether a comment is a //nolint directive for
// statuscode: //nolint and //nolint:all for every linter, or a list of
// linters (after which another comment may follow) that names it.
func namesUs(text string) bool {
	text = strings.TrimLeft(text, "/ ")
	rest, ok := strings.CutPrefix(text, "nolint")
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != ':' {
		return false
	}
	list, ok := strings.CutPrefix(rest, ":")
	if !ok || strings.HasPrefix(list, "all") {
		return true // every linter
	}
	list, _, _ = strings.Cut(list, "//")
	for item := range strings.SplitSeq(list, ",") {
		switch strings.ToLower(strings.TrimSpace(item)) {
		case analyzerName, "all":
			return true
		}
	}
	return false
}

// lintIgnore reads staticcheck's //lint:ignore and //lint:file-ignore
// directives that name statuscode (by a glob, as staticcheck matches
// check names), with a reason.
func (s *suppressor) lintIgnore(file *ast.File) {
	var ignoring map[*ast.CommentGroup]bool // the groups with a //lint:ignore
	for _, g := range file.Comments {
		for _, c := range g.List {
			switch cmd, ours := lintDirective(c.Text); {
			case !ours:
			case cmd == "file-ignore":
				s.whole = true
				return
			case cmd == "ignore":
				if ignoring == nil {
					ignoring = make(map[*ast.CommentGroup]bool)
				}
				ignoring[g] = true
			}
		}
	}
	if ignoring == nil {
		return
	}
	s.lines = make(map[int]bool)
	for node, groups := range ast.NewCommentMap(s.fset, file, file.Comments) {
		for _, g := range groups {
			if ignoring[g] {
				s.lines[s.fset.Position(node.Pos()).Line] = true
			}
		}
	}
}

// lintDirective parses "//lint:CMD CHECKS REASON...", and reports whether
// it has a reason and CHECKS, a comma-separated list of globs, matches
// statuscode.
func lintDirective(text string) (cmd string, ours bool) {
	rest, ok := strings.CutPrefix(text, "//lint:")
	if !ok {
		return "", false
	}
	fields := strings.Split(rest, " ")
	if len(fields) < 3 { // command, checks, and a reason
		return fields[0], false
	}
	for check := range strings.SplitSeq(fields[1], ",") {
		if m, _ := filepath.Match(strings.ToLower(check), analyzerName); m {
			return fields[0], true
		}
	}
	return fields[0], false
}
