package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// go vet runs statuscode once per package, dependencies included, each
// with a vet.cfg, and x/tools' unitchecker parses and type-checks each
// one from source to write its facts, and its types for the units that
// import it, into a vetx file. Most dependencies cannot hold a status:
// they import no package of the tables, directly or not (runtime, the
// encoders, the drivers). The standard library exports no facts (the
// tables model it). A unit that is only there for its facts, and is one
// of those, costs a process start here instead:
//
//   - it writes a stub: a vetx file with no types and no facts, and a mark
//     that says which of the two it is;
//   - a unit that does go on to unitchecker reads the types of its stub
//     imports from the compiler's export data, which its vet.cfg names,
//     and hands unitchecker vetx files that hold them.
//
// Whether a unit reaches the tables is known from its vet.cfg alone: its
// own path, its direct imports' paths, and their vetx files. A stub that
// says "reaches no table" is the only vetx a package that reaches none
// can have, so a unit reaches the tables exactly when one of its imports
// declares a row or has another vetx.

// stubNone and stubStd end the stubs: a package that reaches no table,
// and one of the standard library that does.
const (
	stubNone = "statuscode stub: reaches no table"
	stubStd  = "statuscode stub: standard library"
)

// stubFailed marks an import whose unit failed: it has no vetx at all.
const stubFailed = "failed"

// failDependency makes a's failure on a unit that is only there for its
// facts the unit's failure. unitchecker prints no error of such a unit,
// and exits 0: the error, a bug of statuscode's (analyzer/bug.go), would
// go unseen and uncounted. The unit exits 1 with the error instead; go
// vet prints it under the package's name and fails the run, and, since a
// failure is never cached, does so on every run until the bug is fixed.
// The units that import the package read its types from the compiler's
// export data (stubFailed) and go on without its facts: every other
// package's findings are printed.
func failDependency(a *analysis.Analyzer) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		if err != nil {
			// go vet prints the package's path above this.
			fmt.Fprintf(os.Stderr, "statuscode: %v\n", err)
			os.Exit(1)
		}
		return res, err
	}
}

// vetUnit is what statuscode reads of a vet.cfg.
type vetUnit struct {
	ImportPath  string
	GoFiles     []string
	PackageFile map[string]string
	PackageVetx map[string]string
	VetxOnly    bool
	VetxOutput  string
}

// unit runs the fast path for the go vet unit in args (flags, then the
// vet.cfg): it returns done if the unit is finished (its stub written),
// or the arguments to hand on to unitchecker, whose vet.cfg may be one
// written here with its stub imports' types, and whether the unit is
// only there for its facts.
func unit(args []string) (rest []string, done, vetxOnly bool, err error) {
	cfgFile := args[len(args)-1]
	data, err := os.ReadFile(cfgFile)
	if err != nil {
		return args, false, false, nil // unitchecker says what is wrong
	}
	var u vetUnit
	if err := json.Unmarshal(data, &u); err != nil || len(u.GoFiles) == 0 {
		return args, false, false, nil
	}
	funcs, flow := unitFlags(args[:len(args)-1], &analyzer.Analyzer.Flags)
	rows, err := analyzer.DeclaresRows(funcs)
	if err != nil {
		return args, false, u.VetxOnly, nil // unitchecker fails the pass with the message
	}
	stubs := make(map[string]string) // import path -> stub mark
	reaches := rows(u.ImportPath)
	for path, file := range u.PackageVetx {
		mark := stubMark(file)
		if mark != "" {
			stubs[path] = mark
		}
		if mark != stubNone || rows(path) {
			reaches = true
		}
	}
	for path := range u.PackageFile {
		if _, ok := u.PackageVetx[path]; !ok && path != "unsafe" {
			// Its unit failed (failDependency): its types come from
			// the compiler, and it has no facts.
			stubs[path] = stubFailed
			reaches = true
		}
	}
	if u.VetxOnly && u.VetxOutput != "" {
		mark := ""
		switch {
		case !flow || !reaches:
			mark = stubNone
		case analyzer.InStandardLibrary(u.GoFiles[0]):
			mark = stubStd
		}
		if mark != "" {
			return nil, true, true, writeStub(u.VetxOutput, mark)
		}
	}
	if len(stubs) == 0 {
		return args, false, u.VetxOnly, nil
	}
	cfg, err := withTypes(cfgFile, data, &u, stubs)
	if err != nil {
		return nil, false, u.VetxOnly, fmt.Errorf("%s: %v", u.ImportPath, err)
	}
	return append(slices.Clip(args[:len(args)-1]), cfg), false, u.VetxOnly, nil
}

// unitFlags returns the -funcs entries and the -flow setting among a
// unit's flags: what decides which packages hold rows and whether facts
// exist. Other flags are unitchecker's to read.
func unitFlags(args []string, fs *flag.FlagSet) (funcs []string, flow bool) {
	flow = true
	if f := fs.Lookup("flow"); f != nil {
		flow = f.Value.String() == "true"
	}
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !hasValue && takesValue(name, fs) && i+1 < len(args) {
			i++
			value, hasValue = args[i], true
		}
		switch name {
		case "funcs":
			funcs = append(funcs, value)
		case "flow":
			flow = !hasValue || value == "true"
		}
	}
	return funcs, flow
}

// stubMark returns the mark of the stub in file, or "" if it is not one.
func stubMark(file string) string {
	info, err := os.Stat(file)
	if err != nil || info.Size() > 12+int64(max(len(stubNone), len(stubStd))) {
		return ""
	}
	data, err := os.ReadFile(file)
	if err != nil || len(data) < 12 {
		return ""
	}
	switch mark := string(data[12:]); mark {
	case stubNone, stubStd:
		return mark
	}
	return ""
}

// writeStub writes a vetx file with no types and no facts, ending in
// mark. unitchecker's vetx files start with "vetx" and the lengths of
// their types and facts; what follows them is not read.
func writeStub(file, mark string) error {
	var buf bytes.Buffer
	buf.WriteString("vetx")
	buf.Write(make([]byte, 8))
	buf.WriteString(mark)
	return os.WriteFile(file, buf.Bytes(), 0o666)
}

// withTypes writes, beside the unit's vetx output, a vetx file for each
// stub import that holds its types, read from the compiler's export data,
// and a vet.cfg that names them; it returns that vet.cfg.
func withTypes(cfgFile string, data []byte, u *vetUnit, stubs map[string]string) (string, error) {
	dir := filepath.Dir(cfgFile)
	if u.VetxOutput != "" {
		dir = filepath.Dir(u.VetxOutput)
	}
	dir, err := os.MkdirTemp(dir, "statuscode-")
	if err != nil {
		return "", err
	}
	fset := token.NewFileSet()
	imports := make(map[string]*types.Package)
	vetx := make(map[string]string, len(u.PackageVetx))
	for path, file := range u.PackageVetx {
		vetx[path] = file
	}
	paths := make([]string, 0, len(stubs))
	for path := range stubs {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for i, path := range paths {
		file := filepath.Join(dir, fmt.Sprintf("%d.vetx", i))
		if err := typesVetx(fset, imports, path, u.PackageFile[path], file); err != nil {
			return "", fmt.Errorf("types of %s: %v", path, err)
		}
		vetx[path] = file
	}
	var cfg map[string]json.RawMessage
	if err := json.Unmarshal(data, &cfg); err != nil {
		return "", err
	}
	if cfg["PackageVetx"], err = json.Marshal(vetx); err != nil {
		return "", err
	}
	out, err := json.Marshal(cfg)
	if err != nil {
		return "", err
	}
	file := filepath.Join(dir, "vet.cfg")
	return file, os.WriteFile(file, out, 0o666)
}

// typesVetx writes to file a vetx with the types of the package path,
// read from the compiler's export data in archive, and no facts.
func typesVetx(fset *token.FileSet, imports map[string]*types.Package, path, archive, file string) error {
	if archive == "" {
		return fmt.Errorf("go vet gave no export data")
	}
	f, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer f.Close()
	// go vet names the compiler's archives, which only NewReader reads.
	r, err := gcexportdata.NewReader(f) //lint:ignore SA1019 vet.cfg's PackageFile is an archive, not a cmd/export file
	if err != nil {
		return err
	}
	pkg, err := gcexportdata.Read(r, fset, imports, path)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("vetx")
	buf.Write(make([]byte, 8))
	// gcexportdata.Write is "i" and the indexed export data that
	// unitchecker reads from a vetx file.
	if err := gcexportdata.Write(&buf, fset, pkg); err != nil {
		return err
	}
	data := buf.Bytes()
	data = append(data[:12], data[13:]...)
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(data)-12))
	return os.WriteFile(file, data, 0o666)
}
