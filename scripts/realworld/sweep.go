package main

// The sweep (-sweep; scripts/realworld.sh --sweep): statuscode on a broad
// corpus of real Go code (scripts/sweep.txt), chosen for the kinds of Go it
// holds rather than for status codes, to find crashes. Nothing is fixed,
// built or vetted. For each module, in a copy made as the main mode makes
// it (setup):
//
//	go list -e ./...         # package count
//	statuscode -json ./...   # timed: findings, analyzer errors, crashes
//
// A crash is a go vet unit (or the statuscode process itself) that
// panicked or died with a fatal runtime error: its output has "panic:" or
// "fatal error:" and a goroutine's stack. Crashes are told apart by the top
// frames of that stack. Analyzer errors are the {"error": ...} entries of
// the JSON tree; those whose text says "bug" are the analyzer's own report
// of an internal bug. A unit that failed without crashing (code that Go
// 1.26 does not type-check, a cgo failure) and a module that cannot be set
// up are reported, and do not fail the run. The exit status is 1 when a
// module has a crash or an analyzer error.

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
)

// crash is a go vet unit, or statuscode itself, that panicked or died
// with a fatal runtime error.
type crash struct {
	Pkg     string   // go vet's "# pkg" header before it; "" for the statuscode process
	Message string   // the "panic: ..." or "fatal error: ..." line
	Frames  []string // the crashing goroutine's top functions, without the runtime's
}

// top is the stack top that tells crashes apart.
func (c crash) top() string {
	if len(c.Frames) == 0 {
		return "(no stack)"
	}
	return strings.Join(c.Frames, " < ")
}

// unitFailure is a go vet unit that failed without crashing.
type unitFailure struct {
	Pkg, Message string // go vet's header, and the first line under it
	// After: the unit could not read a dependency's facts ("no package
	// vetx file"), because that dependency's unit failed or crashed first.
	After bool
}

// sweepResult is one row of the sweep's table.
type sweepResult struct {
	Mod      module
	Packages int
	Findings int // deduplicated, as in the main mode
	Flow     int // of which flow findings
	Took     time.Duration
	Crashes  []crash
	Errors   []string // analyzer errors, "pkg: text"
	Bugs     int      // Errors whose text says "bug"
	Panics   []crash  // the panics that Errors report, with their stacks
	Units    []unitFailure
	Failed   string // why the module could not be set up or checked
}

// crashFrames is how many frames tell a crash's stack apart.
const crashFrames = 3

var goroutineRE = regexp.MustCompile(`^goroutine \d+ .*\[running\]:$`)

// vetFailures reads the stderr of statuscode -json, which passes on go
// vet's: a "# pkg" header, then what the unit printed, for each unit that
// failed. Lines of the go command ("go: downloading ...") are skipped.
func vetFailures(stderr []byte) (crashes []crash, units []unitFailure) {
	type section struct {
		pkg   string
		lines []string
	}
	var secs []section
	cur := section{}
	for _, line := range strings.Split(string(stderr), "\n") {
		line = strings.TrimRight(line, "\r")
		if pkg, ok := strings.CutPrefix(line, "# "); ok {
			secs = append(secs, cur)
			cur = section{pkg: pkg}
			continue
		}
		if strings.HasPrefix(line, "go: ") && cur.pkg == "" {
			continue // the go command's own notes, before any unit
		}
		if strings.TrimSpace(line) != "" || len(cur.lines) > 0 {
			cur.lines = append(cur.lines, line)
		}
	}
	secs = append(secs, cur)
	for _, s := range secs {
		if len(s.lines) == 0 {
			continue
		}
		if c, ok := crashIn(s.lines); ok {
			c.Pkg = s.pkg
			crashes = append(crashes, c)
			continue
		}
		msg := strings.TrimSpace(s.lines[0])
		units = append(units, unitFailure{Pkg: s.pkg, Message: msg, After: strings.Contains(msg, "no package vetx file")})
	}
	return crashes, units
}

// crashIn reports whether lines hold a panic or a fatal runtime error,
// with its message and the top frames of the goroutine that was running.
// The frames start after the last call of panic in that stack: what comes
// before it is a deferred function's (a recovery that reports the panic,
// with the stack of runtime/debug.Stack, or a panic raised again).
func crashIn(lines []string) (c crash, ok bool) {
	var stack []string // the running goroutine's functions, top first
	inStack, seen := false, false
	for _, line := range lines {
		switch {
		case c.Message == "" && (strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ")):
			c.Message = line
		case !inStack && !seen && goroutineRE.MatchString(line):
			inStack, seen = true, true
		case inStack:
			if line == "" || strings.HasPrefix(line, "created by ") {
				inStack = false
				continue
			}
			if strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "...") {
				continue // file:line, or "...additional frames elided..."
			}
			fn := line
			if i := strings.LastIndexByte(fn, '('); i > 0 && strings.HasSuffix(fn, ")") {
				fn = fn[:i]
			}
			stack = append(stack, fn)
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == "panic" {
			stack = stack[i+1:]
			break
		}
	}
	for _, fn := range stack {
		if strings.HasPrefix(fn, "runtime.") || strings.HasPrefix(fn, "runtime/debug.") {
			continue
		}
		if n := len(c.Frames); n > 0 && c.Frames[n-1] == fn {
			continue // recursion: one frame for the run
		}
		if c.Frames = append(c.Frames, fn); len(c.Frames) == crashFrames {
			break
		}
	}
	return c, c.Message != "" || seen
}

// bugRE finds the word "bug" ("a bug of statuscode"), not "debug".
var bugRE = regexp.MustCompile(`(?i)\bbug\b`)

// bugs counts the analyzer errors that report an internal bug.
func bugs(errs []string) int {
	n := 0
	for _, e := range errs {
		if bugRE.MatchString(e) {
			n++
		}
	}
	return n
}

// errorPanics returns the panics that analyzer errors report with their
// stack ("internal error analyzing package P, a bug of statuscode: ...
// panic: V" and the goroutine's stack), for grouping with the crashes.
func errorPanics(errs []string) []crash {
	var cs []crash
	for _, e := range errs {
		pkg, text, _ := strings.Cut(e, ": ")
		if c, ok := crashIn(strings.Split(text, "\n")); ok && c.Message != "" {
			c.Pkg = pkg
			cs = append(cs, c)
		}
	}
	return cs
}

// sweep runs statuscode -json on m and reads what it printed.
func sweep(m module) (r sweepResult) {
	r.Mod = m
	name := logName(m)
	logf, err := os.Create(filepath.Join(*scratch, "logs", name+".log"))
	if err != nil {
		r.Failed = err.Error()
		return r
	}
	defer logf.Close()

	rn, dir, err := setup(m, logf)
	if err != nil {
		r.Failed = "setup: " + err.Error()
		return r
	}
	out, _, _, err := rn.run("go", "list", "-e", "./...")
	if err != nil {
		r.Failed = err.Error()
		return r
	}
	r.Packages = len(strings.Fields(string(out)))

	t0 := time.Now()
	out, errb, code, err := rn.run(*statuscode, "-json", "./...")
	r.Took = time.Since(t0)
	if err != nil {
		r.Failed = err.Error()
		return r
	}
	fmt.Fprintf(logf, "(exit %d, %s)\n", code, r.Took.Round(time.Millisecond))
	if err := os.WriteFile(filepath.Join(*scratch, "logs", name+".json"), out, 0o644); err != nil {
		r.Failed = err.Error()
		return r
	}
	r.Crashes, r.Units = vetFailures(errb)
	f, err := parse(out)
	if err != nil {
		r.Failed = fmt.Sprintf("statuscode -json exited %d, output not read (%v): %s", code, err, firstLines(errb, 3))
		return r
	}
	r.Findings = len(f.Diags)
	r.Flow, _ = f.flows()
	r.Errors = f.Errors
	r.Bugs = bugs(f.Errors)
	r.Panics = errorPanics(f.Errors)
	writeFindings(logf, dir, f)
	if err := os.WriteFile(filepath.Join(*scratch, "logs", name+".findings"), findingsText(dir, f), 0o644); err != nil {
		r.Failed = err.Error()
		return r
	}
	if code != 0 && len(r.Crashes) == 0 && len(r.Units) == 0 && len(r.Errors) == 0 {
		r.Failed = fmt.Sprintf("statuscode -json exited %d: %s", code, firstLines(errb, 3))
	}
	return r
}

// unitCounts counts the failed units, apart from those that failed only
// because a dependency's unit had failed first.
func (r sweepResult) unitCounts() (first, after int) {
	for _, u := range r.Units {
		if u.After {
			after++
		} else {
			first++
		}
	}
	return first, after
}

func (r sweepResult) status() string {
	var s []string
	if len(r.Crashes) > 0 {
		s = append(s, "CRASH")
	}
	if len(r.Errors) > 0 {
		s = append(s, "ERROR")
	}
	if r.Failed != "" {
		s = append(s, "not checked")
	}
	if first, _ := r.unitCounts(); first > 0 && len(r.Crashes) == 0 {
		s = append(s, "units failed")
	}
	if len(s) == 0 {
		return "ok"
	}
	return strings.Join(s, ", ")
}

// sweepHeader is the sweep's table header.
const sweepHeader = "| module | version | packages | findings | of which flow | statuscode time | crashes | analyzer errors | of which bugs | failed units | status |\n" +
	"|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"

func (r sweepResult) row() string {
	first, after := r.unitCounts()
	units := fmt.Sprint(first)
	if after > 0 {
		units += fmt.Sprintf(" (+%d after)", after)
	}
	return fmt.Sprintf("| %s | %s | %d | %d | %d | %s | %d | %d | %d | %s | %s |",
		r.Mod.Path, r.Mod.Version, r.Packages, r.Findings, r.Flow, roundTook(r.Took),
		len(r.Crashes), len(r.Errors), r.Bugs, units, r.status())
}

func roundTook(d time.Duration) string {
	return d.Round(100 * time.Millisecond).String()
}

// sweepAll runs the sweep on mods, prints the table, the crashes by stack
// top and the errors, and returns the exit status.
func sweepAll(mods []module) int {
	start := time.Now()
	var results []sweepResult
	for i, m := range mods {
		fmt.Fprintf(os.Stderr, "\n=== [%d/%d] %s\n", i+1, len(mods), m)
		r := sweep(m)
		results = append(results, r)
		fmt.Fprintf(os.Stderr, "=== %s: %s, statuscode %s\n", m, r.status(), roundTook(r.Took))
	}
	elapsed := time.Since(start).Round(time.Second)

	fmt.Println()
	fmt.Println(sweepHeader)
	var tot sweepResult
	var crashed, errored, failed int
	for _, r := range results {
		fmt.Println(r.row())
		tot.Packages += r.Packages
		tot.Findings += r.Findings
		tot.Flow += r.Flow
		tot.Took += r.Took
		tot.Crashes = append(tot.Crashes, r.Crashes...)
		tot.Errors = append(tot.Errors, r.Errors...)
		tot.Bugs += r.Bugs
		tot.Units = append(tot.Units, r.Units...)
		if len(r.Crashes) > 0 {
			crashed++
		}
		if len(r.Errors) > 0 {
			errored++
		}
		if r.Failed != "" {
			failed++
		}
	}
	first, after := tot.unitCounts()
	fmt.Printf("| **total** (%d modules) | | %d | %d | %d | %s | %d | %d | %d | %d (+%d after) | %d crashed, %d with analyzer errors, %d not checked |\n",
		len(results), tot.Packages, tot.Findings, tot.Flow, roundTook(tot.Took),
		len(tot.Crashes), len(tot.Errors), tot.Bugs, first, after, crashed, errored, failed)
	fmt.Printf("\n%d modules in %s (statuscode -json alone: %s); logs in %s\n",
		len(results), elapsed, tot.Took.Round(time.Second), filepath.Join(*scratch, "logs"))

	// The crashes, and the panics that analyzer errors report, by stack
	// top, each with where it happened.
	where := map[string][]string{}
	msg := map[string]string{}
	for _, r := range results {
		for i, c := range append(slices.Clip(r.Crashes), r.Panics...) {
			k := c.top()
			at := c.Pkg
			if at == "" {
				at = "statuscode itself"
			}
			if i < len(r.Crashes) {
				at += " (crash)"
			} else {
				at += " (analyzer error)"
			}
			where[k] = append(where[k], r.Mod.Path+": "+at)
			if msg[k] == "" {
				msg[k] = c.Message
			}
		}
	}
	if len(where) > 0 {
		tops := make([]string, 0, len(where))
		for k := range where {
			tops = append(tops, k)
		}
		sort.Slice(tops, func(i, j int) bool {
			if len(where[tops[i]]) != len(where[tops[j]]) {
				return len(where[tops[i]]) > len(where[tops[j]])
			}
			return tops[i] < tops[j]
		})
		fmt.Printf("\n%d distinct panics and fatal errors, by stack top:\n", len(tops))
		for i, k := range tops {
			fmt.Printf("\n%d. %s\n   %s\n", i+1, msg[k], k)
			for _, w := range where[k] {
				fmt.Printf("   - %s\n", w)
			}
		}
	}
	fmt.Println()
	for _, r := range results {
		for _, e := range r.Errors {
			// A bug's report carries its stack: its first line and the
			// panic here, the rest in DIR/logs/MODULE.json.
			first, rest, _ := strings.Cut(e, "\n")
			if c, ok := crashIn(strings.Split(rest, "\n")); ok && c.Message != "" {
				first += " " + c.Message
			}
			fmt.Printf("ERROR %s: %s\n", r.Mod, first)
		}
		if r.Failed != "" {
			fmt.Printf("not checked %s: %s\n", r.Mod, r.Failed)
		}
		n := 0
		for _, u := range r.Units {
			if u.After {
				continue
			}
			if n++; n > 5 {
				fmt.Printf("units %s: ... (DIR/logs/%s.log)\n", r.Mod, logName(r.Mod))
				break
			}
			fmt.Printf("units %s: %s: %s\n", r.Mod, u.Pkg, u.Message)
		}
	}
	if crashed > 0 || errored > 0 {
		fmt.Printf("FAIL: %d modules crashed, %d had analyzer errors\n", crashed, errored)
		return 1
	}
	fmt.Printf("ok: no crash and no analyzer error in %d modules\n", len(results)-failed)
	return 0
}
