package analyzer

import (
	_ "embed"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

//go:embed doc.go
var doc string

// Analyzer reports magic HTTP status and WebSocket close codes with the
// default configuration. Drivers (go vet, gopls, golangci-lint, nogo,
// multichecker) can use it as is; its flags change its configuration.
var Analyzer *analysis.Analyzer

// Analyzer is made once every package-level variable is set: families
// register themselves as theirs are (families.go), and -help lists them.
func init() { Analyzer = New(DefaultConfig()) }

// New returns an analyzer named "statuscode" that checks what cfg selects.
// Its flags start at cfg's values. A malformed Funcs entry makes every
// pass fail with an error that names it; Config.Validate reports it first.
func New(cfg Config) *analysis.Analyzer {
	c := &cfg
	memo := new(reachMemo)
	a := &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      mustExtractDoc(doc, "statuscode"),
		URL:      "https://pkg.go.dev/github.com/statuscode-lint/statuscode/analyzer",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// The pass tolerates missing type information, so editors get
		// diagnostics while the code does not yet compile.
		RunDespiteErrors: true,
		Run: func(pass *analysis.Pass) (_ any, err error) {
			defer recoverBug(pass, &err) // bug.go
			if testHookRun != nil {
				testHookRun(pass)
			}
			if inStandardLibrary(pass) {
				// Not the user's code (reach.go); its importers will
				// ask whether it reaches the tables.
				_, err := memo.reaches(pass.Pkg, c.Funcs)
				return nil, err
			}
			return nil, run(pass, c, memo)
		},
	}
	a.Flags.BoolVar(&c.HTTP, "http", c.HTTP, "report magic HTTP status codes (net/http and frameworks)")
	a.Flags.BoolVar(&c.WebSocket, "websocket", c.WebSocket, "report magic WebSocket close codes (gorilla, coder, nhooyr, gobwas and others)")
	a.Flags.BoolVar(&c.Comparisons, "comparisons", c.Comparisons, "report literals compared with status fields and results (resp.StatusCode == 200, switch cases, testify assertions) and stored in them by composite literals")
	a.Flags.BoolVar(&c.Frameworks, "frameworks", c.Frameworks, "check web frameworks' status-taking APIs (gin, echo, fiber, fasthttp, chi/render, hertz) and more WebSocket libraries")
	a.Flags.BoolVar(&c.Invalid, "invalid", c.Invalid, "report codes the API panics on or must not send (w.WriteHeader(1000), close code 1006), without a fix")
	a.Flags.BoolVar(&c.NetHTTPConstants, "net-http-constants", c.NetHTTPConstants, "write net/http's constants in fixes for frameworks that have their own (fiber, fasthttp, hertz)")
	a.Flags.Var((*funcsFlag)(&c.Funcs), "funcs", "comma-separated `list` of more status-taking functions, each pkg/path.Func:ARG:FAMILY or pkg/path.Type.Method:ARG:FAMILY (ARG counts from 0; FAMILY is "+familyNames()+"); repeatable")
	setFlow(a, c, c.Flow)
	a.Flags.Var(&flowFlag{a, c}, "flow", "follow codes one hop away and more: through the package's variables, fields, results, elements and its own helpers' parameters (respondJSON(w, 404, v), test tables compared with rec.Code)")
	a.Flags.BoolVar(&c.SkipGenerated, "skip-generated", c.SkipGenerated, `skip files marked "Code generated ... DO NOT EDIT."`)
	a.Flags.Var((*allowFlag)(&c.Allow), "allow", "comma-separated `list` of codes to leave alone as literals, such as 200,404 (HTTP statuses 100–999, WebSocket close codes 1000–4999); invalid codes are reported all the same; repeatable")
	return a
}

// run is the pass, in four phases that hand data one way:
//
//   - the walk checks every node against the tables: findings, and the
//     seeds of the flow (walk.go, calls.go, compare.go), noting in the
//     flow index what the flow may need (flowindex.go);
//   - the flow follows the seeds backwards to a fixpoint: paths, and the
//     findings at their constants (flow.go, flowcompare.go, flowfar.go);
//   - the facts export what the flow learned of the package (export.go);
//   - the report turns findings into diagnostics and fixes (report.go,
//     messages.go, fix.go).
func run(pass *analysis.Pass, cfg *Config, memo *reachMemo) error {
	if !cfg.HTTP && !cfg.WebSocket {
		return nil
	}
	allow, err := allowSet(cfg.Allow)
	if err != nil {
		return err
	}
	if reaches, err := memo.reaches(pass.Pkg, cfg.Funcs); !reaches {
		return err // nothing here can be a status (reach.go)
	}
	user, err := parseFuncs(cfg.Funcs)
	if err != nil {
		return err
	}
	w := walk(newEnv(pass, cfg, user, allow))
	c := &w.env
	if w.ix == nil {
		report(c, nil, w.findings)
		return nil
	}
	findings := w.findings
	if w.flowHasWork() {
		fl := runFlow(c, w.ix, w.findings, w.flowStart)
		findings = append(findings, fl.findings...)
		exportFacts(fl)
	}
	report(c, w.ix, findings)
	w.ix.release()
	return nil
}

// flowFlag is -flow. The analyzer declares its fact types only while the
// flow is on: with it off, drivers need not analyze dependencies at all.
type flowFlag struct {
	a *analysis.Analyzer
	c *Config
}

func (f *flowFlag) String() string { return strconv.FormatBool(f.c != nil && f.c.Flow) }

func (f *flowFlag) IsBoolFlag() bool { return true }

func (f *flowFlag) Set(s string) error {
	on, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	setFlow(f.a, f.c, on)
	return nil
}

func setFlow(a *analysis.Analyzer, c *Config, on bool) {
	c.Flow = on
	a.FactTypes = nil
	if on {
		a.FactTypes = factTypes
	}
}
