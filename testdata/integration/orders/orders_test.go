package orders

import (
	"net/http/httptest"
	"testing"

	"example.com/integration/internal/httpx"
)

func TestHandler(t *testing.T) {
	tests := []struct {
		name, method, target string
		want                 int
	}{
		{"found", "GET", "/?id=7", 200},
		{"missing", "GET", "/", 404},
		{"delete", "DELETE", "/?id=7", 405},
		{"post", "POST", "/", 400},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			Handler(rec, httptest.NewRequest(tc.method, tc.target, nil))
			httpx.Expect(t, rec, tc.want)
		})
	}

	rec := httptest.NewRecorder()
	Handler(rec, httptest.NewRequest("GET", "/?id=1", nil))
	httpx.Equal(t, rec.Code, 200)
	httpx.Equal(t, len(tests), 4) // a count: not a status
}
