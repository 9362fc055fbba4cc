package analyzer

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// checkFlow records a finding for a constant that a path reaches, unless
// the table walk found it already.
func (c *checker) checkFlow(k candidate) {
	if c.found[k.x.Pos()] || c.inGenerated(k.x.Pos()) {
		return
	}
	c.found[k.x.Pos()] = true
	p := k.path
	c.checkCode(k.x, p.family, flowRule(p.rule), usage{kind: flowed, flow: p})
}

// flowText says where a code goes: "passed to respondJSON (reaches
// http.ResponseWriter.WriteHeader)"; a constant that stands at a position
// of the tables itself (resp.StatusCode = 500) reads as the table walk's
// findings do.
func (c *checker) flowText(p *flowPath) string {
	if p.state == nil && p.hops == nil {
		return c.howText(p.how)
	}
	return c.howText(p.how) + " (" + p.end + ")"
}

// howText renders a how: "passed to respondJSON", "stored in Problem.Status".
func (c *checker) howText(h how) string {
	if h.obj.obj != nil {
		if fn, ok := h.obj.obj.(*types.Func); ok && (h.verb == "passed to" || h.verb == "returned by") {
			return h.verb + " " + c.displayName(fn)
		}
		return h.verb + " " + c.slotName(c.ix, h.obj)
	}
	return h.verb + " " + h.text
}

// related lists a path's hops for editors.
func (c *checker) related(p *flowPath) []analysis.RelatedInformation {
	if p == nil {
		return nil
	}
	var rel []analysis.RelatedInformation
	for h := p.hops; h != nil; h = h.next {
		who := h.whoText
		if h.who.obj != nil {
			who = c.slotName(c.ix, h.who)
			if fn, ok := h.who.obj.(*types.Func); ok && h.how.verb == "compares it with" {
				who = c.displayName(fn)
			}
		}
		if h.far != nil {
			who += " (package " + h.far.Path() + ")"
		}
		rel = append(rel, analysis.RelatedInformation{Pos: h.pos, End: h.end, Message: who + " " + c.howText(h.how)})
	}
	return rel
}

// slotName names a slot in messages: "code", "Problem.Status", "want",
// "the result of statusFor", "the elements of codes".
func (c *checker) slotName(ix *flowIndex, s slot) string {
	var name string
	switch obj := s.obj.(type) {
	case *types.Func:
		name = "the result of " + c.displayName(obj)
	case *types.Var:
		name = obj.Name()
		if owner := ix.ownerOf(obj); owner != nil {
			name = owner.Name() + "." + name
		} else if ff := c.imp.fields[obj]; ff != nil {
			name = obj.Pkg().Name() + "." + ff.Owner + "." + name
		}
	}
	if s.elem {
		name = "the elements of " + name
	}
	return name
}

// inGenerated reports whether pos lies in a generated file that the
// configuration skips.
func (c *checker) inGenerated(pos token.Pos) bool {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return c.skippedFile(f)
		}
	}
	return false
}
