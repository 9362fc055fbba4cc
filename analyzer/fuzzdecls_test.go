package analyzer

// FuzzDecls fuzzes the declarations that the pass meets in real code
// and that FuzzAnalyzer's mutations of statements and literals seldom
// make (issue 27; see fuzz_test.go for the checks, the two-package mode
// and the commands). Its input is a program: genDecls reads it byte by
// byte (declaration ops below) and writes one package b, or a dependency
// a and b importing it, as a txtar archive (a's files under a/), which
// checkInput analyses as FuzzAnalyzer's inputs. Seeds: declSeeds, and
// every file in ../testdata/fuzz/FuzzDecls.

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// fuzzDepPath is the import path of an input's dependency: the files of
// its txtar archive under a/.
const fuzzDepPath = "example.com/fuzz/a"

// depImporter is the fuzz universe with the dependency in it.
type depImporter struct {
	u   *fuzzUniverse
	dep *types.Package
}

func (i depImporter) Import(path string) (*types.Package, error) {
	if path == fuzzDepPath && i.dep != nil {
		return i.dep, nil
	}
	return i.u.Import(path)
}

// fuzzAnalyzers holds the analyzer of each configuration, for its
// FactTypes (none without -flow).
var fuzzAnalyzers sync.Map // fmt.Sprint(Config) -> *analysis.Analyzer

func (u *fuzzUniverse) analyzer(cfg Config) *analysis.Analyzer {
	key := fmt.Sprint(cfg)
	if a, ok := fuzzAnalyzers.Load(key); ok {
		return a.(*analysis.Analyzer)
	}
	a, _ := fuzzAnalyzers.LoadOrStore(key, New(cfg))
	return a.(*analysis.Analyzer)
}

// fuzzFacts are the object facts of one pass, by object and fact type, as
// x/tools' checker keeps them: the pass's own and those it inherited.
type fuzzFacts map[fuzzFactKey]analysis.Fact

type fuzzFactKey struct {
	obj types.Object
	t   reflect.Type
}

// depFacts returns the facts that p inherits from its dependency with
// cfg, analysing the dependency the first time.
func (u *fuzzUniverse) depFacts(p *fuzzPackage, cfg Config) fuzzFacts {
	if p.dep == nil {
		return nil
	}
	if facts, ok := p.dep.inherit[fmt.Sprint(cfg)]; ok {
		return facts
	}
	u.analyzeDep(p.dep, cfg)
	return p.dep.inherit[fmt.Sprint(cfg)]
}

// analyzeDep analyses the dependency dep with cfg, keeps the facts its
// importer inherits, and returns its diagnostics.
func (u *fuzzUniverse) analyzeDep(dep *fuzzPackage, cfg Config) []analysis.Diagnostic {
	diags, facts := u.analyzeFacts(dep, cfg)
	// As the checker does (inheritFacts, with its SanityCheck): keep what
	// export data can name, and pass each fact through gob.
	inherited := make(fuzzFacts)
	for k, fact := range facts {
		if exportedFrom(k.obj, dep.pkg) {
			inherited[k] = gobFact(fact)
		}
	}
	if dep.inherit == nil {
		dep.inherit = make(map[string]fuzzFacts)
	}
	dep.inherit[fmt.Sprint(cfg)] = inherited
	return diags
}

// setFacts gives pass the fact functions of x/tools' checker, starting
// with the inherited facts. ExportObjectFact panics as the checker's does
// on an object of another package, after the pass, and on a fact type the
// analyzer does not declare. The caller calls done when the pass returns.
func setFacts(pass *analysis.Pass, an *analysis.Analyzer, inherited fuzzFacts) (facts fuzzFacts, done func()) {
	facts = make(fuzzFacts, len(inherited))
	for k, f := range inherited {
		facts[k] = f
	}
	over := false
	declared := func(fact analysis.Fact) bool {
		t := reflect.TypeOf(fact)
		return t != nil && t.Kind() == reflect.Pointer && slices.ContainsFunc(an.FactTypes, func(f analysis.Fact) bool { return reflect.TypeOf(f) == t })
	}
	pass.ImportObjectFact = func(obj types.Object, ptr analysis.Fact) bool {
		if obj == nil {
			panic("ImportObjectFact: nil object")
		}
		if !declared(ptr) {
			panic(fmt.Sprintf("ImportObjectFact(%s, %T): fact type not in Analyzer.FactTypes", obj, ptr))
		}
		if f, ok := facts[fuzzFactKey{obj, reflect.TypeOf(ptr)}]; ok {
			reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
			return true
		}
		return false
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		switch {
		case over:
			panic(fmt.Sprintf("Pass.ExportObjectFact(%s, %T) called after Run", obj, fact))
		case obj.Pkg() != pass.Pkg:
			panic(fmt.Sprintf("internal error: in analysis %s of package %s: Fact.Set(%s, %T): can't set facts on objects belonging another package", an, pass.Pkg.Path(), obj, fact))
		case !declared(fact):
			panic(fmt.Sprintf("ExportObjectFact(%s, %T): fact type not in Analyzer.FactTypes", obj, fact))
		}
		facts[fuzzFactKey{obj, reflect.TypeOf(fact)}] = fact
	}
	pass.AllObjectFacts = func() []analysis.ObjectFact {
		all := make([]analysis.ObjectFact, 0, len(facts))
		for k, f := range facts {
			all = append(all, analysis.ObjectFact{Object: k.obj, Fact: f})
		}
		return all
	}
	pass.ImportPackageFact = func(*types.Package, analysis.Fact) bool { return false }
	pass.ExportPackageFact = func(fact analysis.Fact) {
		panic(fmt.Sprintf("ExportPackageFact(%T): the analyzer has no package facts", fact))
	}
	pass.AllPackageFacts = func() []analysis.PackageFact { return nil }
	return facts, func() { over = true }
}

// gobFact encodes fact twice, panics if the encodings differ (build
// caches key on them), and returns it decoded.
func gobFact(fact analysis.Fact) analysis.Fact {
	var buf, buf2 bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		panic(fmt.Sprintf("encoding %T fact: %v", fact, err))
	}
	if err := gob.NewEncoder(&buf2).Encode(fact); err != nil {
		panic(fmt.Sprintf("encoding %T fact: %v", fact, err))
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		panic(fmt.Sprintf("encoding of %T fact is nondeterministic", fact))
	}
	decoded := reflect.New(reflect.TypeOf(fact).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&buf).Decode(decoded); err != nil {
		panic(fmt.Sprintf("decoding %T fact: %v", fact, err))
	}
	return decoded
}

// exportedFrom is the checker's: whether obj may be visible to a package
// that imports pkg.
func exportedFrom(obj types.Object, pkg *types.Package) bool {
	switch obj := obj.(type) {
	case *types.Func:
		return obj.Exported() && obj.Pkg() == pkg || obj.Signature().Recv() != nil
	case *types.Var:
		return obj.IsField() || obj.Pkg() == pkg
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

func FuzzDecls(f *testing.F) {
	u := loadUniverse(f, []string{"context", "errors", "fmt", "net/http", "net/http/httptest"})
	origin := make(map[string]string)
	for _, s := range declSeeds {
		f.Add(s.prog)
		origin[string(s.prog)] = "declSeeds " + s.name
	}
	for _, s := range corpusSeeds(f, "FuzzDecls") {
		f.Add(s.src)
		origin[string(s.src)] = s.name
	}
	f.Fuzz(func(t *testing.T, prog []byte) {
		if name, ok := origin[string(prog)]; ok {
			t.Logf("program: %s", name)
		}
		src := genDecls(prog)
		if testing.Verbose() && !isFuzzing() {
			t.Logf("generated input:\n%s", src)
		}
		defer func() {
			if r := recover(); r != nil {
				t.Logf("generated input:\n%s", src)
				panic(r)
			}
			if t.Failed() {
				t.Logf("generated input:\n%s", src)
			}
		}()
		u.checkInput(t, src)
	})
}

// isFuzzing reports whether the test runs with -fuzz.
func isFuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// The declaration program that genDecls interprets. Each op is a byte:
// op&0x7f % numOps says what to declare, the high bit (toA) in which
// package, the dependency a or b (a's declarations are exported, and b
// can use them); then the op reads the bytes it needs: a variant, which
// earlier declaration it uses, which code. An exhausted input reads as
// zeros. Names are unique (a counter), so that most programs type-check;
// those that do not are analysed all the same.
const (
	opPredeclared = iota // a type over a predeclared interface: type Err error, any, interface{ comparable }, an alias
	opCoder              // an interface with StatusCode() int, an implementation returning resp.StatusCode
	opResponder          // an interface with Respond(w, code), an implementation writing code
	opNamedOver          // a type over an earlier interface of a or b: named (type Coder a.Coder), alias, embedding
	opHolder             // a func returning a code: resp.StatusCode, another holder's result, generic
	opHelper             // a func whose code parameter reaches WriteHeader or http.Error: generic, variadic, chained
	opStruct             // a struct with a Status field and methods, embedded fields
	opGeneric            // a generic struct with methods, its instances, aliases and generic aliases
	opFuncType           // a named func type with methods Respond and ServeHTTP, generic too
	opAlias              // an alias of an earlier type, a generic alias, a var bound to an earlier func
	opWebSocket          // a func whose code reaches coder/websocket's Conn.Close
	opUse                // a use of an earlier declaration with a literal code
	opUse2               // the same, weighing uses
	numOps

	toA = 0x80 // declare in the dependency a
)

// declCodes are the literals uses write.
var declCodes = []string{"200", "404", "500", "1000", "301", "0x194", "503", "1001", "201", "4000", "204", "1006", "0", "99", "302", "4_04"}

// A declKind is what a declaration offers its uses.
type declKind int

const (
	kCoder      declKind = iota // a type with StatusCode() int
	kResponder                  // a type with Respond(w http.ResponseWriter, code int)
	kErr                        // a type with Error() string
	kErrCoder                   // a type with Error() string and Code() int
	kAny                        // an interface without methods
	kConstraint                 // a constraint interface C, with func EqC[T C](x, y T) bool
	kHolder                     // func(*http.Response) int
	kGenHolder                  // func[T any](*http.Response, T) int
	kHelper                     // func(http.ResponseWriter, int), generic if declEnt.generic
	kStruct                     // a struct with Status int, Write(http.ResponseWriter), Code() int
	kGeneric                    // a generic struct [T cons]{Status int; V T} with Write, (*).Set, Code
	kRespVar                    // a variable with Respond(w http.ResponseWriter, code int)
	kWS                         // func(*websocket.Conn, int) error
)

// A declEnt is a declaration that later ops may use.
type declEnt struct {
	kind     declKind
	name     string
	pkg      int    // 0: a, 1: b
	iface    bool   // an interface type
	promoted bool   // kStruct: Status is promoted, not for a keyed literal
	generic  bool   // kHelper: a generic func
	cons     string // kGeneric: its type parameter's constraint
}

// A declGen interprets a declaration program.
type declGen struct {
	prog []byte
	n    int        // names made
	pkgs [2]declPkg // a and b
}

type declPkg struct {
	imports map[string]bool
	buf     strings.Builder
	ents    []declEnt
}

// genDecls returns the txtar archive that prog makes: b.go, and a/a.go when
// the program declares anything in a.
func genDecls(prog []byte) []byte {
	g := &declGen{prog: prog}
	for i := range g.pkgs {
		g.pkgs[i].imports = map[string]bool{"net/http": true}
	}
	for ops := 0; len(g.prog) > 0 && ops < 40; ops++ {
		g.op(g.next())
	}
	var out bytes.Buffer
	if g.pkgs[0].buf.Len() > 0 {
		out.WriteString("-- a/a.go --\n")
		g.file(&out, 0, "a")
	}
	out.WriteString("-- b.go --\n")
	g.file(&out, 1, "b")
	return out.Bytes()
}

func (g *declGen) file(out *bytes.Buffer, i int, name string) {
	p := &g.pkgs[i]
	fmt.Fprintf(out, "package %s\n\nimport (\n", name)
	for _, path := range slices.Sorted(maps.Keys(p.imports)) {
		fmt.Fprintf(out, "\t%q\n", path)
	}
	out.WriteString(")\n\nvar _ http.ResponseWriter\n")
	out.WriteString(p.buf.String())
}

func (g *declGen) next() byte {
	if len(g.prog) == 0 {
		return 0
	}
	b := g.prog[0]
	g.prog = g.prog[1:]
	return b
}

func (g *declGen) pick(n int) int { return int(g.next()) % n }

// name returns a new name: prefix and a number, unexported if lower.
func (g *declGen) name(prefix string, lower bool) string {
	g.n++
	if lower {
		prefix = strings.ToLower(prefix[:1]) + prefix[1:]
	}
	return fmt.Sprintf("%s%d", prefix, g.n)
}

func (g *declGen) emit(pkg int, format string, args ...any) {
	b := &g.pkgs[pkg].buf
	b.WriteString("\n")
	fmt.Fprintf(b, format, args...)
	b.WriteString("\n")
}

func (g *declGen) add(pkg int, e declEnt) {
	e.pkg = pkg
	g.pkgs[pkg].ents = append(g.pkgs[pkg].ents, e)
}

func (g *declGen) use(pkg int, path string) { g.pkgs[pkg].imports[path] = true }

// visible returns the declarations of the given kinds (any kind if none)
// that package pkg can use: a's, then b's when pkg is b.
func (g *declGen) visible(pkg int, kinds ...declKind) []declEnt {
	var out []declEnt
	for i := 0; i <= pkg; i++ {
		for _, e := range g.pkgs[i].ents {
			if len(kinds) == 0 || slices.Contains(kinds, e.kind) {
				out = append(out, e)
			}
		}
	}
	return out
}

// choose picks one of the visible declarations of the given kinds.
func (g *declGen) choose(pkg int, kinds ...declKind) (declEnt, bool) {
	cands := g.visible(pkg, kinds...)
	if len(cands) == 0 {
		return declEnt{}, false
	}
	return cands[g.pick(len(cands))], true
}

// ref returns how package pkg names e's declaration, or one named after
// it (prefix+name).
func (g *declGen) ref(e declEnt, pkg int, prefix ...string) string {
	name := strings.Join(prefix, "") + e.name
	if e.pkg != pkg {
		g.use(pkg, fuzzDepPath)
		return "a." + name
	}
	return name
}

func (g *declGen) op(op byte) {
	pkg := 1
	if op&toA != 0 {
		pkg = 0
	}
	switch int(op&^toA) % numOps {
	case opPredeclared:
		g.predeclared(pkg)
	case opCoder:
		v := g.next()
		n := g.name("Coder", g.lower(pkg, v))
		if v&1 == 0 {
			g.emit(pkg, "type %s interface{ StatusCode() int }", n)
		} else {
			g.emit(pkg, "type %s interface {\n\terror\n\tStatusCode() int\n}", n)
		}
		g.add(pkg, declEnt{kind: kCoder, name: n, iface: true})
		if v&2 == 0 {
			g.implement(pkg, kCoder, n, v>>2, "%s")
		}
	case opResponder:
		v := g.next()
		n := g.name("Responder", g.lower(pkg, v))
		g.emit(pkg, "type %s interface {\n\tRespond(w http.ResponseWriter, code int)\n}", n)
		g.add(pkg, declEnt{kind: kResponder, name: n, iface: true})
		if v&1 == 0 {
			g.implement(pkg, kResponder, n, v>>1, "%s")
		}
	case opNamedOver:
		g.namedOver(pkg)
	case opHolder:
		g.holder(pkg)
	case opHelper:
		g.helper(pkg)
	case opStruct:
		g.strct(pkg)
	case opGeneric:
		g.generic(pkg)
	case opFuncType:
		g.funcType(pkg)
	case opAlias:
		g.alias(pkg)
	case opWebSocket:
		g.websocket(pkg)
	case opUse, opUse2:
		g.useOne(pkg)
	}
}

// lower reports whether a name is unexported: in b only, where no other
// package uses it, when v's high bit is set.
func (g *declGen) lower(pkg int, v byte) bool { return pkg == 1 && v&0x80 != 0 }

func (g *declGen) predeclared(pkg int) {
	v := g.next()
	lower := g.lower(pkg, v)
	switch v & 0x7f % 8 {
	case 0:
		n := g.name("Err", lower)
		g.emit(pkg, "type %s error", n)
		g.add(pkg, declEnt{kind: kErr, name: n, iface: true})
	case 1:
		n := g.name("Any", lower)
		g.emit(pkg, "type %s any", n)
		g.add(pkg, declEnt{kind: kAny, name: n, iface: true})
	case 2:
		n := g.name("ErrCoder", lower)
		g.emit(pkg, "type %s interface {\n\terror\n\tCode() int\n}", n)
		g.add(pkg, declEnt{kind: kErrCoder, name: n, iface: true})
	case 3:
		n := g.name("Cmp", lower)
		g.emit(pkg, "type %s interface{ comparable }\n\nfunc Eq%s[T %s](x, y T) bool { return x == y }", n, n, n)
		g.add(pkg, declEnt{kind: kConstraint, name: n})
	case 4:
		n := g.name("Cmp", lower)
		g.emit(pkg, "type %s comparable // not Go: comparable only constrains", n)
	case 5:
		n := g.name("Err", lower)
		g.emit(pkg, "type %s = error", n)
		g.add(pkg, declEnt{kind: kErr, name: n, iface: true})
	case 6:
		n := g.name("Err", lower)
		g.emit(pkg, "type %s interface{ error }", n)
		g.add(pkg, declEnt{kind: kErr, name: n, iface: true})
	case 7:
		n := g.name("Coder", lower)
		g.emit(pkg, "type %s interface {\n\tany\n\tStatusCode() int\n}", n)
		g.add(pkg, declEnt{kind: kCoder, name: n, iface: true})
	}
}

// implement declares a struct type that implements the methods of kind
// (and Error and Extra, which embedding interfaces may add), and
// New<typ>(r *http.Response) typ returning it, wrapped by wrap ("%s", or
// "T{%s}" for a struct embedding the interface).
func (g *declGen) implement(pkg int, kind declKind, typ string, v byte, wrap string) {
	impl := typ + "Impl"
	lit := impl + "{r}"
	switch kind {
	case kCoder:
		switch v % 3 {
		case 0:
			g.emit(pkg, "type %s struct{ R *http.Response }\n\nfunc (c %s) StatusCode() int { return c.R.StatusCode }", impl, impl)
		case 1:
			g.emit(pkg, "type %s struct{ R *http.Response }\n\nfunc (c *%s) StatusCode() int { return c.R.StatusCode }", impl, impl)
			lit = "&" + lit
		case 2:
			g.use(pkg, "net/http/httptest")
			g.emit(pkg, "type %s struct{ R *httptest.ResponseRecorder }\n\nfunc (c %s) StatusCode() int { return c.R.Code }", impl, impl)
			lit = impl + "{httptest.NewRecorder()}"
		}
	case kResponder:
		switch v % 3 {
		case 0:
			g.emit(pkg, "type %s struct{ R *http.Response }\n\nfunc (%s) Respond(w http.ResponseWriter, code int) { w.WriteHeader(code) }", impl, impl)
		case 1:
			g.emit(pkg, "type %s struct{ R *http.Response }\n\nfunc (%s) Respond(w http.ResponseWriter, code int) {\n\thttp.Error(w, http.StatusText(code), code)\n}", impl, impl)
		case 2:
			g.emit(pkg, "type %s struct {\n\tR    *http.Response\n\tCode int\n}\n\nfunc (x *%s) Respond(w http.ResponseWriter, code int) {\n\tx.Code = code\n\tw.WriteHeader(x.Code)\n}", impl, impl)
			lit = "&" + impl + "{R: r}"
		}
	case kErrCoder:
		g.emit(pkg, "type %s struct{ R *http.Response }\n\nfunc (e %s) Code() int { return e.R.StatusCode }", impl, impl)
	default:
		g.emit(pkg, "type %s struct{ R *http.Response }", impl)
	}
	g.emit(pkg, "func (%s) Error() string { return \"\" }\n\nfunc (%s) Extra() string { return \"\" }", impl, impl)
	g.emit(pkg, "func New%s(r *http.Response) %s { return "+wrap+" }", typ, typ, lit)
}

func (g *declGen) namedOver(pkg int) {
	var ifaces []declEnt
	for _, e := range g.visible(pkg, kCoder, kResponder, kErr, kErrCoder, kAny) {
		if e.iface {
			ifaces = append(ifaces, e)
		}
	}
	base, kind := "error", kErr
	if len(ifaces) > 0 {
		e := ifaces[g.pick(len(ifaces))]
		base, kind = g.ref(e, pkg), e.kind
	}
	v := g.next()
	prefix := map[declKind]string{kCoder: "Coder", kResponder: "Responder", kErr: "Err", kErrCoder: "ErrCoder", kAny: "Any"}[kind]
	n := g.name(prefix, g.lower(pkg, v))
	wrap := "%s"
	iface := true
	switch v & 7 % 5 {
	case 0:
		g.emit(pkg, "type %s %s", n, base)
	case 1:
		g.emit(pkg, "type %s = %s", n, base)
	case 2:
		g.emit(pkg, "type %s interface{ %s }", n, base)
	case 3:
		g.emit(pkg, "type %s interface {\n\t%s\n\tExtra() string\n}", n, base)
	case 4:
		g.emit(pkg, "type %s struct{ %s }", n, base)
		wrap, iface = n+"{%s}", false
	}
	g.add(pkg, declEnt{kind: kind, name: n, iface: iface})
	if v&0x40 != 0 {
		g.implement(pkg, kind, n, g.next(), wrap)
	}
}

func (g *declGen) holder(pkg int) {
	v := g.next()
	n := g.name("Code", g.lower(pkg, v))
	switch v & 0x7f % 6 {
	case 0:
		g.emit(pkg, "func %s(r *http.Response) int { return r.StatusCode }", n)
	case 1:
		g.emit(pkg, "func %s[T any](r *http.Response, _ T) int { return r.StatusCode }", n)
		g.add(pkg, declEnt{kind: kGenHolder, name: n})
		return
	case 2:
		g.emit(pkg, "func %s(r *http.Response) int {\n\tc := r.StatusCode\n\treturn c\n}", n)
	case 3:
		if e, ok := g.choose(pkg, kHolder, kGenHolder); ok && e.kind == kHolder {
			g.emit(pkg, "func %s(r *http.Response) int { return %s(r) }", n, g.ref(e, pkg))
		} else if ok {
			g.emit(pkg, "func %s(r *http.Response) int { return %s(r, 0) }", n, g.ref(e, pkg))
		} else {
			g.emit(pkg, "func %s(r *http.Response) int { return r.StatusCode }", n)
		}
	case 4:
		g.emit(pkg, "type %sSource struct{ R *http.Response }\n\nfunc (s %sSource) Code() int { return s.R.StatusCode }\n\nfunc %s(r *http.Response) int { return %sSource{r}.Code() }", n, n, n, n)
	case 5:
		g.emit(pkg, "var %s = func(r *http.Response) int { return r.StatusCode }", n)
	}
	g.add(pkg, declEnt{kind: kHolder, name: n})
}

func (g *declGen) helper(pkg int) {
	v := g.next()
	n := g.name("Respond", g.lower(pkg, v))
	generic := false
	switch v & 0x7f % 7 {
	case 0:
		g.emit(pkg, "func %s(w http.ResponseWriter, code int) { w.WriteHeader(code) }", n)
	case 1:
		g.emit(pkg, "func %s(w http.ResponseWriter, code int) {\n\thttp.Error(w, http.StatusText(code), code)\n}", n)
	case 2:
		g.emit(pkg, "func %s[T ~int](w http.ResponseWriter, code T) { w.WriteHeader(int(code)) }", n)
		generic = true
	case 3:
		g.emit(pkg, "func %s(w http.ResponseWriter, codes ...int) { w.WriteHeader(codes[0]) }", n)
	case 4:
		if e, ok := g.choose(pkg, kHelper); ok {
			g.emit(pkg, "func %s(w http.ResponseWriter, code int) { %s(w, code) }", n, g.ref(e, pkg))
		} else {
			g.emit(pkg, "func %s(w http.ResponseWriter, code int) { w.WriteHeader(code) }", n)
		}
	case 5:
		if e, ok := g.choose(pkg, kResponder); ok {
			g.emit(pkg, "func %s(w http.ResponseWriter, code int) {\n\tvar x %s\n\tx.Respond(w, code)\n}", n, g.ref(e, pkg))
		} else {
			g.emit(pkg, "func %s(w http.ResponseWriter, code int) { http.Error(w, \"\", code) }", n)
		}
	case 6:
		g.emit(pkg, "var %s = func(w http.ResponseWriter, code int) { w.WriteHeader(code) }", n)
	}
	g.add(pkg, declEnt{kind: kHelper, name: n, generic: generic})
}

func (g *declGen) strct(pkg int) {
	v := g.next()
	n := g.name("Problem", g.lower(pkg, v))
	methods := true
	promoted := false
	switch v & 0x7f % 4 {
	case 0:
		g.emit(pkg, "type %s struct {\n\tStatus int\n\tDetail string\n}", n)
	case 1:
		g.emit(pkg, "type %s struct{ Status int }\n\nfunc %sFrom(r *http.Response) %s { return %s{Status: r.StatusCode} }", n, n, n, n)
	case 2:
		if e, ok := g.choose(pkg, kStruct); ok {
			g.emit(pkg, "type %s struct {\n\t%s\n\tExtra int\n}", n, g.ref(e, pkg))
			methods, promoted = false, true
		} else {
			g.emit(pkg, "type %s struct{ Status int }", n)
		}
	case 3:
		g.emit(pkg, "type %s struct {\n\thttp.ResponseWriter\n\t*http.Response\n\tStatus int\n}\n\nfunc (p %s) Send() { p.WriteHeader(p.Status) }\n\nfunc (p %s) Got() int { return p.StatusCode }", n, n, n)
	}
	if methods {
		g.emit(pkg, "func (p %s) Write(w http.ResponseWriter) { w.WriteHeader(p.Status) }\n\nfunc (p %s) Code() int { return p.Status }", n, n)
	}
	g.add(pkg, declEnt{kind: kStruct, name: n, promoted: promoted})
}

func (g *declGen) generic(pkg int) {
	v := g.next()
	n := g.name("Box", g.lower(pkg, v))
	cons := []string{"any", "comparable", "interface{ ~int | ~string }"}[v&3%3]
	g.emit(pkg, "type %s[T %s] struct {\n\tStatus int\n\tV      T\n}\n\nfunc (b %s[T]) Write(w http.ResponseWriter) { w.WriteHeader(b.Status) }\n\nfunc (b *%s[T]) Set(code int) { b.Status = code }\n\nfunc (b %s[T]) Code() int { return b.Status }", n, cons, n, n, n)
	g.add(pkg, declEnt{kind: kGeneric, name: n, cons: cons})
	if v&4 != 0 {
		g.emit(pkg, "type %sInt = %s[int]", n, n)
		g.add(pkg, declEnt{kind: kStruct, name: n + "Int"})
	}
	if v&8 != 0 {
		g.emit(pkg, "type %sOf[T %s] = %s[T]", n, cons, n)
		g.add(pkg, declEnt{kind: kGeneric, name: n + "Of", cons: cons})
	}
	if v&16 != 0 {
		g.emit(pkg, "type %sNamed %s[int]\n\nfunc (b %sNamed) Code() int { return b.Status }", n, n, n)
	}
}

func (g *declGen) funcType(pkg int) {
	v := g.next()
	n := g.name("HandlerFunc", g.lower(pkg, v))
	if v&1 == 0 {
		g.emit(pkg, "type %s func(w http.ResponseWriter, code int)\n\nfunc (f %s) Respond(w http.ResponseWriter, code int) { f(w, code) }\n\nfunc (f %s) ServeHTTP(w http.ResponseWriter, _ *http.Request) { f(w, 500) }", n, n, n)
		g.add(pkg, declEnt{kind: kResponder, name: n})
		g.emit(pkg, "var %sDefault %s = func(w http.ResponseWriter, code int) { w.WriteHeader(code) }", n, n)
	} else {
		g.emit(pkg, "type %s[T ~int] func(w http.ResponseWriter, code T)\n\nfunc (f %s[T]) Respond(w http.ResponseWriter, code T) { f(w, code) }", n, n)
		g.emit(pkg, "var %sDefault = %s[int](func(w http.ResponseWriter, code int) { w.WriteHeader(code) })", n, n)
	}
	g.add(pkg, declEnt{kind: kRespVar, name: n + "Default"})
}

func (g *declGen) alias(pkg int) {
	e, ok := g.choose(pkg)
	v := g.next()
	n := g.name("Alias", g.lower(pkg, v))
	if !ok {
		g.emit(pkg, "type %s = http.ResponseWriter\n\nfunc Use%s(w %s) { w.WriteHeader(404) }", n, n, n)
		return
	}
	ref := g.ref(e, pkg)
	switch e.kind {
	case kHolder, kHelper, kRespVar, kWS:
		if e.generic {
			ref += "[int]"
		}
		g.emit(pkg, "var %s = %s", n, ref)
		e.generic = false
	case kGenHolder:
		g.emit(pkg, "func %s(r *http.Response) int { return %s(r, 0) }", n, ref)
		e.kind = kHolder
	case kConstraint:
		g.emit(pkg, "type %s = %s\n\nfunc Eq%s[T %s](x, y T) bool { return x == y }", n, ref, n, n)
	case kGeneric:
		if v&1 == 0 {
			g.emit(pkg, "type %s[T %s] = %s[T]", n, e.cons, ref)
		} else {
			g.emit(pkg, "type %s = %s[int]", n, ref)
			e.kind = kStruct
		}
	default:
		g.emit(pkg, "type %s = %s", n, ref)
	}
	e.name = n
	g.add(pkg, e)
}

func (g *declGen) websocket(pkg int) {
	v := g.next()
	n := g.name("Close", g.lower(pkg, v))
	g.use(pkg, "github.com/coder/websocket")
	switch v & 0x7f % 3 {
	case 0:
		g.emit(pkg, "func %s(c *websocket.Conn, code int) error {\n\treturn c.Close(websocket.StatusCode(code), \"\")\n}", n)
	case 1:
		g.emit(pkg, "func %s(c *websocket.Conn, code websocket.StatusCode) error { return c.Close(code, \"bye\") }", n)
	case 2:
		g.emit(pkg, "type %sCloser interface {\n\tClose(code websocket.StatusCode, reason string) error\n}\n\nfunc %s(c %sCloser, code int) error {\n\treturn c.Close(websocket.StatusCode(code), \"\")\n}", n, n, n)
	}
	g.add(pkg, declEnt{kind: kWS, name: n})
}

// useOne writes a func that uses an earlier declaration with a code.
func (g *declGen) useOne(pkg int) {
	e, ok := g.choose(pkg)
	v := int(g.next())
	code := declCodes[g.pick(len(declCodes))]
	n := g.name("Use", false)
	emit := func(format string, args ...any) {
		g.emit(pkg, format, args...)
	}
	if !ok {
		emit("func %s(w http.ResponseWriter, r *http.Response) bool {\n\tw.WriteHeader(%s)\n\treturn r.StatusCode == %s\n}", n, code, code)
		return
	}
	E := g.ref(e, pkg)
	switch e.kind {
	case kCoder:
		switch v % 4 {
		case 0:
			emit("func %s(c %s) bool { return c.StatusCode() == %s }", n, E, code)
		case 1:
			emit("func %s(c %s) bool {\n\tf := %s.StatusCode\n\treturn f(c) != %s\n}", n, E, E, code)
		case 2:
			emit("func %s(c %s) bool {\n\tg := c.StatusCode\n\treturn g() == %s\n}", n, E, code)
		case 3:
			emit("func %s(c %s) bool {\n\tswitch c.StatusCode() {\n\tcase %s:\n\t\treturn true\n\t}\n\treturn false\n}", n, E, code)
		}
	case kResponder:
		switch v % 4 {
		case 0:
			emit("func %s(x %s, w http.ResponseWriter) { x.Respond(w, %s) }", n, E, code)
		case 1:
			emit("func %s(x %s, w http.ResponseWriter) { %s.Respond(x, w, %s) }", n, E, E, code)
		case 2:
			emit("func %s(x %s, w http.ResponseWriter) {\n\tf := x.Respond\n\tf(w, %s)\n}", n, E, code)
		case 3:
			emit("func %s(x %s, w http.ResponseWriter) {\n\tf := %s.Respond\n\tf(x, w, %s)\n}", n, E, E, code)
		}
	case kRespVar:
		if v%2 == 0 {
			emit("func %s(w http.ResponseWriter) { %s.Respond(w, %s) }", n, E, code)
		} else {
			emit("func %s(w http.ResponseWriter) {\n\tf := %s.Respond\n\tf(w, %s)\n}", n, E, code)
		}
	case kErr:
		switch v % 3 {
		case 0:
			if e.iface {
				emit("func %s(e %s) bool { return e != nil && e.Error() == \"\" }", n, E)
			} else {
				emit("func %s(e %s) bool { return e.Error() == \"\" }", n, E)
			}
		case 1:
			emit("func %s(e %s, w http.ResponseWriter) { http.Error(w, e.Error(), %s) }", n, E, code)
		case 2:
			emit("func %s(e %s) string {\n\tf := %s.Error\n\treturn f(e)\n}", n, E, E)
		}
	case kErrCoder:
		switch v % 4 {
		case 0:
			emit("func %s(e %s) bool { return e.Code() == %s }", n, E, code)
		case 1:
			emit("func %s(e %s) bool { return %s.Code(e) != %s }", n, E, E, code)
		case 2:
			emit("func %s(e %s, w http.ResponseWriter) { http.Error(w, e.Error(), e.Code()) }", n, E)
		case 3:
			emit("func %s(e error) bool {\n\tif c, ok := e.(%s); ok {\n\t\treturn c.Code() == %s\n\t}\n\treturn false\n}", n, E, code)
		}
	case kAny:
		if e.iface && v%2 == 0 {
			emit("func %s(v %s, r *http.Response) bool {\n\tv = r.StatusCode\n\treturn v == %s\n}", n, E, code)
		} else if e.iface {
			emit("func %s(r *http.Response) bool {\n\tvar v %s = r.StatusCode\n\treturn v != %s\n}", n, E, code)
		} else {
			emit("func %s(v %s, r *http.Response) bool {\n\tvar x any = r.StatusCode\n\treturn x == %s\n}", n, E, code)
		}
	case kConstraint:
		if v%2 == 0 {
			emit("func %s(r *http.Response) bool { return %s(r.StatusCode, %s) }", n, g.ref(e, pkg, "Eq"), code)
		} else {
			emit("func %s[T %s](x, y T) bool { return x == y }\n\nfunc %sCall(r *http.Response) bool { return %s[int](%s, r.StatusCode) }", n, E, n, n, code)
		}
	case kHolder:
		switch v % 4 {
		case 0:
			emit("func %s(r *http.Response) bool { return %s(r) == %s }", n, E, code)
		case 1:
			emit("func %s(r *http.Response) bool {\n\tswitch %s(r) {\n\tcase %s:\n\t\treturn true\n\t}\n\treturn false\n}", n, E, code)
		case 2:
			emit("func %s(r *http.Response) bool {\n\tc := %s(r)\n\treturn c != %s\n}", n, E, code)
		case 3:
			emit("func %s(r *http.Response) bool {\n\tf := %s\n\treturn f(r) == %s\n}", n, E, code)
		}
	case kGenHolder:
		switch v % 3 {
		case 0:
			emit("func %s(r *http.Response) bool { return %s(r, 0) == %s }", n, E, code)
		case 1:
			emit("func %s(r *http.Response) bool { return %s[string](r, \"\") != %s }", n, E, code)
		case 2:
			emit("func %s(r *http.Response) bool {\n\tf := %s[int]\n\treturn f(r, 1) == %s\n}", n, E, code)
		}
	case kHelper:
		inst := E
		if e.generic {
			inst += "[int]"
		}
		switch v % 4 {
		case 0:
			emit("func %s(w http.ResponseWriter) { %s(w, %s) }", n, E, code)
		case 1:
			emit("func %s(w http.ResponseWriter) {\n\th := %s\n\th(w, %s)\n}", n, inst, code)
		case 2:
			emit("func %s(w http.ResponseWriter) {\n\tdefer %s(w, %s)\n}", n, E, code)
		case 3:
			emit("func %s(w http.ResponseWriter) {\n\tcode := %s\n\t%s(w, code)\n}", n, code, E)
		}
	case kStruct:
		switch v % 5 {
		case 0:
			if !e.promoted {
				emit("func %s(w http.ResponseWriter) { %s{Status: %s}.Write(w) }", n, E, code)
				break
			}
			fallthrough
		case 1:
			emit("func %s(w http.ResponseWriter) {\n\tvar s %s\n\ts.Status = %s\n\ts.Write(w)\n}", n, E, code)
		case 2:
			emit("func %s(s %s) bool { return s.Code() == %s }", n, E, code)
		case 3:
			emit("func %s(s %s) bool { return %s.Code(s) != %s }", n, E, E, code)
		case 4:
			emit("func %s(w http.ResponseWriter, s %s) bool {\n\tf := %s.Write\n\tf(s, w)\n\treturn s.Status == %s\n}", n, E, E, code)
		}
	case kGeneric:
		T := E + "[int]"
		switch v % 6 {
		case 0:
			emit("func %s(w http.ResponseWriter) { %s{Status: %s}.Write(w) }", n, T, code)
		case 1:
			emit("func %s(w http.ResponseWriter) {\n\tb := &%s{}\n\tb.Set(%s)\n\tb.Write(w)\n}", n, T, code)
		case 2:
			emit("func %s(b *%s) {\n\tf := (*%s).Set\n\tf(b, %s)\n}", n, T, T, code)
		case 3:
			emit("func %s(b %s) bool { return %s.Code(b) == %s }", n, T, T, code)
		case 4:
			emit("func %s(b %s) bool { return b.Status != %s }", n, T, code)
		case 5:
			emit("func %s[X %s](b %s[X], w http.ResponseWriter) {\n\tb.Set(%s)\n\tb.Write(w)\n}", n, e.cons, E, code)
		}
	case kWS:
		g.use(pkg, "github.com/coder/websocket")
		if v%2 == 0 {
			emit("func %s(c *websocket.Conn) error { return %s(c, %s) }", n, E, code)
		} else {
			emit("func %s(c *websocket.Conn) error {\n\tf := %s\n\treturn f(c, %s)\n}", n, E, code)
		}
	}
}

// declSeeds are FuzzDecls's hand-written programs.
var declSeeds = []struct {
	name string
	prog []byte
}{
	// Issue 27, iris: type Err error lists the universe's error.Error,
	// whose package is nil, among the package's interface methods.
	{"issue-27-named-error", []byte{
		opPredeclared, 0, // type Err1 error
		opHolder, 0, // func Code2(r *http.Response) int { return r.StatusCode }
		opUse, 1, 0, 0, // Code2(r) == 200
	}},
	// Issue 27: b's types over a's interfaces list a's methods, on which
	// b cannot set a fact.
	{"issue-27-foreign-interface", []byte{
		toA | opCoder, 0, // a: type Coder1 interface{ StatusCode() int }, Coder1Impl returns r.StatusCode
		toA | opResponder, 2, // a: type Responder2 interface{ Respond(w, code) }
		opNamedOver, 0, 0, // b: type Coder3 a.Coder1
		opNamedOver, 1, 0x40, 0, // b: type Responder4 a.Responder2, Responder4Impl calls w.WriteHeader(code)
		opUse, 3, 0, 1, // x.Respond(w, 404)
		opUse, 2, 0, 2, // c.StatusCode() == 500
	}},
	{"helpers-and-holders", []byte{
		opHelper, 0, opHelper, 1, opHolder, 2, opHelper, 4, 1,
		opUse, 0, 0, 1, opUse, 1, 1, 2, opUse, 2, 2, 0, opUse, 3, 3, 6,
	}},
	{"cross-package-helpers", []byte{
		toA | opHelper, 2, toA | opHolder, 1, toA | opStruct, 1, toA | opHelper, 3,
		opUse, 0, 1, 1, opUse, 1, 2, 0, opUse, 2, 0, 2, opUse, 3, 0, 1, opHolder, 3, 1, opUse, 4, 3, 0,
	}},
	{"generics", []byte{
		opGeneric, 4 | 8 | 16, opGeneric, 1, opGeneric, 2 | 8,
		opUse, 0, 0, 1, opUse, 0, 1, 2, opUse, 0, 2, 1, opUse, 0, 3, 0, opUse, 1, 4, 0, opUse, 2, 5, 2,
		opUse, 4, 5, 1, opAlias, 2, 0, opUse, 6, 1, 1,
	}},
	{"cross-package-generics", []byte{
		toA | opGeneric, 4 | 8, toA | opHolder, 1,
		opUse, 0, 1, 2, opUse, 1, 0, 1, opUse, 2, 5, 1, opUse, 3, 1, 0, opAlias, 0, 1, opUse, 4, 0, 2,
	}},
	{"func-types", []byte{
		opFuncType, 0, opFuncType, 1, opUse, 0, 1, 1, opUse, 1, 0, 2, opUse, 0, 3, 1, opUse, 2, 1, 0,
		opHelper, 5, 0, opUse, 3, 2, 1,
	}},
	{"structs", []byte{
		toA | opStruct, 0, toA | opStruct, 3, opStruct, 2, 0, opStruct, 1,
		opUse, 0, 0, 1, opUse, 1, 0, 2, opUse, 2, 1, 1, opUse, 3, 4, 0, opUse, 2, 3, 0,
	}},
	{"websocket", []byte{
		toA | opWebSocket, 0, opWebSocket, 1, opWebSocket, 2,
		opUse, 0, 0, 3, opUse, 1, 1, 7, opUse, 2, 0, 9, opAlias, 0, 0, opUse, 3, 0, 11,
	}},
	{"constraints-and-any", []byte{
		opPredeclared, 3, opPredeclared, 1, opUse, 0, 0, 0, opUse, 0, 1, 1, opUse, 1, 0, 0, opUse, 1, 1, 2,
	}},
}

// TestDeclSeeds checks that the seeds' programs type-check: the generator
// writes Go, and fix checks (which need a typed input) run on them.
func TestDeclSeeds(t *testing.T) {
	u := loadUniverse(t, []string{"net/http", "net/http/httptest"})
	for _, s := range declSeeds {
		names, srcs, depNames, depSrcs := splitInput(genDecls(s.prog))
		var dep *fuzzPackage
		if len(depSrcs) > 0 {
			dep = u.load(fuzzDepPath, nil, depNames, depSrcs)
			if dep == nil {
				t.Fatalf("%s: package a: go/types panicked", s.name)
			}
			defer u.release(dep)
			if !dep.typed {
				t.Errorf("%s: package a does not type-check: %v\n%s", s.name, dep.typeErrs, depSrcs[0])
				continue
			}
		}
		p := u.load(fuzzPkgPath, dep, names, srcs)
		if p == nil {
			t.Fatalf("%s: package b: go/types panicked", s.name)
		}
		if !p.typed {
			t.Errorf("%s: package b does not type-check: %v\n%s", s.name, p.typeErrs, srcs[0])
		}
		u.release(p)
	}
}
