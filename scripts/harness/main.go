// Command harness times the statuscode pass as a driver runs it, side by
// side with usestdlibvars v1.29.0 (golangci-lint's linter for HTTP status
// constants, with its defaults) and a bare walk over every *ast.CallExpr
// through the same inspector.
//
// It loads the packages once, with every dependency from source
// (packages.LoadAllSyntax), then runs x/tools' checker.Analyze over the
// three analyzers, sequentially, ROUNDS times after one warm-up round.
// Each round sums each analyzer's action durations over the root packages,
// and statuscode's apart over the dependencies: its facts make the
// checker run it there too, which the other two, without facts, are
// spared. An action's duration includes reading its imports' facts. It
// prints each round's sums, their medians and the ratios:
//
//	statuscode roots / usestdlibvars     (target: at most 1.0)
//	statuscode roots / bare walk         (target: at most 2.5)
//	statuscode deps / statuscode roots   (target: at most 0.5)
//
// Usage, from a module's directory (scripts/bench.sh -harness sets it up):
//
//	harness [-rounds N] [-tests=false] [-flow=false] [-top N] [-cpuprofile FILE] [packages]
//
// The packages default to ./... with their tests.
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"

	usestdlibvars "github.com/sashamelentyev/usestdlibvars/pkg/analyzer"

	"github.com/statuscode-lint/statuscode/analyzer"
)

var (
	rounds = flag.Int("rounds", 7, "timed `rounds`, after one warm-up round")
	tests  = flag.Bool("tests", true, "load the packages' tests too")
	flow   = flag.Bool("flow", true, "statuscode's -flow: with it off, statuscode has no facts and runs on the roots only")
	top    = flag.Int("top", 0, "also list the `N` root packages and dependencies on which statuscode spent the most, in the last round")
	prof   = flag.String("cpuprofile", "", "write a CPU profile of the timed rounds to `file`")
)

// walkAnalyzer is the floor of any call-site linter.
var walkAnalyzer = &analysis.Analyzer{
	Name:     "walk",
	Doc:      "walk visits every call expression through the inspector and does nothing",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		calls := 0
		pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(ast.Node) { calls++ })
		return nil, nil
	},
}

// sums are one round's durations.
type sums struct {
	roots, deps, usv, walk time.Duration
	nroots, ndeps          int
	slowest, slowestRoots  []*checker.Action
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: harness [-rounds N] [-tests=false] [-flow=false] [-top N] [-cpuprofile FILE] [packages]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *rounds < 1 {
		fmt.Fprintln(os.Stderr, "harness: -rounds must be at least 1")
		os.Exit(2)
	}
	if err := analyzer.Analyzer.Flags.Set("flow", fmt.Sprint(*flow)); err != nil {
		fmt.Fprintf(os.Stderr, "harness: %v\n", err)
		os.Exit(2)
	}
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}

	t0 := time.Now()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Tests: *tests}, patterns...)
	if err != nil {
		fmt.Fprintf(os.Stderr, "harness: %v\n", err)
		os.Exit(1)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		fmt.Fprintf(os.Stderr, "harness: %d errors while loading; timing what loaded\n", n)
	}
	fmt.Printf("loaded %d root packages in %.1fs\n", len(pkgs), time.Since(t0).Seconds())

	rootPkgs := make(map[*types.Package]bool, len(pkgs))
	for _, p := range pkgs {
		rootPkgs[p.Types] = true
	}
	analyzers := []*analysis.Analyzer{labelled(analyzer.Analyzer, rootPkgs), usestdlibvars.New(), walkAnalyzer}
	var all []sums
	for r := 0; r <= *rounds; r++ {
		if r == 1 && *prof != "" {
			f, err := os.Create(*prof)
			if err != nil {
				fmt.Fprintf(os.Stderr, "harness: %v\n", err)
				os.Exit(1)
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				fmt.Fprintf(os.Stderr, "harness: %v\n", err)
				os.Exit(1)
			}
			defer pprof.StopCPUProfile()
		}
		runtime.GC()
		g, err := checker.Analyze(analyzers, pkgs, &checker.Options{Sequential: true})
		if err != nil {
			fmt.Fprintf(os.Stderr, "harness: %v\n", err)
			os.Exit(1)
		}
		s := sum(g, analyzers)
		if r == 0 {
			fmt.Printf("actions: statuscode on %d roots and %d dependencies\n", s.nroots, s.ndeps)
			fmt.Printf("%-6s %12s %12s %14s %10s\n", "round", "sc roots", "sc deps", "usestdlibvars", "walk")
			continue
		}
		fmt.Printf("%-6d %12s %12s %14s %10s\n", r, ms(s.roots), ms(s.deps), ms(s.usv), ms(s.walk))
		all = append(all, s)
	}

	roots := median(all, func(s sums) time.Duration { return s.roots })
	deps := median(all, func(s sums) time.Duration { return s.deps })
	usv := median(all, func(s sums) time.Duration { return s.usv })
	walk := median(all, func(s sums) time.Duration { return s.walk })
	fmt.Printf("%-6s %12s %12s %14s %10s\n", "median", ms(roots), ms(deps), ms(usv), ms(walk))
	fmt.Printf("\nstatuscode roots / usestdlibvars: %.2fx (target <= 1.0x)\n", ratio(roots, usv))
	fmt.Printf("statuscode roots / bare walk:     %.2fx (target <= 2.5x)\n", ratio(roots, walk))
	fmt.Printf("statuscode deps / roots:          %.2fx (target <= 0.5x)\n", ratio(deps, roots))

	if *top > 0 {
		for _, list := range []struct {
			what string
			acts []*checker.Action
		}{
			{"root packages", all[len(all)-1].slowestRoots},
			{"dependencies", all[len(all)-1].slowest},
		} {
			fmt.Printf("\nslowest %s (last round):\n", list.what)
			for _, act := range list.acts[:min(*top, len(list.acts))] {
				fmt.Printf("  %8s  %s\n", ms(act.Duration), act.Package.ID)
			}
		}
	}
}

// labelled returns a copy of a whose passes carry the profile label
// statuscode=root or statuscode=dep (pprof -tagfocus).
func labelled(a *analysis.Analyzer, roots map[*types.Package]bool) *analysis.Analyzer {
	b := *a
	b.Run = func(pass *analysis.Pass) (res any, err error) {
		label := "dep"
		if roots[pass.Pkg] {
			label = "root"
		}
		pprof.Do(context.Background(), pprof.Labels("statuscode", label), func(context.Context) {
			res, err = a.Run(pass)
		})
		return res, err
	}
	return &b
}

// sum adds up one graph's action durations by analyzer, statuscode's by
// roots and dependencies.
func sum(g *checker.Graph, analyzers []*analysis.Analyzer) sums {
	var s sums
	for act := range g.All() {
		switch act.Analyzer {
		case analyzers[0]:
			if act.IsRoot {
				s.roots += act.Duration
				s.nroots++
				s.slowestRoots = append(s.slowestRoots, act)
			} else {
				s.deps += act.Duration
				s.ndeps++
				s.slowest = append(s.slowest, act)
			}
		case walkAnalyzer:
			s.walk += act.Duration
		case inspect.Analyzer:
		default:
			s.usv += act.Duration
		}
	}
	slices.SortFunc(s.slowest, func(a, b *checker.Action) int { return cmp.Compare(b.Duration, a.Duration) })
	slices.SortFunc(s.slowestRoots, func(a, b *checker.Action) int { return cmp.Compare(b.Duration, a.Duration) })
	return s
}

func median(all []sums, f func(sums) time.Duration) time.Duration {
	d := make([]time.Duration, len(all))
	for i, s := range all {
		d[i] = f(s)
	}
	slices.Sort(d)
	if n := len(d); n%2 == 0 {
		return (d[n/2-1] + d[n/2]) / 2
	}
	return d[len(d)/2]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
