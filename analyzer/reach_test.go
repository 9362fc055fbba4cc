package analyzer

import (
	"go/types"
	"testing"
	"weak"
)

// TestReaches checks which packages can hold a status: those that import
// a package of the tables or of -funcs, directly or not.
func TestReaches(t *testing.T) {
	pkg := func(path string, imports ...*types.Package) *types.Package {
		p := types.NewPackage(path, "p")
		p.SetImports(imports)
		return p
	}
	nethttp := pkg("net/http")
	strs := pkg("strings")
	wrap := pkg("example.com/wrap", nethttp)  // a struct with an http.ResponseWriter
	use := pkg("example.com/use", wrap, strs) // net/http only through wrap
	plain := pkg("example.com/plain", strs)
	mine := pkg("example.com/mine/httpx")
	vendored := pkg("example.com/app/vendor/github.com/gorilla/websocket")

	for _, tc := range []struct {
		pkg   *types.Package
		funcs []string
		want  bool
	}{
		{use, nil, true},
		{wrap, nil, true},
		{nethttp, nil, true},
		{plain, nil, false},
		{pkg("example.com/app", vendored), nil, true},
		{pkg("example.com/app", mine), nil, false},
		{pkg("example.com/app", mine), []string{"example.com/mine/httpx.Send:1:http"}, true},
	} {
		got, err := new(reachMemo).reaches(tc.pkg, tc.funcs)
		if err != nil || got != tc.want {
			t.Errorf("reaches(%s, funcs %q) = %v, %v; want %v", tc.pkg.Path(), tc.funcs, got, err, tc.want)
		}
	}

	if _, err := new(reachMemo).reaches(plain, []string{"nonsense"}); err == nil {
		t.Errorf("reaches with a malformed -funcs entry: no error")
	}

	// A pass's answer is remembered, and its importers read it instead of
	// walking its imports; the imports it walked are not remembered.
	var r reachMemo
	if v, _ := r.reaches(plain, nil); v {
		t.Fatalf("plain reaches the tables")
	}
	if _, ok := r.m[weak.Make(plain)]; !ok {
		t.Errorf("the pass's answer was not remembered")
	}
	if _, ok := r.m[weak.Make(strs)]; ok {
		t.Errorf("an import's answer was remembered")
	}
	r.m[weak.Make(plain)] = true // as if plain reached the tables
	if v, _ := r.reaches(pkg("example.com/top", plain), nil); !v {
		t.Errorf("an importer of plain did not read plain's answer")
	}
	// Another -funcs forgets every answer.
	if v, _ := r.reaches(plain, []string{"example.com/mine/httpx.Send:1:http"}); v {
		t.Errorf("plain's answer outlived a change of -funcs")
	}
}
