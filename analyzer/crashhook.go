//go:build statuscode_crashtest

package analyzer

import (
	"os"

	"golang.org/x/tools/go/analysis"
)

// Built only with -tags statuscode_crashtest, for the tests of the
// drivers: the pass panics on the package that $STATUSCODE_CRASH names,
// as a bug would.
func init() {
	testHookRun = func(pass *analysis.Pass) {
		if path := os.Getenv("STATUSCODE_CRASH"); path != "" && pass.Pkg.Path() == path {
			panic("statuscode_crashtest: a planted bug")
		}
	}
}
