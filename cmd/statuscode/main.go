// Command statuscode reports magic HTTP status and WebSocket close codes
// and fixes them with the named constants.
//
// Usage:
//
//	statuscode [flags] packages...         # report
//	statuscode -fix [-diff] packages...    # apply (or show) the fixes
//	go vet -vettool=$(which statuscode) packages...
//
// Run statuscode -help for every flag.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuscode-lint/statuscode/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
