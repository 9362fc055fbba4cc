package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// The illtyped_* packages do not compile: missing imports, wrong argument
// counts, undefined receivers and constants, arguments of the wrong type,
// syntax errors, generic code and method expressions, initializers of
// package-level variables. The analyzer runs despite errors (as gopls runs
// it while code is being edited); analysistest tolerates the errors and
// checks that a diagnostic comes only where its literal is still a code.

// illtypedFixPackages parse: their fixes must also give the golden files
// (RunWithSuggestedFixes checks the diagnostics too).
var illtypedFixPackages = []string{
	"illtyped_missingimport", "illtyped_args", "illtyped_recv", "illtyped_types",
	"illtyped_generic", "illtyped_methodexpr", "illtyped_init", "illtyped_decls", "illtyped_impls",
}

func TestIllTyped(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer.Analyzer, illtypedFixPackages...)
}

// TestSyntaxErrors checks diagnostics in a package with syntax errors: its
// files cannot be formatted, so there are no golden files.
func TestSyntaxErrors(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer.Analyzer, "illtyped_syntax")
}
