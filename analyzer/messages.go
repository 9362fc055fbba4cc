package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Every text a user reads, but for the reasons of invalid codes, which
// invalid.go keeps beside the API behaviour they describe: diagnostic
// messages, hops, fix titles and facts. Nothing else turns a value into
// words, and nothing reads words back.

// magicMessage and invalidMessage are the two kinds of diagnostics:
// "magic HTTP status 404 in http.Error call; use http.StatusNotFound",
// "invalid HTTP status 1000 in http.Error call: net/http panics ...".
func magicMessage(n namer, f finding, constant string) string {
	return fmt.Sprintf("magic %s %s %s; use %s", noun(f.family), codeText(f), n.usageText(f.ctx), constant)
}

func invalidMessage(n namer, f finding) string {
	return fmt.Sprintf("invalid %s %s %s: %s", noun(f.family), codeText(f), n.usageText(f.ctx), f.invalid)
}

// fixTitle is the title of the fix that writes constant.
func fixTitle(constant string) string { return "Use " + constant }

// noun names a family's kind of code.
func noun(f *codeFamily) string {
	if f.key == websocketKey {
		return "WebSocket close code"
	}
	return "HTTP status"
}

// codeText names the code as written, with its value when the spelling
// differs: "404", "0x194 (404)", "tooBig (1000)".
func codeText(f finding) string {
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

// A namer names what messages mention, as the package checked sees it.
// ix is nil when the flow did not run: no finding then has a path.
type namer struct {
	c  *env
	ix *flowIndex
}

// usageText says where the code appears: "in http.Error call", "compared
// with http.Response.StatusCode", "stored in http.Response.StatusCode",
// "passed to respondJSON (reaches http.Error)".
func (n namer) usageText(u usage) string {
	switch u.kind {
	case flowed:
		return n.flowText(u.path)
	case comparedWith:
		return stepComparedWith.String() + " " + n.c.sourceQual(u.src).String()
	case storedIn:
		return stepStoredIn.String() + " " + n.c.sourceQual(u.src).String()
	}
	return "in " + n.funcText(u.fn) + " call"
}

// flowText says where a code goes: "passed to respondJSON (reaches
// http.ResponseWriter.WriteHeader)"; a constant that stands at a position
// of the tables itself (resp.StatusCode = 500) reads as the walk's
// findings do.
func (n namer) flowText(p *flowPath) string {
	if p.state == nil && p.hops == nil {
		return n.howText(p.how)
	}
	if p.holder != nil {
		return n.howText(p.how) + " (" + n.howText(*p.holder) + ", which " + p.end.String() + ")"
	}
	return n.howText(p.how) + " (" + p.end.String() + ")"
}

// related lists a path's hops for editors: "code passed to respondJSON",
// "httpx.JSON (package example.com/httpx) reaches http.Error".
func (n namer) related(p *flowPath) []analysis.RelatedInformation {
	if p == nil {
		return nil
	}
	var rel []analysis.RelatedInformation
	for h := p.hops; h != nil; h = h.next {
		who := h.whoName.String()
		if h.who.obj != nil {
			who = n.slotText(h.who)
		}
		if h.far != nil {
			who += " (package " + h.far.Path() + ")"
		}
		rel = append(rel, analysis.RelatedInformation{Pos: h.pos, End: h.end, Message: who + " " + n.howText(h.how)})
	}
	return rel
}

// howText renders a how: "passed to respondJSON", "stored in Problem.Status".
func (n namer) howText(h how) string {
	object := h.name.String()
	if fn, ok := h.obj.obj.(*types.Func); ok && (h.step == stepPassedTo || h.step == stepReturnedBy) {
		object = n.funcText(fn)
	} else if h.obj.obj != nil {
		object = n.slotText(h.obj)
	}
	return h.step.String() + " " + object
}

// funcText names fn: "http.Error", "http.ResponseWriter.WriteHeader",
// "websocket.Conn.Close"; the package's own are not qualified.
func (n namer) funcText(fn *types.Func) string { return funcName(fn, n.c.pass.Pkg).String() }

// slotText names a slot: "code", "Problem.Status", "want", "the result of
// statusFor", "the elements of codes", "httpx.Problem.Status".
func (n namer) slotText(s slot) string {
	var name string
	switch obj := s.obj.(type) {
	case *types.Func:
		name = "the result of " + n.funcText(obj)
	case *types.Var:
		name = obj.Name()
		if owner := n.ix.ownerOf(obj); owner != nil {
			name = owner.Name() + "." + name
		} else if ff := n.c.imp.fields[obj]; ff != nil {
			name = pkgName(obj.Pkg()) + "." + ff.Owner + "." + name
		}
	}
	if s.elem {
		name = "the elements of " + name
	}
	return name
}

// String is the step's verb.
func (k stepKind) String() string {
	switch k {
	case stepPassedTo:
		return "passed to"
	case stepStoredIn:
		return "stored in"
	case stepReturnedBy:
		return "returned by"
	case stepComparedWith:
		return "compared with"
	case stepReaches:
		return "reaches"
	case stepHolds:
		return "holds"
	case stepComparesWith:
		return "compares it with"
	case stepReturns:
		return "returns"
	}
	return "step(" + strconv.Itoa(int(k)) + ")"
}

// String writes the name as Go code does, with " result" for a result of
// the tables: "http.Response.StatusCode", "websocket.CloseStatus result".
func (q qualName) String() string {
	s := q.Name
	if q.Recv != "" {
		s = q.Recv + "." + s
	}
	if q.Pkg != "" {
		s = q.Pkg + "." + s
	}
	if q.Result {
		s += " result"
	}
	return s
}

// String says where a path ends: "reaches http.Error".
func (e pathEnd) String() string { return e.Kind.String() + " " + e.Target.String() }

func (f *funcFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param %d %s (%s)", p.Index, p.Family, p.End))
	}
	for _, t := range f.Through {
		parts = append(parts, fmt.Sprintf("result %d returns param %d", t.Result, t.Param))
	}
	for _, p := range f.Pairs {
		parts = append(parts, fmt.Sprintf("compares params %d and %d", p[0], p[1]))
	}
	for _, h := range f.Holds {
		parts = append(parts, fmt.Sprintf("result %d holds %s (%s)", h.Result, h.Family, h.End))
	}
	return "status: " + strings.Join(parts, "; ")
}

func (f *fieldFact) String() string {
	if f.Holds {
		return fmt.Sprintf("holder field of %s: %s (%s)", f.Owner, f.Family, f.End)
	}
	return fmt.Sprintf("status field of %s: %s (%s)", f.Owner, f.Family, f.End)
}
