package analyzer_test

import (
	"path/filepath"
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
	"httpcalls", "noimport", "shadow", "aliased", "dotimport", "generated", "websockets", "vendored",
}

func TestDiagnostics(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, append(fixPackages, "lookalike", "illtyped")...)
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
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			cfg := analyzer.DefaultConfig()
			tc.edit(&cfg)
			analysistest.Run(t, testdata(t), analyzer.New(cfg), tc.pkg)
		})
	}
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
