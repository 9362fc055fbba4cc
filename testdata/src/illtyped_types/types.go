// Package illtyped_types passes undefined constants and arguments of the
// wrong type: only integer literals are magic.
package illtyped_types

import (
	"net/http"

	"github.com/coder/websocket"
)

func h(w http.ResponseWriter, c *websocket.Conn) {
	w.WriteHeader(http.StatusNotFund)
	w.WriteHeader(undefinedConst)
	w.WriteHeader("404")
	w.WriteHeader(404.5)
	w.WriteHeader(404.0)
	w.WriteHeader('4')  // want `invalid HTTP status '4' \(52\) in http.ResponseWriter.WriteHeader call`
	w.WriteHeader(404i)
	w.WriteHeader(-404) // want `invalid HTTP status -404 in http.ResponseWriter.WriteHeader call`
	w.WriteHeader(1 << 70)
	w.WriteHeader(1180591620717411303424)
	w.WriteHeader(int64(404)) // want `magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound`
	w.WriteHeader(undefinedType(404))
	w.WriteHeader(nil)
	http.Error(w, "x", "500")
	http.Error(w, "x", 500.0)
	_ = http.StatusText(true)

	_ = c.Close(websocket.StatusCode("1000"), "")
	_ = c.Close(websocket.StatusCode(1000.5), "")
	_ = c.Close(websocket.StatusCodee(1000), "")
	_ = c.Close(websocket.StatusCode(1000), 1) // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
	_ = c.Close(1000, 42)                      // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
	_ = c.Close(uint8(1000), "")
}
