package analyzer

import (
	"go/constant"
	"go/types"
	"strings"
)

// A namedCode is the constant a fix writes: its package and name.
type namedCode struct {
	pkg  *types.Package
	name string
}

// constantFor returns the constant of family f in pkg whose value is v.
// The names are read from pkg itself, so a fix only names constants that
// exist in the version the user builds against. When two constants share a
// value, the one declared first wins.
//
// A package that the checked package reaches only indirectly may come from
// export data that holds just the objects its importers refer to (go vet,
// gopls): its constants are then taken from the family's known names, if it
// has any.
func (c *checker) constantFor(pkg *types.Package, f *codeFamily, v int64) (namedCode, bool) {
	if pkg == nil {
		return namedCode{}, false
	}
	names, ok := c.constants[f]
	if !ok {
		if pkg.Complete() || f.known == nil {
			names = familyConstants(pkg, f)
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
