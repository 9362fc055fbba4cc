package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// testdata is the repository's testdata directory, shared with the
// integration tests and the demo.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var fixPackages = []string{
	"httpcalls", "noimport", "shadow", "aliased", "dotimport", "generated", "websockets", "vendored", "compare", "assertions", "wslibs",
	"frameworks/gin", "frameworks/echo", "frameworks/echov5", "frameworks/fiber", "frameworks/fiberv3", "frameworks/fasthttp",
	"frameworks/render", "frameworks/hertz",
	"flow", "testlibs", "holders",
}

func TestDiagnostics(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, append(fixPackages, "lookalike", "illtyped", "invalid", "suppress")...)
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, fixPackages...)
}

func TestConfig(t *testing.T) {
	for _, tc := range []struct {
		pkg  string
		edit func(*analyzer.Config)
	}{
		{"httponly", func(c *analyzer.Config) { c.WebSocket = false }},
		{"wsonly", func(c *analyzer.Config) { c.HTTP = false }},
		{"generatedall", func(c *analyzer.Config) { c.SkipGenerated = false }},
		{"configs/nocomparisons", func(c *analyzer.Config) { c.Comparisons = false }},
		{"configs/noinvalid", func(c *analyzer.Config) { c.Invalid = false }},
		{"configs/noframeworks", func(c *analyzer.Config) { c.Frameworks = false }},
		{"configs/noflow", func(c *analyzer.Config) { c.Flow = false }},
		{"configs/allow", func(c *analyzer.Config) { c.Allow = []int{200, 404, 1000} }},
		{"configs/nonolint", func(c *analyzer.Config) { c.Nolint = false }},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			cfg := analyzer.DefaultConfig()
			tc.edit(&cfg)
			analysistest.Run(t, testdata(t), analyzer.New(cfg), tc.pkg)
		})
	}
}

func TestNetHTTPConstants(t *testing.T) {
	cfg := analyzer.DefaultConfig()
	cfg.NetHTTPConstants = true
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(cfg), "frameworks/nethttpconsts")
}

// TestFlags checks that the analyzer's flags reach its configuration, as
// they do when a driver parses -websocket=false.
func TestFlags(t *testing.T) {
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Set("websocket", "false"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), a, "httponly")
	if analyzer.Analyzer.Flags.Lookup("websocket").Value.String() != "true" {
		t.Error("New shares flags with Analyzer")
	}
}

var userFuncs = []string{
	"userfuncs/web.JSON:1:http",
	"(*userfuncs/web.Ctx).Status:0:http",
	"userfuncs/web.Ctx.Abort:0:http",
	"userfuncs/web.CloseWith:0:coder",
	"userfuncs/web.CloseTyped:1:coder",
	"userfuncs/plain.Send:0:http",
}

func TestUserFuncs(t *testing.T) {
	cfg := analyzer.DefaultConfig()
	cfg.Funcs = userFuncs
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.New(cfg), "userfuncs", "userfuncs/plain", "userfuncs/web")

	// The same entries through the flag, comma-separated.
	a := analyzer.New(analyzer.DefaultConfig())
	if err := a.Flags.Set("funcs", strings.Join(userFuncs, ",")); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), a, "userfuncs")
}

func TestUserFuncErrors(t *testing.T) {
	for _, tc := range []struct{ entry, err string }{
		{"web.JSON", `want pkg/path.Func:ARG:FAMILY or pkg/path.Type.Method:ARG:FAMILY`},
		{"example.com/web.JSON:x:http", `argument index "x" is not a number from 0 up`},
		{"example.com/web.JSON:-1:http", `argument index "-1" is not a number from 0 up`},
		{"example.com/web.JSON:1:websocket", `unknown family "websocket" (known: http, fiber, fiber-v3, fasthttp, hertz, gorilla, coder, nhooyr, gobwas`},
		{"JSON:1:http", `"JSON" does not name a function or method`},
		{"example.com/web.1F:1:http", `"example.com/web.1F" does not name a function or method`},
		{"(*example.com/web.Ctx.JSON:1:http", `does not name a function or method`},
	} {
		cfg := analyzer.DefaultConfig()
		cfg.Funcs = []string{tc.entry}
		want := `funcs entry "` + tc.entry + `": `
		err := cfg.Validate()
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Validate(%q) = %v, want error containing %q", tc.entry, err, tc.err)
		}
		if err := analyzer.New(analyzer.DefaultConfig()).Flags.Set("funcs", tc.entry); err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("-funcs=%q: %v, want error containing %q", tc.entry, err, tc.err)
		}
	}
}

// TestFlowRelated checks that a flow diagnostic lists its path's hops as
// related information, from the first one to the table's API.
func TestFlowRelated(t *testing.T) {
	results := analysistest.Run(t, testdata(t), analyzer.Analyzer, "flow")
	want := map[string][]string{
		"magic HTTP status 409 passed to respondError (reaches http.ResponseWriter.WriteHeader); use http.StatusConflict": {
			"code passed to respondJSON", "code reaches http.ResponseWriter.WriteHeader",
		},
		"magic HTTP status 200 passed to maxInt (reaches http.ResponseWriter.WriteHeader); use http.StatusOK": {
			"the result of maxInt reaches http.ResponseWriter.WriteHeader",
		},
		"magic HTTP status 201 passed to assertEqual (compared with httptest.ResponseRecorder.Code); use http.StatusCreated": nil,
		"magic HTTP status 200 compared with got (holds httptest.ResponseRecorder.Code); use http.StatusOK": {
			"got holds httptest.ResponseRecorder.Code",
		},
	}
	found := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			hops, ok := want[d.Message]
			if !ok || hops == nil {
				continue
			}
			found++
			var got []string
			for _, rel := range d.Related {
				got = append(got, rel.Message)
				if !rel.Pos.IsValid() {
					t.Errorf("%s: related %q has no position", d.Message, rel.Message)
				}
			}
			if strings.Join(got, "; ") != strings.Join(hops, "; ") {
				t.Errorf("%s: related\n\t%q\nwant\n\t%q", d.Message, got, hops)
			}
		}
	}
	if found != 3 {
		t.Errorf("found %d of the 3 diagnostics with hops", found)
	}
}

// TestFlowInLibraries runs the flow on copies of libraries of the tables,
// checked as themselves: paths end at their own APIs and fields.
func TestFlowInLibraries(t *testing.T) {
	dir := filepath.Join(testdata(t), "libself")
	analysistest.Run(t, dir, analyzer.Analyzer, "github.com/gorilla/websocket", "github.com/valyala/fasthttp")
}

// TestFacts checks the facts of a helper package and the findings and
// fixes in the packages that import it.
func TestFacts(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, "crosspkg/httpx", "crosspkg/api", "crosspkg/problems", "crosspkg/client", "crosspkg/clientuse", "crosspkg/wrap", "crosspkg/wrapuse", "crosspkg/wrapapp")

	// Where a path leaves the package, a hop names the other package.
	want := map[string]string{
		"magic HTTP status 404 passed to httpx.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound":                        "httpx.JSON (package crosspkg/httpx) reaches http.ResponseWriter.WriteHeader",
		"magic HTTP status 503 stored in code (reaches http.ResponseWriter.WriteHeader); use http.StatusServiceUnavailable":                    "code passed to httpx.JSON; httpx.JSON (package crosspkg/httpx) reaches http.ResponseWriter.WriteHeader",
		"magic HTTP status 410 stored in httpx.Problem.Status (reaches http.ResponseWriter.WriteHeader); use http.StatusGone":                  "httpx.Problem.Status (package crosspkg/httpx) reaches http.ResponseWriter.WriteHeader",
		"magic HTTP status 200 passed to httpx.Equal (compared with httptest.ResponseRecorder.Code); use http.StatusOK":                        "httpx.Equal (package crosspkg/httpx) compares it with httptest.ResponseRecorder.Code",
		"magic WebSocket close code 1008 passed to httpx.CloseWith (reaches websocket.FormatCloseMessage); use websocket.ClosePolicyViolation": "httpx.CloseWith (package crosspkg/httpx) reaches websocket.FormatCloseMessage",
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			hops, ok := want[d.Message]
			if !ok {
				continue
			}
			delete(want, d.Message)
			var got []string
			for _, rel := range d.Related {
				got = append(got, rel.Message)
			}
			if strings.Join(got, "; ") != hops {
				t.Errorf("%s: related\n\t%q\nwant\n\t%q", d.Message, strings.Join(got, "; "), hops)
			}
		}
	}
	for msg := range want {
		t.Errorf("no diagnostic %q", msg)
	}
}

// TestFactsDeterministic checks that the facts' gob encoding is the same
// from one run to the next: build caches key on it.
func TestFactsDeterministic(t *testing.T) {
	encode := func() map[string][]byte {
		out := make(map[string][]byte)
		for _, r := range analysistest.Run(t, testdata(t), analyzer.Analyzer, "crosspkg/httpx") {
			for obj, facts := range r.Facts {
				for _, f := range facts {
					var b bytes.Buffer
					if err := gob.NewEncoder(&b).Encode(f); err != nil {
						t.Fatal(err)
					}
					out[obj.String()] = append(out[obj.String()], b.Bytes()...)
				}
			}
		}
		return out
	}
	first := encode()
	if len(first) < 5 {
		t.Fatalf("%d objects with facts, want at least 5", len(first))
	}
	for range 2 {
		for obj, b := range encode() {
			if !bytes.Equal(b, first[obj]) {
				t.Errorf("%s: the facts' encoding changed between runs", obj)
			}
		}
	}
}
