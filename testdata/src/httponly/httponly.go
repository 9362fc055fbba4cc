// Package httponly is checked with -websocket=false.
package httponly

import (
	"net/http"

	"github.com/gorilla/websocket"
)

func h(w http.ResponseWriter) {
	w.WriteHeader(400) // want `use http.StatusBadRequest`
	_ = websocket.FormatCloseMessage(1000, "")
}
