package analyzer

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// A pass that panics has met code that statuscode does not handle: a bug
// of statuscode, never of the code analyzed. The pass recovers and fails
// with an error that says so, names the package and carries the stack, so
// that the drivers print it beside every other package's findings, and
// exit with a failure, instead of ending the whole run.

// A bugError is a panic of the pass, recovered.
type bugError struct {
	pkg   string
	value any
	stack []byte
}

func (e *bugError) Error() string {
	return fmt.Sprintf("internal error analyzing package %s, a bug of statuscode: please report it with this message.\npanic: %v\n\n%s", e.pkg, e.value, e.stack)
}

// recoverBug turns a panic of the pass into its error, in *err.
func recoverBug(pass *analysis.Pass, err *error) {
	if r := recover(); r != nil {
		*err = &bugError{pkg: pkgPath(pass.Pkg), value: r, stack: debug.Stack()}
	}
}

// testHookRun, when set (crashhook.go, in a binary built for the tests
// of the drivers), runs at the start of every pass.
var testHookRun func(pass *analysis.Pass)
