package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// TestVetArgs checks which runs go to go vet, and with what.
func TestVetArgs(t *testing.T) {
	for _, tc := range []struct {
		args string
		vet  string // "" when the run stays in process
		out  outputFlags
	}{
		{"./...", "-json ./...", outputFlags{context: -1}},
		{"-json ./...", "-json ./...", outputFlags{json: true, context: -1}},
		{"-fix ./...", "-fix ./...", outputFlags{fix: true, context: -1}},
		{"-fix -diff ./a ./b", "-fix -diff ./a ./b", outputFlags{fix: true, diff: true, context: -1}},
		{"--fix=true ./...", "-fix ./...", outputFlags{fix: true, context: -1}},
		{"-c 2 ./...", "-json ./...", outputFlags{context: 2}},
		{"-c=0 ./...", "-json ./...", outputFlags{context: 0}},
		{"-websocket=false -funcs example.com/web.JSON:1:http ./...", "-websocket=false -funcs=example.com/web.JSON:1:http -json ./...", outputFlags{context: -1}},
		{"-flow -http=false ./...", "-flow -http=false -json ./...", outputFlags{context: -1}},
		{"-test=true ./...", "-json ./...", outputFlags{context: -1}},
		{"-- -weird", "-json -weird", outputFlags{context: -1}},

		// In process: no facts, no vet equivalent, a unit of go vet, usage.
		{"-flow=false ./...", "", outputFlags{}},
		{"-test=false ./...", "", outputFlags{}},
		{"-debug=v ./...", "", outputFlags{}},
		{"-cpuprofile=x ./...", "", outputFlags{}},
		{"-V=full", "", outputFlags{}},
		{"-flags", "", outputFlags{}},
		{"-help", "", outputFlags{}},
		{"-http=false /tmp/b001/vet.cfg", "", outputFlags{}},
		{"-c", "", outputFlags{}},
		{"-c x ./...", "", outputFlags{}},
		{"", "", outputFlags{}},
		// Unknown flags and bad values: singlechecker reports them.
		{"-htp ./...", "", outputFlags{}},
		{"-http=maybe ./...", "", outputFlags{}},
		{"-funcs=bad ./...", "", outputFlags{}},
		{"-funcs", "", outputFlags{}},
	} {
		vet, out, ok := vetArgs(strings.Fields(tc.args), &analyzer.New(analyzer.DefaultConfig()).Flags)
		if ok != (tc.vet != "") {
			t.Errorf("vetArgs(%q): handed to vet = %v, want %v", tc.args, ok, tc.vet != "")
			continue
		}
		if !ok {
			continue
		}
		if !slices.Equal(vet, strings.Fields(tc.vet)) || out != tc.out {
			t.Errorf("vetArgs(%q) = %q, %+v; want %q, %+v", tc.args, vet, out, tc.vet, tc.out)
		}
	}
}

// TestJSONTreePrint checks the text printed from go vet's JSON: a finding
// once, though two packages (a package and its test variant) report it,
// its hops indented, and an analyzer's error.
func TestJSONTreePrint(t *testing.T) {
	tree, err := readTrees(strings.NewReader(`{"a [a.test]": {"statuscode": [
		{"posn": "/m/a.go:3:4", "end": "/m/a.go:3:7", "message": "magic HTTP status 404 passed to httpx.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound",
		 "related": [{"posn": "/m/a.go:3:4", "message": "httpx.JSON (package m/httpx) reaches http.ResponseWriter.WriteHeader"}]}]}}
{"a": {"statuscode": [
		{"posn": "/m/a.go:3:4", "end": "/m/a.go:3:7", "message": "magic HTTP status 404 passed to httpx.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound",
		 "related": [{"posn": "/m/a.go:3:4", "message": "httpx.JSON (package m/httpx) reaches http.ResponseWriter.WriteHeader"}]}]}}
{"b": {"statuscode": {"error": "boom"}}}
`))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if !tree.print(&b, -1) {
		t.Error("print reported no diagnostic")
	}
	want := "/m/a.go:3:4: magic HTTP status 404 passed to httpx.JSON (reaches http.ResponseWriter.WriteHeader); use http.StatusNotFound\n" +
		"/m/a.go:3:4: \thttpx.JSON (package m/httpx) reaches http.ResponseWriter.WriteHeader\n" +
		"b: statuscode: boom\n"
	if b.String() != want {
		t.Errorf("print:\n%s\nwant:\n%s", b.String(), want)
	}
	if !tree.failed() {
		t.Error("failed() = false with an analyzer error")
	}
}
