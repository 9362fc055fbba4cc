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
	"httpcalls", "noimport", "shadow", "aliased", "dotimport", "generated", "websockets",
}

func TestDiagnostics(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, append(fixPackages, "lookalike", "illtyped")...)
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, fixPackages...)
}
