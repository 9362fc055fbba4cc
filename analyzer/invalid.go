package analyzer

import "fmt"

// A codeRule says why an API must not be given a code. Invalid codes are
// bugs rather than style: they are reported without a fix, whether spelled
// as a literal or as a constant. Each rule's reasons are written beside
// the API behaviour they describe.
//
// Rules exist only through newRule, which registers them by name: a fact
// carries a rule as its name, and reads it back through ruleNamed.
type codeRule struct {
	name string
	why  func(v int64) string // why v is invalid, or "" if it is fine
}

var rules = make(map[string]*codeRule)

func newRule(name string, why func(v int64) string) *codeRule {
	if rules[name] != nil {
		panic("statuscode: two rules named " + name)
	}
	r := &codeRule{name, why}
	rules[name] = r
	return r
}

// ruleNamed returns the registered rule with this name, or nil.
func ruleNamed(name string) *codeRule { return rules[name] }

// nameOrEmpty is r's name, or "" for no rule: a fact's Rule.
func (r *codeRule) nameOrEmpty() string {
	if r == nil {
		return ""
	}
	return r.name
}

// check returns why v is invalid, or "". A value that a path reaches may
// be a placeholder (code := 0, -1 for "unset") that is not sent as it is:
// there, codes of 0 and below pass.
func (r *codeRule) check(v int64, reached bool) string {
	if r == nil || reached && v <= 0 {
		return ""
	}
	return r.why(v)
}

// netHTTPPanics is net/http's checkWriteHeaderCode, which every
// ResponseWriter in net/http (and httptest's recorder) runs in WriteHeader;
// Error, Redirect and RedirectHandler's handler call WriteHeader.
var netHTTPPanics = newRule("netHTTPPanics", func(v int64) string {
	if v < 100 || v > 999 {
		return fmt.Sprintf("net/http panics with \"invalid WriteHeader code %d\" (checkWriteHeaderCode: code < 100 || code > 999)", v)
	}
	return ""
})

// closeCodeForbidden says why RFC 6455 (section 7.4) and the IANA registry
// forbid sending v in a close frame, or returns "".
var closeCodeForbidden = newRule("closeCodeForbidden", func(v int64) string {
	switch {
	case v < 1000:
		return "codes below 1000 are not used (RFC 6455, section 7.4.2)"
	case v == 1004:
		return "1004 is reserved (RFC 6455, section 7.4.1)"
	case v == 1005, v == 1006, v == 1015:
		return fmt.Sprintf("%d must not be set as a status code in a close frame (RFC 6455, section 7.4.1)", v)
	case 1016 <= v && v <= 2999:
		return fmt.Sprintf("%d is unassigned: 1016–2999 are reserved for future revisions of RFC 6455", v)
	case v > 4999:
		return "close codes end at 4999 (RFC 6455, section 7.4.2)"
	}
	return ""
})

// gorillaFormatClose is FormatCloseMessage, which turns 1005 (no status)
// into an empty close body: legal, and the library's documented way to
// send a close frame without a code.
var gorillaFormatClose = newRule("gorillaFormatClose", func(v int64) string {
	if v == 1005 {
		return ""
	}
	return closeCodeForbidden.why(v)
})

// coderCloseRefuses is coder/websocket's and nhooyr.io/websocket's
// (*Conn).Close, which sends an empty close frame for 1005 and refuses the
// codes that validWireCloseCode rejects: it closes the connection without
// a close frame and returns an error.
var coderCloseRefuses = newRule("coderCloseRefuses", func(v int64) string {
	if v == 1005 {
		return ""
	}
	if why := closeCodeForbidden.why(v); why != "" {
		return why + "; Close fails with \"status code " + fmt.Sprint(v) + " cannot be set\""
	}
	return ""
})

// ginStatus is gin's responseWriter, which hands codes to net/http when it
// writes the header. It ignores codes <= 0, and gin itself passes -1 to
// mean "keep the status": those are fine.
var ginStatus = newRule("ginStatus", func(v int64) string {
	if v <= 0 {
		return ""
	}
	return netHTTPPanics.why(v)
})

// ginRedirect is render.Redirect, which gin's Context.Redirect renders.
var ginRedirect = newRule("ginRedirect", func(v int64) string {
	if (v < 300 || v > 308) && v != 201 {
		return fmt.Sprintf("gin panics with \"Cannot redirect with status code %d\" (it accepts 300–308 and 201)", v)
	}
	return ""
})

// echoRedirect is Context.Redirect of echo v4 and v5, which refuses the
// code before it writes anything.
var echoRedirect = newRule("echoRedirect", func(v int64) string {
	if v < 300 || v > 308 {
		return "echo's Redirect returns ErrInvalidRedirectCode unless 300 <= code <= 308"
	}
	return ""
})

// echoJSON is Context.JSON and JSONPretty of echo v4 and v5, which hand
// the code to WriteHeader with the first byte of the body (v4 keeps it in
// Response.Status, v5 in a delayedStatusWriter), and 200 for code 0.
var echoJSON = newRule("echoJSON", func(v int64) string {
	if v == 0 {
		return "echo sends 200 instead (JSON takes 0 for no status)"
	}
	return netHTTPPanics.why(v)
})

// echo5HTTPError is echo v5's HTTPError: both of v5's error handlers
// (DefaultHTTPErrorHandler, ProblemDetailsHTTPErrorHandler) send 500 for
// code 0 and hand other codes to Context.JSON or NoContent.
var echo5HTTPError = newRule("echo5HTTPError", func(v int64) string {
	if v == 0 {
		return "echo's error handlers send 500 instead (they take 0 for no status)"
	}
	return netHTTPPanics.why(v)
})

// fasthttpSends is fasthttp's SetStatusCode, behind fiber too: it accepts
// any code and writes it as is.
var fasthttpSends = newRule("fasthttpSends", func(v int64) string {
	switch {
	case v <= 0:
		return "fasthttp sends 200 instead"
	case v < 100 || v > 999:
		return "not a three-digit status: fasthttp writes a status line that HTTP clients reject"
	}
	return ""
})

// fasthttpRedirect is fasthttp's getRedirectStatusCode, which hertz copied.
var fasthttpRedirect = newRule("fasthttpRedirect", func(v int64) string { return redirectTo302("fasthttp", v) })
var hertzRedirect = newRule("hertzRedirect", func(v int64) string { return redirectTo302("hertz", v) })

func redirectTo302(lib string, v int64) string {
	switch v {
	case 301, 302, 303, 307, 308:
		return ""
	}
	return lib + " redirects with 302 instead: Redirect accepts only 301, 302, 303, 307 and 308"
}

// hertzWarns is hertz's checkWriteHeaderCode, which only logs.
var hertzWarns = newRule("hertzWarns", func(v int64) string {
	if v < 100 || v > 599 {
		return "hertz logs \"Invalid StatusCode\" and sends it anyway (it expects 100–599)"
	}
	return ""
})
