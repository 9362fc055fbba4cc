package illtyped

import (
	"net/http"
	"nosuchpkg/websocket"
)

func h(w http.ResponseWriter, r *http.Request, u undefinedType) {
	w.WriteHeader(404) // want `use http.StatusNotFound`
	http.Error(w, 500)
	http.Error(w, "x", 500, 1) // want `use http.StatusInternalServerError`
	u.WriteHeader(404)
	websocket.FormatCloseMessage(1000, "")
	undefined.Close(1000, "")
	w.WriteHeader(undefinedConst)
	w.WriteHeader("404")
	http.StatusText(1 << 70)
	var c *websocket.Conn
	c.Close(1000, "")
}
