// Package wsonly is checked with -http=false.
package wsonly

import (
	"net/http"

	"github.com/gorilla/websocket"
)

func h(w http.ResponseWriter) {
	w.WriteHeader(400)
	_ = websocket.FormatCloseMessage(1000, "") // want `use websocket.CloseNormalClosure`
}
