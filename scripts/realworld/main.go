// Command realworld runs a statuscode binary on a corpus of public modules
// taken from the Go module proxy, applies its fixes, and checks that every
// module still builds and vets and that no fixable finding is left.
//
// It is run by scripts/realworld.sh, which builds the statuscode binary
// first; see there for usage. Only the standard library is used.
//
// For each module in the list it runs, in a copy under the scratch
// directory (every command is printed to stderr):
//
//	go mod download -json MOD@VERSION       # module proxy -> module cache
//	cp -R DIR COPY && chmod -R u+w COPY     # the module cache is read-only
//	go mod edit -dropreplace=PATH           # a local replacement not in the zip (a nested module)
//	go mod download                         # the module's dependencies
//	go list -e ./...                        # package count
//	go build ./... ; go vet ./...           # before the fixes
//	statuscode -json ./...                  # findings by category, analyzer errors
//	statuscode -fix ./...
//	go build ./... ; go vet ./...           # after the fixes
//	statuscode -json ./...                  # findings that still offer a fix
//
// and prints one table row per module and a total. Findings are split by
// kind: "direct" ones have the literal written at the status API
// (w.WriteHeader(404), rec.Code == 200); "flow" ones reach it through the
// package's own variables, fields, results or helpers, and say so in their
// message ("passed to respondJSON (reaches http.ResponseWriter.WriteHeader)",
// "stored in want (compared with httptest.ResponseRecorder.Code)",
// "compared with got (holds ...)"). They are also counted by
// category: "http" and "websocket" are magic codes, which come with a fix
// unless the constant's package cannot be imported from the file (counted
// in "no fix"); "invalid" codes (w.WriteHeader(1000), close code 1006 sent)
// are reported without a fix by design. Neither kind of finding without a
// fix fails the run. The exit status is 1 when any module has an analyzer
// error or panic, a build or vet failure introduced by the fixes, a
// finding that offered a fix and is still there after -fix, or cannot be
// set up (a version the proxy does not serve); 2 on a bad invocation or
// module list.
//
// Build and vet failures that exist before the fixes are not blamed on
// statuscode: the row says "pre" and the run fails only if the fixes add a
// new error message. Messages are compared with their line:column removed,
// because an added import shifts the lines below it.
//
// With -sweep it runs only go list and a timed statuscode -json on each
// module, to find crashes and analyzer errors on a broad corpus; see
// sweep.go.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

type module struct {
	Path, Version string
	CI            bool
}

func (m module) String() string { return m.Path + "@" + m.Version }

// diag is one statuscode diagnostic in -json output.
type diag struct {
	Category       string            `json:"category"`
	Posn           string            `json:"posn"`
	Message        string            `json:"message"`
	SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
	Related        []related         `json:"related"`
}

// related is one hop of a flow finding's path.
type related struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// flowMarkers end the path text of a flow finding's message: "passed to f
// (reaches X)", "stored in want (compared with X)", "compared with got
// (holds X)". The code text before them may have parentheses of its own
// ("0x1f4 (500)"), but never one of these.
var flowMarkers = []string{"(reaches ", "(compared with ", "(holds "}

// flow reports whether d was found by following a code through the
// package (-flow) rather than at the status API itself.
func (d diag) flow() bool {
	for _, m := range flowMarkers {
		if strings.Contains(d.Message, m) {
			return true
		}
	}
	return false
}

// cross reports whether d's path goes through another package (a fact):
// a hop names the package it leaves for ("httpx.JSON (package
// example.com/app/httpx) reaches ...").
func (d diag) cross() bool {
	for _, h := range d.Related {
		if strings.Contains(h.Message, " (package ") {
			return true
		}
	}
	return false
}

// kind is "cross" (a flow finding through another package), "flow" or
// "direct".
func (d diag) kind() string {
	switch {
	case d.cross():
		return "cross"
	case d.flow():
		return "flow"
	}
	return "direct"
}

// findings is a deduplicated statuscode -json result.
type findings struct {
	Diags  []diag   // unique by posn+message, sorted by posn
	Errors []string // analyzer errors, unique
}

func (f findings) count(category string) int {
	n := 0
	for _, d := range f.Diags {
		if d.Category == category {
			n++
		}
	}
	return n
}

// flows counts the flow findings, and those of them that go through
// another package; the others are direct.
func (f findings) flows() (flow, cross int) {
	for _, d := range f.Diags {
		if d.flow() {
			flow++
		}
		if d.cross() {
			cross++
		}
	}
	return flow, cross
}

func (f findings) fixable() int {
	n := 0
	for _, d := range f.Diags {
		if len(d.SuggestedFixes) > 0 {
			n++
		}
	}
	return n
}

// magicNoFix counts the magic-code findings (not "invalid") without a fix.
func (f findings) magicNoFix() int {
	n := 0
	for _, d := range f.Diags {
		if d.Category != "invalid" && len(d.SuggestedFixes) == 0 {
			n++
		}
	}
	return n
}

// categories are the diagnostic categories statuscode reports.
var categories = map[string]bool{"http": true, "websocket": true, "invalid": true}

// result is one table row.
type result struct {
	Mod             module
	Packages        int
	Direct, Flow    int // all findings, by kind: at the status API, or through the package
	Cross           int // the flow findings whose path goes through another package
	HTTP, WebSocket int // magic codes, by category
	Invalid         int // category "invalid": reported without a fix by design
	NoFix           int // magic codes without a fix (package not importable there)
	Fixable         int // findings with a fix before -fix
	Fixed           int // Fixable minus LeftFixable
	LeftFixable     int
	Build, Vet      string // ok, FAIL, pre (failed before the fixes too, nothing new)
	AnalyzerErrors  int
	Problems        []string // why this row fails the run
	Notes           []string // odd but not a failure: an unknown category, an invalid finding with a fix
	Duration        time.Duration
	Unreported      int // -audit: literals with a code's value that no finding reports
}

var (
	statuscode = flag.String("statuscode", "", "statuscode binary (required)")
	scratch    = flag.String("scratch", "", "scratch directory (required)")
	list       = flag.String("list", "", "module list file (required)")
	ciOnly     = flag.Bool("ci", false, "run only the modules marked ci in the list")
	only       = flag.String("only", "", "run only modules whose path contains this string")
	auditFlag  = flag.Bool("audit", false, "also list the literals with a code's value that statuscode leaves alone (audit.go), per module in DIR/logs/MODULE.audit")
	sweepFlag  = flag.Bool("sweep", false, "only run statuscode -json on each module and report crashes and analyzer errors (sweep.go); no fixes, no build or vet")
)

func main() {
	flag.Parse()
	if *statuscode == "" || *scratch == "" || *list == "" {
		fmt.Fprintln(os.Stderr, "realworld: -statuscode, -scratch and -list are required")
		os.Exit(2)
	}
	if *sweepFlag && *auditFlag {
		fmt.Fprintln(os.Stderr, "realworld: -audit does not go with -sweep")
		os.Exit(2)
	}
	mods, err := readList(*list)
	if err != nil {
		fatal(err)
	}
	var run []module
	for _, m := range mods {
		if (*ciOnly && !m.CI) || (*only != "" && !strings.Contains(m.Path, *only)) {
			continue
		}
		run = append(run, m)
	}
	if len(run) == 0 {
		fatal(errors.New("no module selected from " + *list))
	}
	for _, dir := range []string{"mods", "logs"} {
		if err := os.MkdirAll(filepath.Join(*scratch, dir), 0o755); err != nil {
			fatal(err)
		}
	}

	if *sweepFlag {
		os.Exit(sweepAll(run))
	}

	start := time.Now()
	var results []result
	failed := false
	for i, m := range run {
		fmt.Fprintf(os.Stderr, "\n=== [%d/%d] %s\n", i+1, len(run), m)
		r, err := check(m)
		if err != nil {
			// A module that cannot be set up is a failure of the run
			// (a pinned version vanished, the proxy is down): say so.
			r.Problems = append(r.Problems, "setup: "+err.Error())
		}
		if len(r.Problems) > 0 {
			failed = true
		}
		results = append(results, r)
		fmt.Fprintf(os.Stderr, "=== %s done in %s\n", m, r.Duration.Round(time.Second))
	}

	fmt.Println()
	fmt.Println(tableHeader)
	var tot result
	for _, r := range results {
		fmt.Println(r.row(r.Mod.Path, r.Mod.Version, r.Build, r.Vet, r.Duration.Round(time.Second).String()))
		tot.Packages += r.Packages
		tot.Direct += r.Direct
		tot.Flow += r.Flow
		tot.Cross += r.Cross
		tot.HTTP += r.HTTP
		tot.WebSocket += r.WebSocket
		tot.Invalid += r.Invalid
		tot.NoFix += r.NoFix
		tot.Fixed += r.Fixed
		tot.LeftFixable += r.LeftFixable
		tot.AnalyzerErrors += r.AnalyzerErrors
	}
	elapsed := time.Since(start).Round(time.Second)
	fmt.Println(tot.row(fmt.Sprintf("**total** (%d modules)", len(results)), "", "", "", elapsed.String()))
	fmt.Printf("\n%d modules in %s; findings per module in %s\n",
		len(results), elapsed, filepath.Join(*scratch, "logs"))
	if *auditFlag {
		fmt.Println("\n| module | magic codes reported | literals with a code's value left alone (to classify: DIR/logs/MODULE.audit) |")
		fmt.Println("|---|---:|---:|")
		total, left := 0, 0
		for _, r := range results {
			fmt.Printf("| %s | %d | %d |\n", r.Mod.Path, r.HTTP+r.WebSocket, r.Unreported)
			total += r.HTTP + r.WebSocket
			left += r.Unreported
		}
		fmt.Printf("| **total** | %d | %d |\n", total, left)
	}
	for _, r := range results {
		for _, n := range r.Notes {
			fmt.Printf("note %s: %s\n", r.Mod, n)
		}
		for _, p := range r.Problems {
			fmt.Printf("FAIL %s: %s\n", r.Mod, p)
		}
	}
	if failed {
		os.Exit(1)
	}
	fmt.Println("ok: no analyzer error, every fix applied, builds and vet unchanged by the fixes")
}

// tableHeader is the printed table's header: the findings split by kind
// (direct + flow = every finding) and by category (http + websocket +
// invalid = every finding), then what the fixes did.
const tableHeader = "| module | version | packages | direct | flow | of which cross-package | http | websocket | invalid (no fix) | magic, no fix | fixed | left fixable | build after fix | vet after fix | analyzer errors | time |\n" +
	"|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|"

// row is r as a table row with the given text columns.
func (r result) row(mod, version, build, vet, took string) string {
	return fmt.Sprintf("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %d | %s |",
		mod, version, r.Packages, r.Direct, r.Flow, r.Cross, r.HTTP, r.WebSocket, r.Invalid, r.NoFix,
		r.Fixed, r.LeftFixable, build, vet, r.AnalyzerErrors, took)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "realworld:", err)
	os.Exit(2)
}

// readList reads "module@version [ci]" lines; # starts a comment.
func readList(name string) ([]module, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var mods []module
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		path, version, ok := strings.Cut(fields[0], "@")
		if !ok || path == "" || version == "" || version == "latest" {
			return nil, fmt.Errorf("%s:%d: want module@version with an exact version, got %q", name, n, fields[0])
		}
		m := module{Path: path, Version: version}
		for _, tag := range fields[1:] {
			if tag != "ci" {
				return nil, fmt.Errorf("%s:%d: unknown tag %q (only \"ci\")", name, n, tag)
			}
			m.CI = true
		}
		mods = append(mods, m)
	}
	return mods, sc.Err()
}

// command runs name args in dir with GOWORK=off and GOFLAGS=-mod=mod,
// echoing it; it returns stdout, stderr and the exit code. Its output is
// also appended to the module's log. A command that cannot start is an error.
type runner struct {
	dir string
	log io.Writer
}

func (rn runner) run(name string, args ...string) (stdout, stderr []byte, code int, err error) {
	fmt.Fprintf(os.Stderr, "+ (cd %s && %s %s)\n", rn.dir, name, strings.Join(args, " "))
	fmt.Fprintf(rn.log, "\n+ %s %s\n", name, strings.Join(args, " "))
	cmd := exec.Command(name, args...)
	cmd.Dir = rn.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = io.MultiWriter(&errb, rn.log)
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.Bytes(), errb.Bytes(), ee.ExitCode(), nil
	}
	if err != nil {
		return nil, nil, -1, err
	}
	return out.Bytes(), errb.Bytes(), 0, nil
}

func check(m module) (r result, err error) {
	r = result{Mod: m, Build: "-", Vet: "-"}
	t0 := time.Now()
	defer func() { r.Duration = time.Since(t0) }()

	name := logName(m)
	logf, err := os.Create(filepath.Join(*scratch, "logs", name+".log"))
	if err != nil {
		return r, err
	}
	defer logf.Close()

	// 1-3. The module, a writable copy, its dependencies.
	rn, dir, err := setup(m, logf)
	if err != nil {
		return r, err
	}

	// 4. Package count, build and vet before the fixes.
	out, _, _, err := rn.run("go", "list", "-e", "./...")
	if err != nil {
		return r, err
	}
	r.Packages = len(strings.Fields(string(out)))
	buildBefore, err := goErrors(rn, "build", "./...")
	if err != nil {
		return r, err
	}
	vetBefore, err := goErrors(rn, "vet", "./...")
	if err != nil {
		return r, err
	}

	// 5. Findings.
	before, err := analyze(rn, &r, "before -fix")
	if err != nil {
		return r, err
	}
	r.HTTP, r.WebSocket, r.Invalid = before.count("http"), before.count("websocket"), before.count("invalid")
	r.Flow, r.Cross = before.flows()
	r.Direct = len(before.Diags) - r.Flow
	r.Fixable, r.NoFix = before.fixable(), before.magicNoFix()
	for _, d := range before.Diags {
		switch {
		case !categories[d.Category]:
			r.Notes = append(r.Notes, fmt.Sprintf("unknown category %q: %s: %s", d.Category, d.Posn, d.Message))
		case d.Category == "invalid" && len(d.SuggestedFixes) > 0:
			r.Notes = append(r.Notes, fmt.Sprintf("invalid code with a fix: %s: %s", d.Posn, d.Message))
		case d.flow() && len(d.Related) == 0:
			r.Notes = append(r.Notes, fmt.Sprintf("flow finding without related hops: %s: %s", d.Posn, d.Message))
		}
	}
	writeFindings(logf, dir, before)
	if err := os.WriteFile(filepath.Join(*scratch, "logs", name+".findings"), findingsText(dir, before), 0o644); err != nil {
		return r, err
	}
	if *auditFlag {
		missed, err := audit(dir, before)
		if err != nil {
			return r, err
		}
		r.Unreported = len(missed)
		if err := os.WriteFile(filepath.Join(*scratch, "logs", name+".audit"), auditText(missed), 0o644); err != nil {
			return r, err
		}
	}

	// 6. Fix; 0 = nothing left to report, 3 = diagnostics left (those without a fix).
	_, errb, code, err := rn.run(*statuscode, "-fix", "./...")
	if err != nil {
		return r, err
	}
	if code != 0 && code != 3 {
		r.Problems = append(r.Problems, fmt.Sprintf("statuscode -fix exited %d: %s", code, firstLines(errb, 5)))
	}
	if bytes.Contains(errb, []byte("panic:")) {
		r.Problems = append(r.Problems, "statuscode -fix panicked: "+firstLines(errb, 5))
	}

	// 7. Build and vet after the fixes, compared with before.
	buildAfter, err := goErrors(rn, "build", "./...")
	if err != nil {
		return r, err
	}
	vetAfter, err := goErrors(rn, "vet", "./...")
	if err != nil {
		return r, err
	}
	r.Build = compare(&r, "go build", buildBefore, buildAfter)
	r.Vet = compare(&r, "go vet", vetBefore, vetAfter)

	// 8. What is left.
	after, err := analyze(rn, &r, "after -fix")
	if err != nil {
		return r, err
	}
	// Only findings that offer a fix can be left over: invalid codes and
	// magic codes whose constant cannot be imported are reported again
	// after -fix by design, and must be the same ones.
	r.LeftFixable = after.fixable()
	r.Fixed = r.Fixable - r.LeftFixable
	if r.LeftFixable > 0 {
		r.Problems = append(r.Problems, fmt.Sprintf("%d fixable findings left after -fix", r.LeftFixable))
		writeFindings(os.Stderr, dir, after)
	}
	if inv := after.count("invalid"); inv != r.Invalid {
		r.Notes = append(r.Notes, fmt.Sprintf("%d invalid findings before -fix, %d after", r.Invalid, inv))
	}
	return r, nil
}

// setup puts a writable copy of m under DIR/mods with its dependencies
// downloaded, logging to logf, and returns a runner in the copy and its
// directory:
//
//	go mod download -json MOD@VERSION
//	cp -R DIR COPY && chmod -R u+w COPY
//	go mod edit -dropreplace=PATH            # only for a missing local replacement
//	go mod download
func setup(m module, logf io.Writer) (rn runner, dir string, err error) {
	// 1. The module itself, from the proxy.
	top := runner{dir: *scratch, log: logf}
	out, errb, code, err := top.run("go", "mod", "download", "-json", m.String())
	if err != nil {
		return rn, "", err
	}
	var dl struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &dl); jerr != nil || code != 0 || dl.Error != "" || dl.Dir == "" {
		return rn, "", fmt.Errorf("go mod download %s failed (exit %d): %s%s", m, code, dl.Error, strings.TrimSpace(string(errb)))
	}

	// 2. A writable copy.
	dir = filepath.Join(*scratch, "mods", logName(m))
	if err := os.RemoveAll(dir); err != nil {
		if err := exec.Command("chmod", "-R", "u+w", dir).Run(); err != nil {
			return rn, "", err
		}
		if err := os.RemoveAll(dir); err != nil {
			return rn, "", err
		}
	}
	for _, args := range [][]string{{"cp", "-R", dl.Dir, dir}, {"chmod", "-R", "u+w", dir}} {
		if _, errb, code, err := top.run(args[0], args[1:]...); err != nil || code != 0 {
			return rn, "", fmt.Errorf("%s failed: %v %s", strings.Join(args, " "), err, errb)
		}
	}
	rn = runner{dir: dir, log: logf}
	if err := dropMissingReplaces(rn, dir); err != nil {
		return rn, "", err
	}

	// 3. Its dependencies.
	if _, errb, code, err := rn.run("go", "mod", "download"); err != nil || code != 0 {
		return rn, "", fmt.Errorf("go mod download (dependencies) failed: %v %s", err, errb)
	}
	return rn, dir, nil
}

// dropMissingReplaces drops the replace directives of the copy's go.mod
// whose local directory is not in it: a nested module of the same
// repository (replace example.com/m/sub => ./sub) is left out of the
// module's zip, and then comes from the proxy at the required version.
func dropMissingReplaces(rn runner, dir string) error {
	out, errb, code, err := rn.run("go", "mod", "edit", "-json")
	if err != nil || code != 0 {
		return fmt.Errorf("go mod edit -json failed: %v %s", err, errb)
	}
	var mod struct {
		Replace []struct {
			Old, New struct{ Path, Version string }
		}
	}
	if err := json.Unmarshal(out, &mod); err != nil {
		return fmt.Errorf("go mod edit -json: %v", err)
	}
	for _, r := range mod.Replace {
		local := r.New.Version == "" && (strings.HasPrefix(r.New.Path, "./") || strings.HasPrefix(r.New.Path, "../"))
		if !local {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, r.New.Path)); err == nil {
			continue
		}
		old := r.Old.Path
		if r.Old.Version != "" {
			old += "@" + r.Old.Version
		}
		if _, errb, code, err := rn.run("go", "mod", "edit", "-dropreplace="+old); err != nil || code != 0 {
			return fmt.Errorf("go mod edit -dropreplace=%s failed: %v %s", old, err, errb)
		}
	}
	return nil
}

// logName is m as a file name: its logs are DIR/logs/NAME.*, its copy
// DIR/mods/NAME.
func logName(m module) string {
	return strings.NewReplacer("/", "_", "@", "_").Replace(m.String())
}

// analyze runs statuscode -json ./... and records analyzer errors and panics
// in r.
func analyze(rn runner, r *result, when string) (findings, error) {
	out, errb, code, err := rn.run(*statuscode, "-json", "./...")
	if err != nil {
		return findings{}, err
	}
	if bytes.Contains(errb, []byte("panic:")) {
		r.Problems = append(r.Problems, "statuscode panicked "+when+": "+firstLines(errb, 5))
	}
	if code != 0 {
		// -json exits 0 even with findings; anything else is a failure
		// (package load errors, a crash).
		r.Problems = append(r.Problems, fmt.Sprintf("statuscode -json exited %d %s: %s", code, when, firstLines(errb, 5)))
	}
	f, err := parse(out)
	if err != nil {
		r.Problems = append(r.Problems, fmt.Sprintf("statuscode -json output %s: %v", when, err))
		return f, nil
	}
	if len(f.Errors) > 0 {
		r.AnalyzerErrors = max(r.AnalyzerErrors, len(f.Errors))
		for _, e := range f.Errors {
			r.Problems = append(r.Problems, "analyzer error "+when+": "+e)
		}
	}
	return f, nil
}

// parse reads the singlechecker -json format,
// {"pkg": {"statuscode": [diag...] | {"error": "..."}}}. Test variants of a
// package list the same diagnostics again: dedupe by posn and message.
func parse(out []byte) (findings, error) {
	var f findings
	var top map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &top); err != nil {
		return f, err
	}
	seen := map[string]bool{}
	errs := map[string]bool{}
	for pkg, byAnalyzer := range top {
		for _, raw := range byAnalyzer {
			raw = bytes.TrimSpace(raw)
			if len(raw) > 0 && raw[0] == '{' {
				var e struct{ Error string }
				if err := json.Unmarshal(raw, &e); err != nil {
					return f, err
				}
				errs[pkg+": "+e.Error] = true
				continue
			}
			var ds []diag
			if err := json.Unmarshal(raw, &ds); err != nil {
				return f, err
			}
			for _, d := range ds {
				key := d.Posn + "\x00" + d.Message
				if !seen[key] {
					seen[key] = true
					f.Diags = append(f.Diags, d)
				}
			}
		}
	}
	sort.SliceStable(f.Diags, func(i, j int) bool { return posnLess(f.Diags[i].Posn, f.Diags[j].Posn) })
	for e := range errs {
		f.Errors = append(f.Errors, e)
	}
	sort.Strings(f.Errors)
	return f, nil
}

// findingsText is one line per finding, the direct ones first, then the
// flow ones, each group sorted by position:
//
//	file:line:col  kind  category  fix|nofix  message  [hops]
//
// separated by tabs, with paths relative to dir. A flow finding's hops
// (its related information) follow in a sixth column, "file:line:col
// message" each, joined by " | ".
// posnLess orders "file:line:col" positions by file, then line and column
// as numbers (a.go:9 before a.go:10).
func posnLess(a, b string) bool {
	fa, la, ca := splitPosn(a)
	fb, lb, cb := splitPosn(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return ca < cb
}

func splitPosn(p string) (file string, line, col int) {
	file = p
	if i := strings.LastIndexByte(file, ':'); i >= 0 {
		if n, err := strconv.Atoi(file[i+1:]); err == nil {
			file, col = file[:i], n
			if j := strings.LastIndexByte(file, ':'); j >= 0 {
				if n, err := strconv.Atoi(file[j+1:]); err == nil {
					file, line = file[:j], n
				}
			}
		}
	}
	if line == 0 { // file:line only
		line, col = col, 0
	}
	return file, line, col
}

func findingsText(dir string, f findings) []byte {
	var b bytes.Buffer
	rel := func(posn string) string { return strings.TrimPrefix(posn, dir+string(filepath.Separator)) }
	for _, flow := range []bool{false, true} {
		for _, d := range f.Diags {
			if d.flow() != flow {
				continue
			}
			fix := "fix"
			if len(d.SuggestedFixes) == 0 {
				fix = "nofix"
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s", rel(d.Posn), d.kind(), d.Category, fix, d.Message)
			if len(d.Related) > 0 {
				hops := make([]string, len(d.Related))
				for i, h := range d.Related {
					hops[i] = rel(h.Posn) + " " + h.Message
				}
				fmt.Fprintf(&b, "\t%s", strings.Join(hops, " | "))
			}
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func writeFindings(w io.Writer, dir string, f findings) {
	w.Write(findingsText(dir, f))
}

var posRE = regexp.MustCompile(`:\d+(:\d+)?`)

// goErrors runs go build/vet and returns nil on success, or the set of its
// error lines with line:column removed.
func goErrors(rn runner, verb string, args ...string) (map[string]bool, error) {
	_, errb, code, err := rn.run("go", append([]string{verb}, args...)...)
	if err != nil {
		return nil, err
	}
	if code == 0 {
		return nil, nil
	}
	set := map[string]bool{}
	for _, line := range strings.Split(string(errb), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[posRE.ReplaceAllString(line, "")] = true
	}
	if len(set) == 0 {
		set["exit status"] = true
	}
	return set, nil
}

// compare classifies a build or vet result after the fixes.
func compare(r *result, what string, before, after map[string]bool) string {
	if after == nil {
		return "ok"
	}
	var added []string
	for e := range after {
		if !before[e] {
			added = append(added, e)
		}
	}
	if len(added) == 0 {
		return "pre" // failed before the fixes with the same messages
	}
	sort.Strings(added)
	if len(added) > 5 {
		added = append(added[:5], "...")
	}
	r.Problems = append(r.Problems, fmt.Sprintf("%s fails after the fixes with new errors:\n\t%s", what, strings.Join(added, "\n\t")))
	return "FAIL"
}

func firstLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, "\n\t")
}
