// Package nocomparisons is checked with -comparisons=false.
package nocomparisons

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
)

func f(t *testing.T, w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(404) // want `use http.StatusNotFound`
	_ = resp.StatusCode == 200
	_ = http.Response{StatusCode: 500}
	switch resp.StatusCode {
	case 204:
	}
	assert.Equal(t, 200, resp.StatusCode)
	assert.HTTPStatusCode(t, nil, "GET", "/", nil, 302) // want `use http.StatusFound`
}
