//go:build abbench

// Command abbench times two copies of the analyzer package on the same
// loaded packages, in one process, in alternating rounds: a paired
// measure that the machine's drift between runs (often 10 % and more on
// shared cores) does not blur. scripts/bench.sh -ab builds it, with the
// copy of a commit as package base and the working tree's as package head
// (import paths rewritten), and runs it in a module's directory; this file
// is built only there.
//
// Each round runs every pass with one copy, then with the other (the
// order alternates), after a collection; it prints the medians per copy
// and the median of the rounds' ratios head/base. The passes have no
// facts: the flow starts from what each package holds, as in go test's
// BenchmarkStatuscode.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	base "abbench/base"
	head "abbench/head"
)

func main() {
	rounds := flag.Int("rounds", 20, "number of paired rounds")
	iters := flag.Int("n", 8, "runs over every pass per copy and round")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("abbench: ")

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Tests: true}, "./...")
	if err != nil {
		log.Fatal(err)
	}
	var passes []*analysis.Pass
	for _, p := range pkgs {
		if p.Types == nil || len(p.Syntax) == 0 {
			continue
		}
		passes = append(passes, &analysis.Pass{
			Fset: p.Fset, Files: p.Syntax, Pkg: p.Types, TypesInfo: p.TypesInfo,
			ResultOf: map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
			Report:   func(analysis.Diagnostic) {},
		})
	}
	copies := []*analysis.Analyzer{base.New(base.DefaultConfig()), head.New(head.DefaultConfig())}
	names := []string{"base", "head"}
	runAll := func(a *analysis.Analyzer) {
		for _, pass := range passes {
			pass.Analyzer = a
			if _, err := a.Run(pass); err != nil {
				log.Fatal(err)
			}
		}
	}
	for _, a := range copies {
		runAll(a) // warm up: go/types' lazy completions, the pools
	}
	ms := make([][]float64, len(copies))
	for r := range *rounds {
		for k := range copies {
			i := (k + r) % len(copies)
			runtime.GC()
			start := time.Now()
			for range *iters {
				runAll(copies[i])
			}
			ms[i] = append(ms[i], float64(time.Since(start).Nanoseconds())/1e6/float64(*iters))
		}
	}
	ratios := make([]float64, *rounds)
	for r := range ratios {
		ratios[r] = ms[1][r] / ms[0][r]
	}
	fmt.Fprintf(os.Stdout, "%d passes, %d rounds of %d runs per copy\n", len(passes), *rounds, *iters)
	for i, name := range names {
		fmt.Printf("%-5s median %6.2f ms  min %6.2f ms\n", name, median(ms[i]), slices.Min(ms[i]))
	}
	fmt.Printf("head/base: median of the rounds' ratios %.3f (min %.3f, max %.3f)\n", median(ratios), slices.Min(ratios), slices.Max(ratios))
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}
