package flow

import (
	"net/http"
	"time"

	cws "github.com/coder/websocket"
	"github.com/gorilla/websocket"
)

// closeWith sends a close frame through gorilla's FormatCloseMessage.
func closeWith(c *websocket.Conn, code int, reason string) error {
	msg := websocket.FormatCloseMessage(code, reason)
	return c.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
}

func closeCoder(c *cws.Conn, code cws.StatusCode) error { return c.Close(code, "bye") }

func closes(g *websocket.Conn, c *cws.Conn) {
	closeWith(g, 1008, "policy") // want `magic WebSocket close code 1008 passed to closeWith \(reaches websocket.FormatCloseMessage\); use websocket.ClosePolicyViolation`
	closeCoder(c, 1001)          // want `magic WebSocket close code 1001 passed to closeCoder \(reaches websocket.Conn.Close\); use cws.StatusGoingAway`
	closeWith(g, 1006, "")       // want `invalid WebSocket close code 1006 passed to closeWith \(reaches websocket.FormatCloseMessage\): 1006 must not be set as a status code in a close frame \(RFC 6455, section 7.4.1\)`
	closeCoder(c, 4000)          // no constant
}

// both passes one code to an HTTP and a WebSocket API: nothing that
// reaches it is reported.
func both(w http.ResponseWriter, code int) []byte {
	w.WriteHeader(code)
	return websocket.FormatCloseMessage(code, "")
}

func mixed(w http.ResponseWriter) {
	both(w, 1000)
	both(w, 404)
	c := 500
	both(w, c)
}

// Invalid codes along a path: the API's rule applies at the call site.
func invalid(w http.ResponseWriter, r *http.Request) {
	respondJSON(w, 1000, nil)    // want `invalid HTTP status 1000 passed to respondJSON \(reaches http.ResponseWriter.WriteHeader\): net/http panics with "invalid WriteHeader code 1000"`
	respondJSON(w, 0, nil)       // 0 and below: a helper's "unset", often replaced before use
	Problem{Status: 99}.Write(w) // a field holds the codes of every Problem: no invalid codes
	w.WriteHeader(tooBig())      // via a result
}

func tooBig() int {
	return 1000 // want `invalid HTTP status 1000 returned by tooBig \(reaches http.ResponseWriter.WriteHeader\): net/http panics`
}
