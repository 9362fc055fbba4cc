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
// caches each package's facts and findings (see vet.go); the units of
// go vet that cannot hold a status cost a process start (see unit.go).
// -tags selects build tags in either mode (see flags.go).
//
// Run statuscode -help for every flag.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuscode-lint/statuscode/analyzer"
)

func main() {
	args, tags, hasTags, err := takeBuildFlags(os.Args[1:], &analyzer.Analyzer.Flags)
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuscode: %v\n", err)
		os.Exit(2)
	}
	if vet, out, ok := vetArgs(args, &analyzer.Analyzer.Flags); ok && goVersionOK() {
		if self, err := os.Executable(); err == nil {
			if hasTags {
				vet = append([]string{"-tags=" + tags}, vet...)
			}
			os.Exit(runVet(self, vet, out))
		}
	}
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		rest, done, vetxOnly, err := unit(args)
		if err != nil {
			fmt.Fprintf(os.Stderr, "statuscode: %v\n", err)
			os.Exit(1)
		}
		if done {
			os.Exit(0)
		}
		if vetxOnly {
			failDependency(analyzer.Analyzer)
		}
		args = rest
	}
	if hasTags {
		if err := loaderTags(tags); err != nil {
			fmt.Fprintf(os.Stderr, "statuscode: %v\n", err)
			os.Exit(1)
		}
	}
	os.Args = append(os.Args[:1], args...)
	flag.CommandLine.Usage = usage
	singlechecker.Main(analyzer.Analyzer)
}
