package analyzer

import "strings"

// A codeFamily is the set of exported integer constants of one package that
// name status or close codes: the constants a fix may write.
type codeFamily struct {
	name     string // in -funcs entries, facts and docs: "http", "gorilla"
	key      string // Config switch and diagnostic Category: "http", "websocket"
	pkg      string // package path that declares the constants
	prefix   string // constant name prefix: "Status", "Close"
	min, max int64  // code range: keeps gorilla's CloseMessage (8) out of the close codes

	// known names the constants by value for when pkg is reached only
	// through export data that omits them; nil if the names may differ
	// between versions of pkg.
	known map[int64]string
	// standIn: a fix may import pkg even when the checked package does not
	// reach it, because every module that uses the family's APIs can import
	// it: the standard library, or the module of those APIs (hertz's
	// consts, which hertz's app package uses only in function bodies).
	standIn bool
	// alts are families whose constants a fix writes instead when the file
	// imports their package and not pkg.
	alts []*codeFamily
}

// codeMin and codeMax bound every family's codes (TestCodeBounds): a
// constant outside them is no code of any family.
const codeMin, codeMax = 100, 4999

// The two keys: a family is either kind of code.
const (
	httpKey      = "http"
	websocketKey = "websocket"
)

// families registers every family, in the order -help lists them: a family
// exists only through newFamily, so facts and -funcs entries reach each
// one by its name.
var families []*codeFamily

func newFamily(f codeFamily) *codeFamily {
	if familyNamed(f.name) != nil {
		panic("statuscode: two families named " + f.name)
	}
	families = append(families, &f)
	return &f
}

// The families. A constant belongs to one if it is exported, declared in
// pkg, named prefix+Something, and its integer value lies in [min, max].
var (
	httpStatus = newFamily(codeFamily{name: "http", key: httpKey, pkg: "net/http", prefix: "Status", min: 100, max: 999, known: httpStatusNames, standIn: true})

	// Frameworks that declare their own copies of net/http's constants.
	// Their names differ in places (fiber's
	// StatusNonAuthoritativeInformation; hertz lacks 103, 421 and 425), so
	// fixes read them from the package itself.
	//
	// Their names are also known by value (TestFrameworkStatusNames checks
	// them against the stubs, copied from the real source): go vet, gopls
	// and the standalone driver see a framework package that the checked
	// package reaches through another one (fasthttp through fiber's
	// Ctx.Response) in export data, which keeps only the objects its
	// importers refer to.
	fiberStatus  = httpFamily("fiber", "github.com/gofiber/fiber/v2", fiberStatusNames, nil)
	fiber3Status = httpFamily("fiber-v3", "github.com/gofiber/fiber/v3", fiberStatusNames, nil)
	// fiber code that sets a status on fiber's underlying fasthttp
	// response gets fiber.StatusNotFound rather than a new import of
	// fasthttp.
	fasthttpStatus = httpFamily("fasthttp", "github.com/valyala/fasthttp", fasthttpStatusNames, []*codeFamily{fiberStatus, fiber3Status})
	hertzStatus    = newFamily(codeFamily{name: "hertz", key: httpKey, pkg: "github.com/cloudwego/hertz/pkg/protocol/consts", prefix: "Status", min: 100, max: 999, known: hertzStatusNames, standIn: true})

	gorillaClose = wsFamily("gorilla", "github.com/gorilla/websocket", "Close", nil)
	coderClose   = wsFamily("coder", "github.com/coder/websocket", "Status", coderStatusNames)
	nhooyrClose  = wsFamily("nhooyr", "nhooyr.io/websocket", "Status", coderStatusNames)
	gobwasClose  = wsFamily("gobwas", "github.com/gobwas/ws", "Status", nil)

	// Forks and wrappers of gorilla/websocket, each with its own copy of
	// gorilla's Close constants.
	fasthttpWSClose = wsFamily("fasthttp-websocket", "github.com/fasthttp/websocket", "Close", nil)
	fiberWSClose    = wsFamily("gofiber-websocket", "github.com/gofiber/contrib/websocket", "Close", nil)
	hertzWSClose    = wsFamily("hertz-websocket", "github.com/hertz-contrib/websocket", "Close", nil)
	melodyClose     = wsFamily("melody", "github.com/olahol/melody", "Close", nil)
)

func httpFamily(name, pkg string, known map[int64]string, alts []*codeFamily) *codeFamily {
	return newFamily(codeFamily{name: name, key: httpKey, pkg: pkg, prefix: "Status", min: 100, max: 999, known: known, alts: alts})
}

func wsFamily(name, pkg, prefix string, known map[int64]string) *codeFamily {
	return newFamily(codeFamily{name: name, key: websocketKey, pkg: pkg, prefix: prefix, min: 1000, max: 4999, known: known})
}

// familyNamed returns the registered family with this name, or nil.
func familyNamed(name string) *codeFamily {
	for _, f := range families {
		if f.name == name {
			return f
		}
	}
	return nil
}

func familyNames() string {
	names := make([]string, len(families))
	for i, f := range families {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}
