// Command statuscode reports magic HTTP status and WebSocket close codes
// and fixes them with the named constants.
//
// Usage:
//
//	statuscode [flags] packages...         # report
//	statuscode -fix [-diff] packages...    # apply (or show) the fixes
//	go vet -vettool=$(which statuscode) packages...
//
// With -flow (the default), a run hands its packages to go vet, which
// caches each package's facts and findings (see vet.go).
//
// Run statuscode -help for every flag.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuscode-lint/statuscode/analyzer"
)

func main() {
	if args, out, ok := vetArgs(os.Args[1:], &analyzer.Analyzer.Flags); ok && goVersionOK() {
		if self, err := os.Executable(); err == nil {
			os.Exit(runVet(self, args, out))
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}
