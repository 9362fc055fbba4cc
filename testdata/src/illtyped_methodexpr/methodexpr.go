// Package illtyped_methodexpr calls status APIs through method expressions
// and values: the receiver comes first in a method expression.
package illtyped_methodexpr

import (
	"net/http"

	"github.com/coder/websocket"
)

type writer struct{ http.ResponseWriter }

func h(w http.ResponseWriter, c *websocket.Conn) {
	http.ResponseWriter.WriteHeader(w, 404) // want `magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound`
	http.ResponseWriter.WriteHeader(404)
	http.ResponseWriter.WriteHeader(w, 500, 501) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	http.ResponseWriter.WriteHeader(404, w)
	(*websocket.Conn).Close(c, 1000, "") // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
	(*websocket.Conn).Close(1000, "")
	websocket.Conn.Close(*c, 1001, "")
	writer.WriteHeader(writer{w}, 201) // want `magic HTTP status 201 .*; use http.StatusCreated`
	undefinedType.WriteHeader(w, 404)

	f := w.WriteHeader
	f(404) // a method value: not followed
	g := http.ResponseWriter.WriteHeader
	g(w, 404)
	w.WriteHeader.Call(404)
}
