package holders

import (
	"net/http"
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
	"github.com/stretchr/testify/assert"
)

func TestEndpoints(t *testing.T) {
	h := handler{http.NotFoundHandler()}
	code, _ := h.getEndpoint("/")
	Expect(code).NotTo(Equal(500)) // want `magic HTTP status 500 compared with code \(holds the result of handler.getEndpoint, which returns httptest.ResponseRecorder.Code\); use http.StatusInternalServerError`
	Expect(code).To(Equal(len("abc")))
	assert.Equal(t, 403, code) // want `magic HTTP status 403 compared with code \(holds the result of handler.getEndpoint, which returns httptest.ResponseRecorder.Code\); use http.StatusForbidden`

	// A table field compared with a holder is at a status position.
	for _, tc := range []struct {
		url  string
		want int
	}{
		{"/", 404}, // want `magic HTTP status 404 stored in want \(compared with httptest.ResponseRecorder.Code\); use http.StatusNotFound`
	} {
		got, _ := h.getEndpoint(tc.url)
		if got != tc.want {
			t.Errorf("got %d", got)
		}
	}
}

// A table field compared with rec.Code holds a status: compared with a
// constant again, the constant is one too.
func TestTable(t *testing.T) {
	tests := []struct {
		name         string
		expectedCode int
	}{
		{"bad", 400}, // want `magic HTTP status 400 stored in expectedCode \(compared with httptest.ResponseRecorder.Code\); use http.StatusBadRequest`
	}
	for _, tc := range tests {
		rec := httptest.NewRecorder()
		if rec.Code != tc.expectedCode {
			t.Fatal(rec.Code)
		}
		if tc.expectedCode == 400 { // want `magic HTTP status 400 compared with expectedCode \(compared with httptest.ResponseRecorder.Code\); use http.StatusBadRequest`
			continue
		}
	}
}
