package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// The flow's facts make a driver analyze every dependency of the packages
// it checks. x/tools' checker, behind singlechecker, would load and
// type-check all of them from source on every run. go vet analyzes each
// package once, in its own process, and keeps each one's facts and
// findings in the build cache: a second run re-analyzes only what changed.
// So a plain "statuscode [flags] packages" hands the run to
// "go vet -vettool=statuscode" and prints what it reports as singlechecker
// would: the same text (with related positions), the same JSON tree, the
// same exit codes. -fix and -diff go to go vet's own -fix and -diff.
//
// The run stays in this process when go vet cannot take it: with
// -flow=false (no facts: the checker loads only the packages named), with
// a flag go vet has no equivalent for (-test=false, -debug, profiles), or
// with a go command older than 1.26.

// vetArgs returns go vet's arguments for a run of statuscode with args,
// and the flags the output needs, or ok false if the run stays here. The
// analyzer's flags, in fs, must be known and their values valid: what is
// not stays here too, where singlechecker says what is wrong.
func vetArgs(args []string, fs *flag.FlagSet) (vet []string, out outputFlags, ok bool) {
	out.context = -1
	i := 0
	for ; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			i++
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		switch name {
		case "V", "flags", "help", "h", "debug", "cpuprofile", "memprofile", "trace":
			return nil, out, false
		case "test":
			if hasValue && value != "true" {
				return nil, out, false
			}
			continue
		case "flow":
			if hasValue && value != "true" {
				return nil, out, false
			}
		case "json":
			out.json = !hasValue || value == "true"
			continue
		case "fix":
			out.fix = !hasValue || value == "true"
			continue
		case "diff":
			out.diff = !hasValue || value == "true"
			continue
		case "c":
			if !hasValue {
				if i+1 >= len(args) {
					return nil, out, false
				}
				i++
				value = args[i]
			}
			n, err := strconv.Atoi(value)
			if err != nil {
				return nil, out, false
			}
			out.context = n
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			return nil, out, false
		}
		if !takesValue(name, fs) {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue { // -funcs LIST
			if i+1 >= len(args) {
				return nil, out, false
			}
			i++
			value = args[i]
			arg = "-" + name + "=" + value
		}
		if err := f.Value.Set(value); err != nil {
			return nil, out, false
		}
		vet = append(vet, arg)
	}
	pkgs := args[i:]
	if len(pkgs) == 0 || strings.HasSuffix(pkgs[0], ".cfg") {
		return nil, out, false // no packages (usage), or a unit of go vet
	}
	switch {
	case out.fix && out.diff:
		vet = append(vet, "-fix", "-diff")
	case out.fix:
		vet = append(vet, "-fix")
	default:
		vet = append(vet, "-json")
	}
	return append(vet, pkgs...), out, true
}

// outputFlags are the flags that say how to print.
type outputFlags struct {
	json, fix, diff bool
	context         int
}

// goVersionOK reports whether the go command is 1.26 or newer: older ones
// have no go vet -fix, and print the tool's JSON with other output.
func goVersionOK() bool {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return false
	}
	v, ok := strings.CutPrefix(strings.TrimSpace(string(out)), "go1.")
	if !ok {
		return false
	}
	minor, _, _ := strings.Cut(v, ".")
	n, err := strconv.Atoi(strings.TrimRightFunc(minor, func(r rune) bool { return r < '0' || r > '9' }))
	return err == nil && n >= 26
}

// runVet runs go vet with self as its tool and returns the exit code.
func runVet(self string, args []string, out outputFlags) int {
	cmd := exec.Command("go", append([]string{"vet", "-vettool=" + self}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			fmt.Fprintf(os.Stderr, "statuscode: running go vet: %v\n", err)
			return 1
		}
		code = ee.ExitCode()
	}
	if out.fix {
		// go vet -fix -diff exits 1 when it prints a diff; statuscode,
		// like singlechecker, only when something failed.
		os.Stdout.Write(stdout.Bytes())
		os.Stderr.Write(stderr.Bytes())
		if code == 1 && out.diff && stdout.Len() > 0 && stderr.Len() == 0 {
			code = 0
		}
		return code
	}
	tree, perr := readTrees(&stdout)
	os.Stderr.Write(stderr.Bytes()) // the go command's own errors: build failures, bad patterns
	if perr != nil {
		fmt.Fprintf(os.Stderr, "statuscode: reading go vet's output: %v\n", perr)
		return 1
	}
	if code != 0 {
		code = 1
	}
	if out.json {
		data, err := json.MarshalIndent(tree, "", "\t")
		if err != nil {
			fmt.Fprintf(os.Stderr, "statuscode: %v\n", err)
			return 1
		}
		fmt.Printf("%s\n", data)
		if tree.failed() {
			code = 1 // a pass failed: findings exit 0, a bug does not
		}
		return code
	}
	if tree.print(os.Stderr, out.context) && code == 0 {
		code = 3
	}
	if tree.failed() {
		code = 1
	}
	return code
}

// A jsonTree is the -json output: package ID, analyzer name, then a list
// of diagnostics or an error.
type jsonTree map[string]map[string]json.RawMessage

type jsonDiagnostic struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
	Related []struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	} `json:"related"`
}

// readTrees merges the JSON trees that go vet prints, one per package.
func readTrees(r io.Reader) (jsonTree, error) {
	tree := make(jsonTree)
	dec := json.NewDecoder(r)
	for {
		var t jsonTree
		if err := dec.Decode(&t); err == io.EOF {
			return tree, nil
		} else if err != nil {
			return nil, err
		}
		for id, results := range t {
			tree[id] = results
		}
	}
}

// print prints the diagnostics as singlechecker does, each once, in
// package order, and the analyzers' errors; it reports whether it printed
// a diagnostic.
func (t jsonTree) print(w io.Writer, context int) bool {
	ids := make([]string, 0, len(t))
	for id := range t {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	seen := make(map[string]bool)
	printed := false
	for _, id := range ids {
		for name, msg := range t[id] {
			var diags []jsonDiagnostic
			if err := json.Unmarshal(msg, &diags); err != nil {
				var e struct{ Error string }
				json.Unmarshal(msg, &e)
				fmt.Fprintf(w, "%s: %s: %s\n", id, name, e.Error)
				continue
			}
			for _, d := range diags {
				if key := d.Posn + "\x00" + d.Message; !seen[key] {
					seen[key] = true
					printPlain(w, d.Posn, d.End, d.Message, context)
					for _, rel := range d.Related {
						printPlain(w, rel.Posn, rel.End, "\t"+rel.Message, context)
					}
					printed = true
				}
			}
		}
	}
	return printed
}

// failed reports whether an analyzer failed on a package.
func (t jsonTree) failed() bool {
	for _, results := range t {
		for _, msg := range results {
			if len(msg) > 0 && msg[0] != '[' {
				return true
			}
		}
	}
	return false
}

// printPlain prints one position and message, and with context >= 0 the
// lines around it, as x/tools' drivers do.
func printPlain(w io.Writer, posn, end, message string, context int) {
	fmt.Fprintf(w, "%s: %s\n", posn, message)
	if context < 0 {
		return
	}
	file, line, ok := fileLine(posn)
	if !ok {
		return
	}
	_, endLine, ok := fileLine(end)
	if !ok {
		endLine = line
	}
	data, _ := os.ReadFile(file)
	lines := strings.Split(string(data), "\n")
	for i := line - context; i <= endLine+context; i++ {
		if 1 <= i && i <= len(lines) {
			fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
		}
	}
}

// fileLine splits "file:line:col".
func fileLine(posn string) (string, int, bool) {
	rest, _, ok := cutLast(posn, ":")
	if !ok {
		return "", 0, false
	}
	file, line, ok := cutLast(rest, ":")
	if !ok {
		return "", 0, false
	}
	n, err := strconv.Atoi(line)
	return file, n, err == nil
}

func cutLast(s, sep string) (before, after string, ok bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}
