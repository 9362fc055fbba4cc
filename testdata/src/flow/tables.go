package flow

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Table-driven tests: fields of anonymous structs compared with a status.
func tables(t *testing.T, h http.Handler) {
	tests := []struct {
		name string
		want int
	}{
		{"missing", 404},        // want `magic HTTP status 404 stored in want \(compared with httptest.ResponseRecorder.Code\); use http.StatusNotFound`
		{name: "ok", want: 200}, // want `magic HTTP status 200 stored in want \(compared with httptest.ResponseRecorder.Code\); use http.StatusOK`
		{name: "odd", want: 299},
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		if rec.Code != tc.want {
			t.Errorf("%s: got %d", tc.name, rec.Code)
		}
	}

	// Several acceptable codes, ranged over.
	cases := map[string]struct {
		codes []int
		count int
	}{
		"created": {codes: []int{200, 201}, count: 200}, // want `magic HTTP status 200 stored in codes \(compared with http.Response.StatusCode\); use http.StatusOK` `magic HTTP status 201 stored in codes \(compared with http.Response.StatusCode\); use http.StatusCreated`
	}
	for _, tc := range cases {
		resp := &http.Response{}
		ok := false
		for _, c := range tc.codes {
			ok = ok || resp.StatusCode == c
		}
		_ = ok || len(tc.codes) == tc.count
	}

	// A local that holds a status.
	rec := httptest.NewRecorder()
	got := rec.Code
	if got != 200 { // want `magic HTTP status 200 compared with got \(holds httptest.ResponseRecorder.Code\); use http.StatusOK`
		t.Fail()
	}
	switch got {
	case 201: // want `magic HTTP status 201 compared with got \(holds httptest.ResponseRecorder.Code\); use http.StatusCreated`
	}
	expectedStatus := 415 // want `magic HTTP status 415 stored in expectedStatus \(compared with http.Response.StatusCode\); use http.StatusUnsupportedMediaType`
	resp := &http.Response{}
	if resp.StatusCode != expectedStatus {
		t.Fail()
	}
	resp.StatusCode = 500 // want `magic HTTP status 500 stored in http.Response.StatusCode; use http.StatusInternalServerError`
	code := 502           // want `magic HTTP status 502 stored in code \(reaches http.Response.StatusCode\); use http.StatusBadGateway`
	_ = &http.Response{StatusCode: code}
}

// Helpers that compare two parameters: the argument opposite a status is
// a status at that call only.
func assertStatus(t *testing.T, got, want int) {
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func assertEqual(t *testing.T, got, want int) { assertStatus(t, got, want) }

// expectStatus compares its parameter with a status field: every call's
// argument is a status.
func expectStatus(t *testing.T, resp *http.Response, want int) {
	if resp.StatusCode != want {
		t.Fail()
	}
}

func helperPairs(t *testing.T, items []string) {
	rec := httptest.NewRecorder()
	assertStatus(t, rec.Code, 200)         // want `magic HTTP status 200 passed to assertStatus \(compared with httptest.ResponseRecorder.Code\); use http.StatusOK`
	assertEqual(t, 0x191, rec.Code)        // want `magic HTTP status 0x191 \(401\) passed to assertEqual \(compared with httptest.ResponseRecorder.Code\); use http.StatusUnauthorized`
	assertStatus(t, len(items), 3)         // counts
	assertEqual(t, len(items), 404)        // counts
	expectStatus(t, &http.Response{}, 404) // want `magic HTTP status 404 passed to expectStatus \(compared with http.Response.StatusCode\); use http.StatusNotFound`
}
