package compare

import (
	"errors"
	"net/http"
	"net/http/httptest"

	coder "github.com/coder/websocket"
	"github.com/gorilla/websocket"
)

func responses(resp *http.Response, rec *httptest.ResponseRecorder) bool {
	if resp.StatusCode == 200 { // want `magic HTTP status 200 compared with http.Response.StatusCode; use http.StatusOK`
		return true
	}
	if 404 != resp.StatusCode { // want `magic HTTP status 404 compared with http.Response.StatusCode; use http.StatusNotFound`
		return false
	}
	if rec.Code != (201) { // want `magic HTTP status 201 compared with httptest.ResponseRecorder.Code; use http.StatusCreated`
		return false
	}
	switch resp.StatusCode {
	case 200, 204: // want `magic HTTP status 200 .*; use http.StatusOK` `magic HTTP status 204 .*; use http.StatusNoContent`
		return true
	case http.StatusAccepted, 299:
		return true
	}
	// Ordered comparisons test classes of codes.
	if resp.StatusCode >= 500 || resp.StatusCode < 300 {
		return false
	}
	return resp.StatusCode == 299 // no constant
}

type wrapped struct {
	*http.Response
	Code int
}

func promoted(w wrapped) bool {
	return w.StatusCode == 503 || w.Code == 503 // want `magic HTTP status 503 compared with http.Response.StatusCode; use http.StatusServiceUnavailable`
}

func literals() []any {
	return []any{
		http.Response{StatusCode: 500, Status: "500"}, // want `magic HTTP status 500 stored in http.Response.StatusCode; use http.StatusInternalServerError`
		&httptest.ResponseRecorder{Code: 200},         // want `magic HTTP status 200 stored in httptest.ResponseRecorder.Code; use http.StatusOK`
		http.Response{StatusCode: http.StatusOK},
		wrapped{Code: 200},
		map[string]int{"StatusCode": 200},
		&websocket.CloseError{Code: 1006, Text: "gone"}, // want `magic WebSocket close code 1006 stored in websocket.CloseError.Code; use websocket.CloseAbnormalClosure`
		coder.CloseError{Code: 1001},                    // want `magic WebSocket close code 1001 stored in websocket.CloseError.Code; use coder.StatusGoingAway`
	}
}

func closes(err error) bool {
	var ce *websocket.CloseError
	if errors.As(err, &ce) && ce.Code == 1000 { // want `magic WebSocket close code 1000 compared with websocket.CloseError.Code; use websocket.CloseNormalClosure`
		return true
	}
	if coder.CloseStatus(err) == 1001 { // want `magic WebSocket close code 1001 compared with websocket.CloseStatus result; use coder.StatusGoingAway`
		return true
	}
	switch coder.CloseStatus(err) {
	case coder.StatusCode(1008): // want `magic WebSocket close code 1008 .*; use coder.StatusPolicyViolation`
		return true
	case -1:
		return false
	}
	return coder.CloseStatus(err) > 1000
}

// Look-alikes: fields and results that only share a name.
type table struct{ StatusCode, Code int }

func (table) CloseStatus() int { return 0 }

func lookalikes(t table) bool {
	_ = table{StatusCode: 200, Code: 404}
	return t.StatusCode == 200 || t.Code == 404 || t.CloseStatus() == 1000
}
