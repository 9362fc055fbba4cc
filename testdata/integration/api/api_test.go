package api

import (
	"net/http/httptest"
	"testing"
)

// This file imports httptest but not net/http: the fixes add the import.

func TestGetItem(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want int
	}{
		{"found", "1", 200},
		{name: "missing id", id: "", want: 400},
		{name: "no such item", id: "2", want: 404},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			GetItem(rec, httptest.NewRequest("GET", "/items?id="+tc.id, nil))
			if rec.Code != tc.want {
				t.Errorf("GET %q: status %d, want %d", tc.id, rec.Code, tc.want)
			}
		})
	}
}

// assertStatus compares two codes: its arguments are a status only where
// the other side is one.
func assertStatus(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("status %d, want %d", got, want)
	}
}

// assertEqual compares any two ints.
func assertEqual(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestCreateItem(t *testing.T) {
	rec := httptest.NewRecorder()
	CreateItem(rec, httptest.NewRequest("POST", "/items?id=1", nil))
	assertStatus(t, rec.Code, 409)

	rec = httptest.NewRecorder()
	CreateItem(rec, httptest.NewRequest("POST", "/items?id=3", nil))
	assertEqual(t, 201, rec.Code)
}

func TestDeleteItem(t *testing.T) {
	rec := httptest.NewRecorder()
	DeleteItem(rec, httptest.NewRequest("DELETE", "/items?id=1", nil))
	got := rec.Result().StatusCode
	if got != 204 {
		t.Errorf("status %d", got)
	}
}

// Nothing below should be reported: counts, sizes and a general helper.

func TestCounts(t *testing.T) {
	tests := []struct {
		names   []string
		wantLen int
		limit   int
	}{
		{names: []string{"a", "b", "c"}, wantLen: 3, limit: 200},
		{names: nil, wantLen: 0, limit: 404},
	}
	for _, tc := range tests {
		if len(tc.names) != tc.wantLen {
			t.Errorf("len %d, want %d", len(tc.names), tc.wantLen)
		}
		assertEqual(t, len(tc.names), tc.wantLen)
		if maxInt(len(tc.names), tc.limit) != tc.limit {
			t.Errorf("limit")
		}
	}
	names := []string{"a", "b", "c"}
	assertStatus(t, len(names), 3)
	assertEqual(t, len(names), 3)
	assertEqual(t, maxInt(200, 404), 404)
	assertEqual(t, pageSize(0), 200)
}
