package analyzer

import (
	"go/constant"
	"go/types"
	"strings"
	"sync"
	"weak"
)

// A namedCode is the constant a fix writes: its package and name.
type namedCode struct {
	pkg  *types.Package
	name string
}

// assignableTo reports whether the constant may replace a literal of type
// t: a typed constant (coder's StatusCode) cannot stand where an int is
// expected. Constants named from a family's known names, without an
// object, are untyped or of the API's own parameter type.
func (k namedCode) assignableTo(t types.Type) bool {
	obj, _ := k.pkg.Scope().Lookup(k.name).(*types.Const)
	if obj == nil || t == nil {
		return true
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return true // an ill-typed call left the literal untyped
	}
	if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return true
	}
	return types.AssignableTo(obj.Type(), t)
}

// constantsFamily returns the family whose constants a fix writes for
// codes of family f: a framework's own, or net/http's when the
// configuration asks for them everywhere.
func (c *env) constantsFamily(f *codeFamily) *codeFamily {
	if c.cfg.NetHTTPConstants && f.key == httpStatus.key {
		return httpStatus
	}
	return f
}

// constantFor returns the constant of family f whose value is v. The names
// are read from f's package as the checked package sees it, so a fix only
// names constants that exist in the version the user builds against. When
// two constants share a value, the one declared first wins.
//
// A package that the checked package reaches only indirectly may come from
// export data that holds just the objects its importers refer to (go vet,
// gopls), and a user's function may take codes of a package it does not
// import at all: the constants are then taken from the family's known
// names, if it has any.
func (c *env) constantFor(f *codeFamily, v int64) (namedCode, bool) {
	pkg := c.importedPkg(f.pkg)
	if pkg == nil {
		if f.known == nil || !f.standIn {
			return namedCode{}, false // a fix could not import it
		}
		pkg = c.knownPkg(f)
	}
	names, ok := c.constants[f]
	if !ok {
		if pkg.Complete() || f.known == nil {
			names = cachedConstants(pkg, f)
		} else {
			names = f.known
		}
		if c.constants == nil {
			c.constants = make(map[*codeFamily]map[int64]string)
		}
		c.constants[f] = names
	}
	name, ok := names[v]
	return namedCode{pkg, name}, ok
}

// knownPkg returns a stand-in for f's package, which the checked package
// does not depend on: enough to name it in a fix that imports it.
func (c *env) knownPkg(f *codeFamily) *types.Package {
	if c.standIns == nil {
		c.standIns = make(map[*codeFamily]*types.Package)
	}
	pkg := c.standIns[f]
	if pkg == nil {
		pkg = types.NewPackage(f.pkg, f.pkg[strings.LastIndex(f.pkg, "/")+1:])
		c.standIns[f] = pkg
	}
	return pkg
}

// constantsCache holds familyConstants of the last package object seen
// for each import path and family: drivers share imported packages'
// objects between passes, and a type-checked package does not change. It
// keeps no package alive (gopls type-checks new ones as files change).
var constantsCache sync.Map // constantsKey -> *cachedNames

type constantsKey struct {
	path string
	f    *codeFamily
}

type cachedNames struct {
	pkg   weak.Pointer[types.Package]
	names map[int64]string
}

func cachedConstants(pkg *types.Package, f *codeFamily) map[int64]string {
	key := constantsKey{pkg.Path(), f}
	if c, ok := constantsCache.Load(key); ok && c.(*cachedNames).pkg.Value() == pkg {
		return c.(*cachedNames).names
	}
	names := familyConstants(pkg, f)
	constantsCache.Store(key, &cachedNames{weak.Make(pkg), names})
	return names
}

func familyConstants(pkg *types.Package, f *codeFamily) map[int64]string {
	byValue := make(map[int64]*types.Const)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if !ok || !k.Exported() || !strings.HasPrefix(name, f.prefix) || len(name) == len(f.prefix) {
			continue
		}
		if k.Val().Kind() != constant.Int {
			continue
		}
		v, exact := constant.Int64Val(k.Val())
		if !exact || v < f.min || v > f.max {
			continue
		}
		if prev := byValue[v]; prev == nil || k.Pos() < prev.Pos() {
			byValue[v] = k
		}
	}
	names := make(map[int64]string, len(byValue))
	for v, k := range byValue {
		names[v] = k.Name()
	}
	return names
}
