// Command nopchecker is a singlechecker whose analyzer requires
// inspect.Analyzer and does nothing else. scripts/timing.sh times it against
// statuscode: the difference is what statuscode's own pass costs on top of
// loading, type-checking and building the inspector.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

var analyzer = &analysis.Analyzer{
	Name:     "nop",
	Doc:      "nop requires the inspector and reports nothing",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(analyzer) }
