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
//
// Calls are matched by the identity of the function or method they reach,
// never by its spelling. WriteHeader is checked on http.ResponseWriter,
// on every interface that embeds it, and on every type with a method
// WriteHeader(int) that implements http.ResponseWriter (middleware
// wrappers, *httptest.ResponseRecorder). A method that merely shares a
// name, such as Table.WriteHeader(cols int), is not reported. The checked
// APIs are: http.ResponseWriter.WriteHeader, http.Error, http.Redirect,
// http.RedirectHandler and http.StatusText (net/http); FormatCloseMessage,
// IsCloseError and IsUnexpectedCloseError (github.com/gorilla/websocket);
// Conn.Close (github.com/coder/websocket and nhooyr.io/websocket);
// NewCloseFrameBody, PutCloseFrameBody, CheckCloseFrameData and, for an
// HTTP status, RejectionStatus (github.com/gobwas/ws).
//
// A magic literal is an integer literal in any spelling (404, 0x194,
// 4_04, (404)), or such a literal converted to a type, as in
// websocket.StatusCode(1000). Named constants, variables and expressions
// are never reported, nor are codes for which the package has no constant.
//
// The fix replaces the literal with the constant, qualified by the name
// under which the file imports its package (an alias is kept, a dot import
// writes the bare name). When the file does not import the package, the
// fix adds the import; when the package's name is shadowed at the call,
// the import is added under a free name such as http0. When the package
// cannot be imported (an internal or vendored package of another tree),
// the diagnostic comes without a fix.
//
// Files with the standard "Code generated ... DO NOT EDIT." header are
// skipped unless -skip-generated=false. The flags -http=false and
// -websocket=false turn off a family of codes. Diagnostics carry the
// family as their category: "http" or "websocket".
package analyzer
