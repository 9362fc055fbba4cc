package analyzer

// This file is the table of what statuscode checks: the code families
// (sets of named constants) and the APIs that take a code. Adding a
// library is adding rows here, with a stub under testdata/src modelled on
// its real source and a test case.

// A codeFamily is the set of exported integer constants of one package that
// name status or close codes: the constants a fix may write.
type codeFamily struct {
	key      string // Config switch and diagnostic Category: "http", "websocket"
	noun     string // in messages: "HTTP status", "WebSocket close code"
	pkg      string // package path that declares the constants
	prefix   string // constant name prefix: "Status", "Close"
	min, max int64  // code range: keeps gorilla's CloseMessage (8) out of the close codes

	// known names the constants by value for when pkg is reached only
	// through export data that omits them; nil if the names may differ
	// between versions of pkg.
	known map[int64]string
}

// The families. A constant belongs to one if it is exported, declared in pkg,
// named prefix+Something, and its integer value lies in [min, max].
var (
	httpStatus = &codeFamily{key: "http", noun: "HTTP status", pkg: "net/http", prefix: "Status", min: 100, max: 999, known: httpStatusNames}

	gorillaClose = wsFamily("github.com/gorilla/websocket", "Close", nil)
	coderClose   = wsFamily("github.com/coder/websocket", "Status", coderStatusNames)
	nhooyrClose  = wsFamily("nhooyr.io/websocket", "Status", coderStatusNames)
	gobwasClose  = wsFamily("github.com/gobwas/ws", "Status", nil)
)

func wsFamily(pkg, prefix string, known map[int64]string) *codeFamily {
	return &codeFamily{key: "websocket", noun: "WebSocket close code", pkg: pkg, prefix: prefix, min: 1000, max: 4999, known: known}
}

// A statusAPI is a function or method with a parameter that takes a code of
// one family. It is identified by the declaring package, the receiver's
// type name (empty for functions) and the name: together they name exactly
// one types.Func, whichever way the call reaches it (an interface that embeds
// http.ResponseWriter resolves to the same method object).
type statusAPI struct {
	pkg      string
	recv     string // receiver type name, without '*'; "" for a function
	name     string
	arg      int  // index of the code parameter
	variadic bool // the code parameter is variadic: every argument from arg on is a code
	family   *codeFamily
}

// apis lists every API statuscode checks, in the order README.md shows them.
var apis = []statusAPI{
	{pkg: "net/http", recv: "ResponseWriter", name: "WriteHeader", arg: 0, family: httpStatus},
	{pkg: "net/http", name: "Error", arg: 2, family: httpStatus},
	{pkg: "net/http", name: "Redirect", arg: 3, family: httpStatus},
	{pkg: "net/http", name: "RedirectHandler", arg: 1, family: httpStatus},
	{pkg: "net/http", name: "StatusText", arg: 0, family: httpStatus},

	{pkg: "github.com/gorilla/websocket", name: "FormatCloseMessage", arg: 0, family: gorillaClose},
	{pkg: "github.com/gorilla/websocket", name: "IsCloseError", arg: 1, variadic: true, family: gorillaClose},
	{pkg: "github.com/gorilla/websocket", name: "IsUnexpectedCloseError", arg: 1, variadic: true, family: gorillaClose},

	{pkg: "github.com/coder/websocket", recv: "Conn", name: "Close", arg: 0, family: coderClose},
	{pkg: "nhooyr.io/websocket", recv: "Conn", name: "Close", arg: 0, family: nhooyrClose},

	{pkg: "github.com/gobwas/ws", name: "NewCloseFrameBody", arg: 0, family: gobwasClose},
	{pkg: "github.com/gobwas/ws", name: "PutCloseFrameBody", arg: 1, family: gobwasClose},
	{pkg: "github.com/gobwas/ws", name: "CheckCloseFrameData", arg: 0, family: gobwasClose},
	{pkg: "github.com/gobwas/ws", name: "RejectionStatus", arg: 0, family: httpStatus},
}

// writeHeader is the method that concrete HTTP writers implement: any
// method WriteHeader(int) on a type that implements http.ResponseWriter
// (middleware wrappers, *httptest.ResponseRecorder) is checked like
// http.ResponseWriter.WriteHeader itself.
var writeHeader = &apis[0]

// apiKey identifies a statusAPI row by the declaration it names.
type apiKey struct{ pkg, recv, name string }

var (
	apiByKey  = make(map[apiKey]*statusAPI, len(apis))
	apiByName = make(map[string]bool, len(apis)) // cheap prefilter on the call's syntax
)

func init() {
	for i := range apis {
		a := &apis[i]
		apiByKey[apiKey{a.pkg, a.recv, a.name}] = a
		apiByName[a.name] = true
	}
}

// httpStatusNames are net/http's status constants, stable since Go 1.13
// (TestHTTPStatusNames checks them against the net/http in GOROOT).
var httpStatusNames = map[int64]string{
	100: "StatusContinue",
	101: "StatusSwitchingProtocols",
	102: "StatusProcessing",
	103: "StatusEarlyHints",
	200: "StatusOK",
	201: "StatusCreated",
	202: "StatusAccepted",
	203: "StatusNonAuthoritativeInfo",
	204: "StatusNoContent",
	205: "StatusResetContent",
	206: "StatusPartialContent",
	207: "StatusMultiStatus",
	208: "StatusAlreadyReported",
	226: "StatusIMUsed",
	300: "StatusMultipleChoices",
	301: "StatusMovedPermanently",
	302: "StatusFound",
	303: "StatusSeeOther",
	304: "StatusNotModified",
	305: "StatusUseProxy",
	307: "StatusTemporaryRedirect",
	308: "StatusPermanentRedirect",
	400: "StatusBadRequest",
	401: "StatusUnauthorized",
	402: "StatusPaymentRequired",
	403: "StatusForbidden",
	404: "StatusNotFound",
	405: "StatusMethodNotAllowed",
	406: "StatusNotAcceptable",
	407: "StatusProxyAuthRequired",
	408: "StatusRequestTimeout",
	409: "StatusConflict",
	410: "StatusGone",
	411: "StatusLengthRequired",
	412: "StatusPreconditionFailed",
	413: "StatusRequestEntityTooLarge",
	414: "StatusRequestURITooLong",
	415: "StatusUnsupportedMediaType",
	416: "StatusRequestedRangeNotSatisfiable",
	417: "StatusExpectationFailed",
	418: "StatusTeapot",
	421: "StatusMisdirectedRequest",
	422: "StatusUnprocessableEntity",
	423: "StatusLocked",
	424: "StatusFailedDependency",
	425: "StatusTooEarly",
	426: "StatusUpgradeRequired",
	428: "StatusPreconditionRequired",
	429: "StatusTooManyRequests",
	431: "StatusRequestHeaderFieldsTooLarge",
	451: "StatusUnavailableForLegalReasons",
	500: "StatusInternalServerError",
	501: "StatusNotImplemented",
	502: "StatusBadGateway",
	503: "StatusServiceUnavailable",
	504: "StatusGatewayTimeout",
	505: "StatusHTTPVersionNotSupported",
	506: "StatusVariantAlsoNegotiates",
	507: "StatusInsufficientStorage",
	508: "StatusLoopDetected",
	510: "StatusNotExtended",
	511: "StatusNetworkAuthenticationRequired",
}

// coderStatusNames are the close-code constants that coder/websocket and
// nhooyr.io/websocket have both exported for years, for a Conn.Close call
// in a package that reaches the library only through another package (go
// vet and gopls then see it through export data without its constants).
// Newer or receive-only codes (1005, 1006, 1014, 1015) are left out so a
// fix never names a constant an older release lacks; TestCoderStatusNames
// checks them against the stubs modelled on the real source.
var coderStatusNames = map[int64]string{
	1000: "StatusNormalClosure",
	1001: "StatusGoingAway",
	1002: "StatusProtocolError",
	1003: "StatusUnsupportedData",
	1007: "StatusInvalidFramePayloadData",
	1008: "StatusPolicyViolation",
	1009: "StatusMessageTooBig",
	1010: "StatusMandatoryExtension",
	1011: "StatusInternalError",
	1012: "StatusServiceRestart",
	1013: "StatusTryAgainLater",
}
