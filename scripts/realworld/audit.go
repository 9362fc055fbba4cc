package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The audit (-audit) lists what statuscode leaves alone: every integer
// literal whose value is a standard HTTP status (or a WebSocket close
// code, in files that import a WebSocket library), in the default-build,
// non-generated files of the module that import an HTTP or WebSocket
// package, and that no finding reports. Each is to be classified by hand:
// a status used as such (a miss), a range bound, or not a status (a size,
// a duration, a count, another protocol's code). Recall is reported ÷
// (reported + misses).

// httpImports and wsImports are the packages, by path or path prefix
// ("…/"), whose importers may write codes.
var (
	httpImports = []string{
		"net/http", "net/http/httptest",
		"github.com/gin-gonic/gin", "github.com/labstack/echo/", "github.com/gofiber/fiber/",
		"github.com/valyala/fasthttp", "github.com/go-chi/render", "github.com/cloudwego/hertz/",
		"github.com/onsi/gomega/ghttp", "github.com/steinfletcher/apitest", "github.com/go-resty/resty/",
	}
	wsImports = []string{
		"github.com/gorilla/websocket", "github.com/coder/websocket", "nhooyr.io/websocket", "github.com/gobwas/ws",
		"github.com/fasthttp/websocket", "github.com/gofiber/contrib/websocket", "github.com/hertz-contrib/websocket",
		"github.com/olahol/melody",
	}
)

// httpCodes are the values of net/http's status constants; closeCodes
// those of the close codes that the libraries name.
var (
	httpCodes = map[int64]bool{
		100: true, 101: true, 102: true, 103: true,
		200: true, 201: true, 202: true, 203: true, 204: true, 205: true, 206: true, 207: true, 208: true, 226: true,
		300: true, 301: true, 302: true, 303: true, 304: true, 305: true, 307: true, 308: true,
		400: true, 401: true, 402: true, 403: true, 404: true, 405: true, 406: true, 407: true, 408: true, 409: true,
		410: true, 411: true, 412: true, 413: true, 414: true, 415: true, 416: true, 417: true, 418: true,
		421: true, 422: true, 423: true, 424: true, 425: true, 426: true, 428: true, 429: true, 431: true, 451: true,
		500: true, 501: true, 502: true, 503: true, 504: true, 505: true, 506: true, 507: true, 508: true, 510: true, 511: true,
	}
	closeCodes = map[int64]bool{
		1000: true, 1001: true, 1002: true, 1003: true, 1005: true, 1006: true, 1007: true, 1008: true,
		1009: true, 1010: true, 1011: true, 1012: true, 1013: true, 1014: true, 1015: true,
	}
)

// An unreported literal, for the audit file.
type unreported struct {
	file      string // relative to the module
	line, col int
	value     int64
	kind      string // "http" or "websocket"
	context   string // the line, trimmed
}

// codeInMessage reads the value a finding reports from its message:
// "magic HTTP status 404 in …", "… 0x194 (404) …".
var codeInMessage = regexp.MustCompile(`(?:magic|invalid) (?:HTTP status|WebSocket close code) (\S+)(?: \((-?\d+)\))?`)

// audit lists the unreported literals of the module in dir, given its
// findings, and how many literals it scanned.
func audit(dir string, f findings) (missed []unreported, err error) {
	reported := make(map[string]bool) // file:line:value
	for _, d := range f.Diags {
		m := codeInMessage.FindStringSubmatch(d.Message)
		if m == nil {
			continue
		}
		v := m[1]
		if m[2] != "" {
			v = m[2]
		}
		file, line, _ := strings.Cut(strings.TrimPrefix(d.Posn, dir+string(filepath.Separator)), ":")
		line, _, _ = strings.Cut(line, ":")
		reported[file+":"+line+":"+v] = true
	}
	ctx := build.Default
	ctx.Dir = dir
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if e.IsDir() {
			if path != dir && (name == "vendor" || name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if path != dir {
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir // another module
				}
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") {
			return nil
		}
		if ok, err := ctx.MatchFile(filepath.Dir(path), name); err != nil || !ok {
			return nil // another GOOS or GOARCH, or a build tag
		}
		rel, _ := filepath.Rel(dir, path)
		lits, err := auditFile(path, rel)
		if err != nil {
			return nil // a file that does not parse: go build says so
		}
		for _, u := range lits {
			if !reported[fmt.Sprintf("%s:%d:%d", u.file, u.line, u.value)] {
				missed = append(missed, u)
			}
		}
		return nil
	})
	sort.Slice(missed, func(i, j int) bool {
		if missed[i].file != missed[j].file {
			return missed[i].file < missed[j].file
		}
		return missed[i].line < missed[j].line || missed[i].line == missed[j].line && missed[i].col < missed[j].col
	})
	return missed, err
}

// auditFile returns the literals of one file that may be codes.
func auditFile(path, rel string) ([]unreported, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || ast.IsGenerated(f) {
		return nil, err
	}
	http, ws := false, false
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		http = http || matchesImport(p, httpImports)
		ws = ws || matchesImport(p, wsImports)
	}
	if !http && !ws {
		return nil, nil
	}
	lines := bytes.Split(src, []byte("\n"))
	constSpecs := make(map[*ast.ValueSpec]bool)
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, spec := range g.Specs {
				constSpecs[spec.(*ast.ValueSpec)] = true
			}
		}
	}
	var lits []unreported
	ast.Inspect(f, func(n ast.Node) bool {
		if spec, ok := n.(*ast.ValueSpec); ok && constSpecs[spec] && namesCodes(spec) {
			return false // StatusOK = 200: the constants themselves, which a fix writes
		}
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.INT {
			return true
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(lit.Value, "_", ""), 0, 64)
		if err != nil {
			return true
		}
		kind := ""
		switch {
		case http && httpCodes[v]:
			kind = "http"
		case ws && closeCodes[v]:
			kind = "websocket"
		default:
			return true
		}
		pos := fset.Position(lit.Pos())
		context := ""
		if pos.Line-1 < len(lines) {
			context = strings.TrimSpace(string(lines[pos.Line-1]))
		}
		lits = append(lits, unreported{rel, pos.Line, pos.Column, v, kind, context})
		return true
	})
	return lits, nil
}

// namesCodes reports whether a package-level const spec declares codes
// as a family does: exported names that start with Status or Close (a
// framework's or a WebSocket library's own copy of the codes).
func namesCodes(spec *ast.ValueSpec) bool {
	for _, id := range spec.Names {
		if !id.IsExported() || !strings.HasPrefix(id.Name, "Status") && !strings.HasPrefix(id.Name, "Close") {
			return false
		}
	}
	return len(spec.Names) > 0
}

func matchesImport(path string, list []string) bool {
	for _, p := range list {
		if path == p || strings.HasSuffix(p, "/") && strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// auditText is one line per unreported literal: position, kind, value and
// the line it stands on.
func auditText(missed []unreported) []byte {
	var b bytes.Buffer
	for _, u := range missed {
		fmt.Fprintf(&b, "%s:%d:%d\t%s\t%d\t%s\n", u.file, u.line, u.col, u.kind, u.value, u.context)
	}
	return b.Bytes()
}
