package analyzer

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Objects as real code and export data hold them. Not every object has a
// package (the universe's error.Error, comparable, the builtins), a
// position (objects read from export data), or the package of the pass
// (a named type over another package's interface lists that package's
// methods). These helpers are the only places that read an object's
// package for a name, a path or ownership.

// pkgName returns p's name, or "" for the universe (nil).
func pkgName(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Name()
}

// pkgPath returns p's import path, or "" for the universe (nil).
func pkgPath(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Path()
}

// validType reports whether t's underlying type is valid: go/types
// reports that a type over an undefined one (type T Undefined, mid-edit in
// an editor) implements every interface.
func validType(t types.Type) bool {
	return t != nil && t.Underlying() != types.Typ[types.Invalid]
}

// own reports whether obj belongs to the package of the pass: the only
// objects a pass may describe with a fact.
func own(pass *analysis.Pass, obj types.Object) bool {
	return obj != nil && pass.Pkg != nil && obj.Pkg() == pass.Pkg
}

// exportFact exports fact on obj if obj belongs to the package of the
// pass. Drivers panic on any other object ("can't set fact on object
// belonging another package"); such a fact would be another package's to
// export, and is dropped.
func exportFact(pass *analysis.Pass, obj types.Object, fact analysis.Fact) {
	if own(pass, obj) {
		pass.ExportObjectFact(obj, fact)
	}
}
