package assertions

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	resp := rec.Result()
	assert.Equal(t, 200, rec.Code)                  // want `magic HTTP status 200 compared with httptest.ResponseRecorder.Code; use http.StatusOK`
	require.Equal(t, resp.StatusCode, 404)          // want `magic HTTP status 404 compared with http.Response.StatusCode; use http.StatusNotFound`
	assert.NotEqualf(t, 500, rec.Code, "got %d", 1) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	assert.EqualValues(t, 201, resp.StatusCode)     // want `magic HTTP status 201 .*; use http.StatusCreated`
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, 200, len("ok"))
	assert.Equal(t, 299, rec.Code)
	assert.Greater(t, 500, rec.Code)

	a := assert.New(t)
	a.Equal(204, rec.Code)                        // want `magic HTTP status 204 .*; use http.StatusNoContent`
	require.New(t).NotEqual(resp.StatusCode, 418) // want `magic HTTP status 418 .*; use http.StatusTeapot`

	a.HTTPStatusCode(nil, "GET", "/", nil, 302)         // want `magic HTTP status 302 in assert.Assertions.HTTPStatusCode call; use http.StatusFound`
	assert.HTTPStatusCode(t, nil, "GET", "/", nil, 301) // want `magic HTTP status 301 in assert.HTTPStatusCode call; use http.StatusMovedPermanently`
}

func TestClose(t *testing.T) {
	var err error
	// Equal compares types: an int 1000 never equals a StatusCode, and a
	// typed constant would change the outcome. Not reported.
	assert.Equal(t, 1000, websocket.CloseStatus(err))
	assert.Equal(t, websocket.StatusCode(1000), websocket.CloseStatus(err)) // want `magic WebSocket close code 1000 compared with websocket.CloseStatus result; use websocket.StatusNormalClosure`
	assert.EqualValues(t, 1001, websocket.CloseStatus(err))                 // want `magic WebSocket close code 1001 .*; use websocket.StatusGoingAway`
}

// A local that holds a code is compared like the code itself.
func TestHolder(t *testing.T) {
	rec := httptest.NewRecorder()
	got := rec.Code
	assert.Equal(t, 200, got) // want `magic HTTP status 200 compared with got \(holds httptest.ResponseRecorder.Code\); use http.StatusOK`
	n := len("ok")
	assert.Equal(t, 200, n)
}
