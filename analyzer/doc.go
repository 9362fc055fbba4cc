// Package analyzer defines an Analyzer that reports magic numeric HTTP
// status codes and WebSocket close codes where the API's package names
// them with a constant, and suggests the constant.
//
// # Analyzer statuscode
//
// statuscode: report magic HTTP status and WebSocket close codes
//
// The statuscode analyzer reports an integer literal passed as a status
// or close code to an API whose package exports a constant with that
// value, and offers a fix that writes the constant:
//
//	w.WriteHeader(404)                 // magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound
//	http.Error(w, "boom", 500)         // use http.StatusInternalServerError
//	c.Close(1000, "")                  // coder/websocket: use websocket.StatusNormalClosure
//	websocket.FormatCloseMessage(1001, "") // gorilla/websocket: use websocket.CloseGoingAway
//	c.JSON(201, body)                  // gin: use http.StatusCreated
//	if resp.StatusCode == 200 {        // use http.StatusOK
//
// Calls are matched by the identity of the function or method they reach,
// never by its spelling. WriteHeader is checked on http.ResponseWriter,
// on every interface that embeds it, and on every type with a method
// WriteHeader(int) that implements http.ResponseWriter (middleware
// wrappers, *httptest.ResponseRecorder). A method that merely shares a
// name, such as Table.WriteHeader(cols int), is not reported.
//
// The checked APIs are: http.ResponseWriter.WriteHeader, http.Error,
// http.Redirect, http.RedirectHandler and http.StatusText (net/http);
// FormatCloseMessage, IsCloseError and IsUnexpectedCloseError
// (github.com/gorilla/websocket, and its forks github.com/fasthttp/websocket,
// github.com/gofiber/contrib/websocket and github.com/hertz-contrib/websocket,
// each with its own constants); FormatCloseMessage of
// github.com/olahol/melody; Conn.Close (github.com/coder/websocket and
// nhooyr.io/websocket); NewCloseFrameBody, PutCloseFrameBody,
// CheckCloseFrameData and, for an HTTP status, RejectionStatus
// (github.com/gobwas/ws); HTTPStatusCode and HTTPStatusCodef of
// github.com/stretchr/testify/assert and github.com/stretchr/testify/require;
// HaveHTTPStatus of github.com/onsi/gomega, RespondWith and
// RespondWithJSONEncoded of github.com/onsi/gomega/ghttp, and Response.Status
// of github.com/steinfletcher/apitest.
// The forks and melody obey -frameworks.
//
// With -frameworks (on by default), the web frameworks' status-taking APIs
// are checked too, with the constants their users write:
//
//   - github.com/gin-gonic/gin, Context methods Status, AbortWithStatus,
//     AbortWithStatusPureJSON, AbortWithStatusJSON, AbortWithError, Render,
//     HTML, IndentedJSON, SecureJSON, JSONP, JSON, AsciiJSON, PureJSON, XML,
//     YAML, TOML, ProtoBuf, BSON, String, Data, DataFromReader, Negotiate
//     and Redirect (net/http's constants);
//   - github.com/labstack/echo/v4, Context methods Render, HTML, HTMLBlob,
//     String, JSON, JSONPretty, JSONBlob, JSONP, JSONPBlob, XML, XMLPretty,
//     XMLBlob, Blob, Stream, NoContent and Redirect, and NewHTTPError
//     (net/http's constants);
//   - github.com/labstack/echo/v5, the same Context methods (Context is a
//     struct since v5) and NewHTTPError, and, with -comparisons,
//     Response.Status, HTTPError.Code, ProblemError.Status, the StatusCode
//     results of StatusCode(err), HTTPError, ProblemError and
//     HTTPStatusCoder, and the status fields of its middleware package
//     (net/http's constants);
//   - github.com/gofiber/fiber/v2, Ctx methods Status, SendStatus, Redirect,
//     RedirectBack and RedirectToRoute, and NewError (fiber's constants);
//   - github.com/gofiber/fiber/v3, Status and SendStatus of Ctx, Res,
//     DefaultCtx and DefaultRes, Redirect.Status, NewError and NewErrorf
//     (fiber's constants);
//   - github.com/valyala/fasthttp, RequestCtx methods SetStatusCode, Error,
//     TimeoutErrorWithCode, Redirect and RedirectBytes, SetStatusCode of
//     Response and ResponseHeader, TimeoutWithCodeHandler, StatusMessage and
//     StatusCodeIsRedirect (fasthttp's constants, or fiber's in a file that
//     imports fiber and not fasthttp);
//   - github.com/go-chi/render, Status (net/http's constants);
//   - github.com/cloudwego/hertz/pkg/app, RequestContext methods String,
//     SetStatusCode, AbortWithStatus, AbortWithStatusJSON, Render, ProtoBuf,
//     JSON, PureJSON, IndentedJSON, HTML, Data, XML, AbortWithError, Status,
//     AbortWithMsg and Redirect; SetStatusCode of Response and ResponseHeader
//     (github.com/cloudwego/hertz/pkg/protocol); ResponseRecorder.WriteHeader
//     (github.com/cloudwego/hertz/pkg/common/ut); StatusMessage
//     (github.com/cloudwego/hertz/pkg/protocol/consts, whose constants hertz
//     fixes write).
//
// With -net-http-constants, fixes write net/http's constants everywhere.
//
// github.com/lxzan/gws is not checked: its close codes have no exported
// constants.
//
// A magic literal is an integer literal in any spelling (404, 0x194,
// 4_04, (404)), or such a literal converted to a type, as in
// websocket.StatusCode(1000). Named constants, variables and expressions
// are never reported, nor are codes for which the package has no constant.
//
// # Comparisons
//
// With -comparisons (on by default), a literal is also magic where it is
// compared with, or stored in, a field or result that holds a code:
// resp.StatusCode == 200 and != (http.Response.StatusCode), rec.Code
// (httptest.ResponseRecorder.Code), the cases of switch resp.StatusCode,
// http.Response{StatusCode: 500}, CloseError.Code of gorilla/websocket and
// its forks and of coder/nhooyr, websocket.CloseStatus(err) == 1000
// (coder/nhooyr), and the test libraries' equality assertions when one
// side is such a field: testify's Equal, NotEqual, EqualValues and
// NotEqualValues (with their f forms, as functions and as methods);
// Gomega's Equal, BeEquivalentTo and BeNumerically("==", …) given to To,
// ToNot, NotTo, Should or ShouldNot of Expect, Ω, ExpectWithOffset,
// Eventually (a function's result) and Consistently, as functions or as
// methods of a Gomega; Equal and DeepEqual of gotest.tools/v3/assert and
// of its cmp package; is.Equal of github.com/matryer/is; Assert and Check
// of github.com/frankban/quicktest with its Equals or DeepEquals checker;
// Equals and DeepEquals of github.com/go-quicktest/qt; and the frameworks'
// own test helpers, AssertEqual of github.com/gofiber/fiber/v2/utils and
// DeepEqual and NotEqual of github.com/cloudwego/hertz/pkg/common/test/assert.
// Ordered
// comparisons (code >= 500, BeNumerically(">=", 500)) test classes of
// codes and are never reported. Most of these assertions compare dynamic
// types, so assert.Equal(t, 1000, websocket.CloseStatus(err)), which
// compares an int with a StatusCode, is left alone: a typed constant
// would change the test's outcome.
//
// # Invalid codes
//
// With -invalid (on by default), a code that the API panics on or must not
// send is reported, without a fix, whether it is a literal or a constant:
// codes outside 100–999 given to WriteHeader, http.Error, http.Redirect and
// http.RedirectHandler (net/http's checkWriteHeaderCode panics on them),
// and close codes that must not be sent in a close frame (below 1000, 1004,
// 1005, 1006, 1015, the unassigned 1016–2999, above 4999) given to
// FormatCloseMessage, Conn.Close (coder/nhooyr), NewCloseFrameBody and
// PutCloseFrameBody. gorilla's FormatCloseMessage and coder's Close turn
// 1005 into a close frame without a code, so 1005 is valid there. Codes
// that are legal but have no constant (w.WriteHeader(299)) are not
// reported. The receive-side checks (IsCloseError, CheckCloseFrameData,
// comparisons) accept every code.
//
// # Your own functions
//
// The -funcs flag (the funcs setting in golangci-lint) adds functions and
// methods that take a code, as a comma-separated list of
// pkg/path.Func:ARG:FAMILY or pkg/path.Type.Method:ARG:FAMILY entries, such
// as example.com/app/web.JSON:1:http. ARG is the code parameter's index,
// from 0; FAMILY names the constants to write: http (net/http), gorilla,
// coder, nhooyr, gobwas, fasthttp-websocket, gofiber-websocket,
// hertz-websocket, melody, and fiber, fiber-v3, fasthttp or hertz for
// frameworks with constants of their own. The form that
// types.Func.FullName prints, (*example.com/app/web.Ctx).JSON, works too.
//
// # Flow
//
// With -flow (on by default), a literal is also magic where it reaches
// one of the positions above one hop away or more, inside the package
// (and across packages, below):
//
//	respondJSON(w, 404, v)           // magic HTTP status 404 passed to respondJSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound
//	code := 500                      // stored in code (reaches http.Error)
//	Problem{Status: 409}.Write(w)    // stored in Problem.Status (reaches http.ResponseWriter.WriteHeader)
//	return 404                       // returned by statusFor (reaches http.ResponseWriter.WriteHeader)
//	{name: "missing", want: 404},    // stored in want (compared with httptest.ResponseRecorder.Code)
//	if got != 200 {                  // compared with got (holds httptest.ResponseRecorder.Code)
//	assertStatus(t, rec.Code, 200)   // passed to assertStatus (compared with httptest.ResponseRecorder.Code)
//	closeWith(conn, 1008, "policy")  // passed to closeWith (reaches websocket.FormatCloseMessage)
//	if code != 302 {                 // compared with code (holds the result of getEndpoint, which returns httptest.ResponseRecorder.Code)
//	if apiErr.Code == 404 {          // compared with APIError.Code (holds http.Response.StatusCode)
//	Entry("missing", "/x", 404),     // passed to Entry (compared with httptest.ResponseRecorder.Code)
//
// The flow goes backwards from each position, never forwards: a
// parameter, variable, field, result or the elements of a slice, array or
// map become a status position when their value reaches one (passed on to
// an API or to another status position, compared with a field or result
// that holds a code, stored in one, returned by a function whose result
// is one), through assignments, conversions and parentheses, to a
// fixpoint; never because a code reaches them (strconv.Itoa(resp.StatusCode)
// makes nothing a position). A local holds a code when every value
// assigned to it does (got := rec.Code). Two positions hold for one call
// only, so that general helpers stay silent: the parameter a function
// returns (w.WriteHeader(max(code, 200)) reports 200, max(len(s), 200)
// nothing), and a pair of parameters that a helper compares
// (assertStatus(t, rec.Code, 200) reports 200, assertStatus(t, len(s), 3)
// nothing). A position that codes of two families reach (an HTTP status
// and a close code) is not reported, nor is what reaches it. Paths end at
// the tables' own APIs, fields and results, also in the libraries
// themselves. A for statement's counter (declared by its init, stepped by
// its post statement: i++, c -= 100) walks a range of codes: what is
// stored in it is left alone (for i := 200; i < 600; i++ {
// w.WriteHeader(i) } does not report 200), while a literal compared with
// it is reported (if i != 304). Invalid codes are reported along the same
// paths, except codes of 0 and below (a helper's "unset"), values stored in a local,
// which code often replaces before use, and values stored in a field,
// which holds the codes of every value of its type, sent or received.
// Each diagnostic's related information lists the hops of its path.
//
// A literal compared with a value that holds a code is at a status
// position, and so is what is compared with a value that holds a field or
// result of the tables. A value holds a code when it is a field or result
// of the tables; a local, a field of the package or a result of one of
// its functions, every value stored in or returned by which holds one
// (code, body := getEndpoint(url); apiErr.Code = resp.StatusCode); an
// interface method of the package all of whose implementations there
// return one; or a parameter, local, field or result at a status position
// itself (a table's want compared with rec.Code, then with 400 again).
// A holder field is not a status position: what is stored in it is left
// alone.
//
// A function literal bound once to a name (insert := func(w
// http.ResponseWriter, status int) {...}; a package-level var NewError =
// func(...) assigned in its declaration only) is followed as a function:
// its parameters, results and the pairs it compares. So is the body of a
// Ginkgo table (DescribeTable, DescribeTableSubtree and their F, P and X
// forms), whose parameters receive the arguments of its Entry, FEntry,
// PEntry and XEntry rows after the description. A variadic parameter
// receives each extra argument, and the elements of a slice literal
// passed with "..." (oneOf(rec.Code, 200, 201)).
//
// Across packages, facts carry what the flow learns of a package to the
// packages that import it: the status parameters of its exported
// functions and methods, the parameters they compare with each other or
// return (for one call), the fields of its struct types that reach a
// status position, and its holders: the results of exported functions and
// methods (interface methods too) and the fields that hold a code. A call of such a helper is checked like a call of the
// tables (httpx.JSON(w, 404, v): "passed to httpx.JSON (reaches
// http.ResponseWriter.WriteHeader)"), and a hop names the package where
// the path leaves the one checked. The facts exist only with -flow.
//
// The standard library is not checked, and exports no facts: the tables
// model its APIs. Nor is a package whose imports, direct or not, include
// no package of the tables or of -funcs: nothing there can be a status.
//
// A method of one of the package's interfaces stands for the
// implementations the package declares: its parameter is a status
// position when each implementation's is (r.Respond(w, 404)), and its
// result holds a code when each implementation's does. Calls through a
// function value that is not bound once to a name are not followed. A
// named type over another package's interface (type Coder a.Coder) has
// that package's methods, and their facts.
//
// # Allowed codes and suppression
//
// The -allow flag (the allow setting in golangci-lint) lists codes that
// are left alone as literals wherever they stand, as -allow=200,404: HTTP
// statuses from 100 to 999 and WebSocket close codes from 1000 to 4999.
// Invalid codes are reported all the same.
//
// A report is kept back by //nolint:statuscode, //nolint or //nolint:all
// on its line, or on its own line above a declaration or statement (in
// its column), which it then covers whole, as golangci-lint reads them;
// and by staticcheck's //lint:ignore statuscode reason, on its line or the
// line above, and //lint:file-ignore statuscode reason, for a whole file.
// Under golangci-lint, golangci-lint reads //nolint itself.
//
// # Fixes
//
// The fix replaces the literal with the constant, qualified by the name
// under which the file imports its package (an alias is kept, a dot import
// writes the bare name). When the file does not import the package, the
// fix adds the import; when the package's name is shadowed at the call,
// the import is added under a free name such as http0. When the package
// cannot be imported (an internal or vendored package of another tree), or
// the constant's type does not fit where the literal stands, the
// diagnostic comes without a fix, or is not reported.
//
// Files with the standard "Code generated ... DO NOT EDIT." header are
// skipped unless -skip-generated=false; so are the files that import
// "C", which drivers hand over as cmd/cgo's generated output.
//
// A panic of the pass is a bug of statuscode: the pass fails with an
// error that says so, names the package and carries the stack, and the
// drivers print it beside the other packages' findings and exit with a
// failure.
//
// The flags -http=false and -websocket=false turn off a family of codes. Diagnostics carry a
// category: "http" or "websocket" for magic codes, "invalid" for invalid
// ones.
package analyzer
