package analyzer

import (
	"go/constant"
	"go/types"
	"strings"
)

// constantFor returns the constant of family f in pkg whose value is v, or
// nil. The constants are read from pkg itself, so a fix only names constants
// that exist in the version the user builds against. When two constants
// share a value, the one declared first wins.
func (c *checker) constantFor(pkg *types.Package, f *codeFamily, v int64) *types.Const {
	if pkg == nil {
		return nil
	}
	byValue, ok := c.constants[f]
	if !ok {
		byValue = familyConstants(pkg, f)
		if c.constants == nil {
			c.constants = make(map[*codeFamily]map[int64]*types.Const)
		}
		c.constants[f] = byValue
	}
	return byValue[v]
}

func familyConstants(pkg *types.Package, f *codeFamily) map[int64]*types.Const {
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
	return byValue
}
