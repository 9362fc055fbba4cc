package analyzer

import (
	"go/build"
	"go/types"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"weak"

	"golang.org/x/tools/go/analysis"
)

// What a package can hold. Every finding and every fact starts at an
// object of a package of the tables (a status API, a field or result that
// holds a status, an assertion) or of a -funcs entry: other packages'
// facts are about packages that reach one too. A package whose imports,
// direct and indirect, include none of them cannot name such an object,
// so the pass returns before any walk. Most of the dependencies that a
// driver analyzes for facts are such packages: the encoders, the database
// drivers, the loggers.
//
// The standard library is neither checked nor a source of facts: its
// status APIs are the tables' rows, its own literals are not the user's
// to fix, and drivers that do not analyze it (nogo) must see the same
// findings as those that do.

// A reachMemo remembers which packages reach the tables, for one
// analyzer's passes: a driver that analyzes a package's dependencies in
// one process, before the package (the checker behind singlechecker,
// golangci-lint), finds each import's answer here instead of walking its
// imports again. Only the packages of passes are remembered: their
// imports are complete, while a package known only from export data may
// list none. It holds the packages weakly: an editor's come and go.
type reachMemo struct {
	mu    sync.Mutex
	funcs string          // the Config.Funcs the entries were computed with
	user  map[string]bool // the packages of its rows
	m     map[weak.Pointer[types.Package]]bool
}

// reaches reports whether the package of a pass, or a package it imports
// directly or indirectly, declares a row of the tables or of the -funcs
// entries. An imported package read from export data lists as its
// imports every package its export data refers to, which covers every
// object an importer can reach through it.
func (r *reachMemo) reaches(pkg *types.Package, funcs []string) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if key := strings.Join(funcs, "\x00"); r.m == nil || r.funcs != key {
		user, err := parseFuncs(funcs)
		if err != nil {
			return false, err
		}
		r.m, r.funcs, r.user = make(map[weak.Pointer[types.Package]]bool), key, user.pkgs
	}
	key := weak.Make(pkg)
	if v, ok := r.m[key]; ok {
		return v, nil
	}
	v := r.reach(pkg, nil)
	r.m[key] = v
	runtime.AddCleanup(pkg, r.drop, key)
	return v, nil
}

// reach is reaches without remembering, with r.mu held. visiting guards
// against a cycle, which a well-formed import graph does not have.
func (r *reachMemo) reach(pkg *types.Package, visiting map[*types.Package]bool) bool {
	if hasRows(pkg.Path(), r.user) {
		return true
	}
	// A package's direct imports first: most packages that reach the
	// tables import one of them.
	for _, imp := range pkg.Imports() {
		if hasRows(imp.Path(), r.user) {
			return true
		}
	}
	for _, imp := range pkg.Imports() {
		if v, ok := r.m[weak.Make(imp)]; ok {
			if v {
				return true
			}
			continue
		}
		if visiting == nil {
			visiting = map[*types.Package]bool{pkg: true}
		}
		if !visiting[imp] {
			visiting[imp] = true
			if r.reach(imp, visiting) {
				return true
			}
		}
	}
	return false
}

// drop forgets a package that is gone.
func (r *reachMemo) drop(key weak.Pointer[types.Package]) {
	r.mu.Lock()
	delete(r.m, key)
	r.mu.Unlock()
}

// hasRows reports whether the package path declares a row of the tables
// or of user's.
func hasRows(path string, user map[string]bool) bool {
	path = unvendored(path)
	return tablePkgs[path] || sourcePkgs[path] || user[path]
}

// inStandardLibrary reports whether the pass's files are the standard
// library's: they lie in GOROOT's src directory.
func inStandardLibrary(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	tf := pass.Fset.File(pass.Files[0].Package)
	return tf != nil && InStandardLibrary(tf.Name())
}

// DeclaresRows returns a report of whether a package path declares a row
// of the tables or of the -funcs entries: a package that neither does nor
// imports one, directly or not, has no finding and no fact. A driver may
// use it to skip such packages before loading them (cmd/statuscode does,
// for go vet's units).
func DeclaresRows(funcs []string) (func(path string) bool, error) {
	user, err := parseFuncs(funcs)
	if err != nil {
		return nil, err
	}
	return func(path string) bool { return hasRows(path, user.pkgs) }, nil
}

// InStandardLibrary reports whether a file lies in the standard library,
// whose packages the pass skips. Without a known GOROOT, nothing does.
func InStandardLibrary(filename string) bool {
	src := gorootSrc()
	return src != "" && strings.HasPrefix(filename, src)
}

// gorootSrc is GOROOT's src directory with a trailing separator, or "".
var gorootSrc = sync.OnceValue(func() string {
	if build.Default.GOROOT == "" {
		return ""
	}
	return filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
})
