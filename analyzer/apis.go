package analyzer

import "slices"

// This file is the table of what statuscode checks: the code families
// (sets of named constants), the APIs that take a code, the fields and
// results that hold one, and the assertions that compare them. Adding a
// library is adding rows here, with a stub under testdata/src modelled on
// its real source and a test case.

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
	rule     *codeRule // the codes the API panics on or must not send; nil if none
	group    apiGroup
}

// An apiGroup is the Config switch, besides the family's, that a row obeys.
type apiGroup uint8

const (
	coreAPI      apiGroup = iota // always checked when its family is on
	frameworkAPI                 // Config.Frameworks
	userAPI                      // Config.Funcs
)

// apis lists every built-in API statuscode checks, in the order README.md
// shows them.
var apis = slices.Concat(coreAPIs,
	testifyStatusAPIs(),
	testLibAPIs,
	frameworkAPIs,
	gorillaLikeAPIs("github.com/fasthttp/websocket", fasthttpWSClose),
	gorillaLikeAPIs("github.com/gofiber/contrib/websocket", fiberWSClose),
	gorillaLikeAPIs("github.com/hertz-contrib/websocket", hertzWSClose),
	[]statusAPI{
		// melody's Session.CloseWithMsg takes a message that this builds.
		{pkg: "github.com/olahol/melody", name: "FormatCloseMessage", arg: 0, family: melodyClose, rule: gorillaFormatClose, group: frameworkAPI},
	},
)

var coreAPIs = []statusAPI{
	{pkg: "net/http", recv: "ResponseWriter", name: "WriteHeader", arg: 0, family: httpStatus, rule: netHTTPPanics},
	{pkg: "net/http", name: "Error", arg: 2, family: httpStatus, rule: netHTTPPanics},
	{pkg: "net/http", name: "Redirect", arg: 3, family: httpStatus, rule: netHTTPPanics},
	{pkg: "net/http", name: "RedirectHandler", arg: 1, family: httpStatus, rule: netHTTPPanics},
	{pkg: "net/http", name: "StatusText", arg: 0, family: httpStatus},

	{pkg: "github.com/gorilla/websocket", name: "FormatCloseMessage", arg: 0, family: gorillaClose, rule: gorillaFormatClose},
	{pkg: "github.com/gorilla/websocket", name: "IsCloseError", arg: 1, variadic: true, family: gorillaClose},
	{pkg: "github.com/gorilla/websocket", name: "IsUnexpectedCloseError", arg: 1, variadic: true, family: gorillaClose},

	{pkg: "github.com/coder/websocket", recv: "Conn", name: "Close", arg: 0, family: coderClose, rule: coderCloseRefuses},
	{pkg: "nhooyr.io/websocket", recv: "Conn", name: "Close", arg: 0, family: nhooyrClose, rule: coderCloseRefuses},

	{pkg: "github.com/gobwas/ws", name: "NewCloseFrameBody", arg: 0, family: gobwasClose, rule: closeCodeForbidden},
	{pkg: "github.com/gobwas/ws", name: "PutCloseFrameBody", arg: 1, family: gobwasClose, rule: closeCodeForbidden},
	{pkg: "github.com/gobwas/ws", name: "CheckCloseFrameData", arg: 0, family: gobwasClose},
	{pkg: "github.com/gobwas/ws", name: "RejectionStatus", arg: 0, family: httpStatus},
}

// gorillaLikeAPIs are the rows of a fork or wrapper of gorilla/websocket
// that keeps gorilla's close-code functions.
func gorillaLikeAPIs(pkg string, f *codeFamily) []statusAPI {
	return []statusAPI{
		{pkg: pkg, name: "FormatCloseMessage", arg: 0, family: f, rule: gorillaFormatClose, group: frameworkAPI},
		{pkg: pkg, name: "IsCloseError", arg: 1, variadic: true, family: f, group: frameworkAPI},
		{pkg: pkg, name: "IsUnexpectedCloseError", arg: 1, variadic: true, family: f, group: frameworkAPI},
	}
}

// writeHeader is the method that concrete HTTP writers implement: any
// method WriteHeader(int) on a type that implements http.ResponseWriter
// (middleware wrappers, *httptest.ResponseRecorder) is checked like
// http.ResponseWriter.WriteHeader itself. It is found by its key, not by
// its place in the table.
var writeHeader *statusAPI

// A statusSource is a struct field, or a function's or method's result,
// that holds a code: a literal compared with it, or stored in the field by
// a composite literal, is magic.
type statusSource struct {
	pkg    string
	recv   string // the struct type declaring the field, or the method's receiver type; "" for a function
	name   string
	field  bool
	family *codeFamily
	group  apiGroup
}

var sources = append(coreSources, frameworkSources...)

var coreSources = []statusSource{
	{pkg: "net/http", recv: "Response", name: "StatusCode", field: true, family: httpStatus},
	{pkg: "net/http/httptest", recv: "ResponseRecorder", name: "Code", field: true, family: httpStatus},

	{pkg: "github.com/gorilla/websocket", recv: "CloseError", name: "Code", field: true, family: gorillaClose},

	{pkg: "github.com/coder/websocket", name: "CloseStatus", family: coderClose},
	{pkg: "github.com/coder/websocket", recv: "CloseError", name: "Code", field: true, family: coderClose},
	{pkg: "nhooyr.io/websocket", name: "CloseStatus", family: nhooyrClose},
	{pkg: "nhooyr.io/websocket", recv: "CloseError", name: "Code", field: true, family: nhooyrClose},

	{pkg: "github.com/fasthttp/websocket", recv: "CloseError", name: "Code", field: true, family: fasthttpWSClose, group: frameworkAPI},
	{pkg: "github.com/hertz-contrib/websocket", recv: "CloseError", name: "Code", field: true, family: hertzWSClose, group: frameworkAPI},
}

// apiKey identifies a table row by the declaration it names.
type apiKey struct{ pkg, recv, name string }

var (
	apiByKey       = make(map[apiKey]*statusAPI, len(apis))
	sourceByKey    = make(map[apiKey]*statusSource, len(sources)) // results
	fieldByKey     = make(map[apiKey]*statusSource, len(sources)) // fields, by struct type
	assertionByKey = make(map[apiKey]*assertion, len(assertions))
	checkerByKey   = make(map[apiKey]*checkerAssertion, len(checkerAssertions))

	// Cheap prefilters on syntax: the names that calls, selectors and
	// composite literal keys must end in to be worth a type lookup.
	callArgs         = make(map[string]int) // the fewest arguments a call of a row with this name has
	callNameSketch   nameSketch             // callArgs' names, checked first: most names fail here, unhashed
	sourceNames      = make(map[string]bool)
	sourceNameSketch nameSketch              // sourceNames, checked first
	sourceTypeSketch nameSketch              // the structs that declare source fields
	tablePkgs        = make(map[string]bool) // packages that declare a row's function
	sourcePkgs       = make(map[string]bool) // packages that declare a source
)

func init() {
	for i := range apis {
		a := &apis[i]
		apiByKey[apiKey{a.pkg, a.recv, a.name}] = a
		addCallee(a.pkg, a.name, a.arg+1)
	}
	if writeHeader = apiByKey[apiKey{"net/http", "ResponseWriter", "WriteHeader"}]; writeHeader == nil {
		panic("statuscode: no row for http.ResponseWriter.WriteHeader")
	}
	for i := range sources {
		s := &sources[i]
		sourceNames[s.name] = true
		sourceNameSketch.add(s.name)
		sourcePkgs[s.pkg] = true
		if s.field {
			fieldByKey[apiKey{s.pkg, s.recv, s.name}] = s
			sourceTypeSketch.add(s.recv)
		} else {
			sourceByKey[apiKey{s.pkg, s.recv, s.name}] = s
		}
	}
	for i := range assertions {
		a := &assertions[i]
		assertionByKey[apiKey{a.pkg, a.recv, a.name}] = a
		addCallee(a.pkg, a.name, max(a.expected, a.actual)+1)
	}
	for i := range checkerAssertions {
		a := &checkerAssertions[i]
		checkerByKey[apiKey{a.pkg, a.recv, a.name}] = a
		addCallee(a.pkg, a.name, max(a.expected, a.actual, a.checker)+1)
	}
}

// addCallee enters a row's function into the prefilters of checkCall.
func addCallee(pkg, name string, args int) {
	if least, ok := callArgs[name]; !ok || args < least {
		callArgs[name] = args
	}
	callNameSketch.add(name)
	tablePkgs[pkg] = true
}

// A nameSketch holds a bit per (length, first byte), per (length, second
// byte) and per (length, last byte) of a set of names, all reduced modulo
// 64: a name with a clear bit is not in the set, and is rejected without
// hashing it.
type nameSketch struct{ first, second, last [64]uint64 }

func (s *nameSketch) add(name string) {
	n := len(name)
	s.first[n%64] |= 1 << (name[0] % 64)
	s.second[n%64] |= 1 << (name[min(1, n-1)] % 64)
	s.last[n%64] |= 1 << (name[n-1] % 64)
}

func (s *nameSketch) mayHold(name string) bool {
	n := len(name)
	return n != 0 && s.first[n%64]&(1<<(name[0]%64)) != 0 && s.second[n%64]&(1<<(name[min(1, n-1)]%64)) != 0 &&
		s.last[n%64]&(1<<(name[n-1]%64)) != 0
}

// isSourceName reports whether a field or result of the tables has this
// name: most names fail the sketch, without being hashed.
func isSourceName(name string) bool {
	return sourceNameSketch.mayHold(name) && sourceNames[name]
}
