package invalid

import (
	"net/http"

	coder "github.com/coder/websocket"
	"github.com/gobwas/ws"
	"github.com/gorilla/websocket"
)

const tooBig = 1000

func h(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(1000)              // want `invalid HTTP status 1000 in http.ResponseWriter.WriteHeader call: net/http panics with "invalid WriteHeader code 1000"`
	w.WriteHeader(tooBig)            // want `invalid HTTP status tooBig \(1000\) in http.ResponseWriter.WriteHeader call`
	http.Error(w, "x", 99)           // want `invalid HTTP status 99 in http.Error call`
	http.Redirect(w, r, "/", 0)      // want `invalid HTTP status 0 in http.Redirect call`
	_ = http.RedirectHandler("/", 5) // want `invalid HTTP status 5 in http.RedirectHandler call`
	_ = http.StatusText(1000)        // StatusText returns "" for unknown codes
	w.WriteHeader(299)               // legal, no constant
	w.WriteHeader(999)
}

func closes(c *coder.Conn) {
	_ = websocket.FormatCloseMessage(1005, "")   // want `magic WebSocket close code 1005 .*; use websocket.CloseNoStatusReceived`
	_ = websocket.FormatCloseMessage(1006, "")   // want `invalid WebSocket close code 1006 in websocket.FormatCloseMessage call: 1006 must not be set as a status code in a close frame`
	_ = websocket.FormatCloseMessage(2000, "")   // want `invalid WebSocket close code 2000 .*: 2000 is unassigned`
	_ = websocket.FormatCloseMessage(5000, "")   // want `invalid WebSocket close code 5000 .*: close codes end at 4999`
	_ = websocket.FormatCloseMessage(999, "")    // want `invalid WebSocket close code 999 .*: codes below 1000 are not used`
	_ = websocket.IsCloseError(nil, 1006, 1005)  // want `magic WebSocket close code 1006 .*; use websocket.CloseAbnormalClosure` `magic WebSocket close code 1005 .*; use websocket.CloseNoStatusReceived`
	_ = c.Close(1006, "")                        // want `invalid WebSocket close code 1006 in websocket.Conn.Close call: .*; Close fails with "status code 1006 cannot be set"`
	_ = c.Close(coder.StatusAbnormalClosure, "") // want `invalid WebSocket close code StatusAbnormalClosure \(1006\) in websocket.Conn.Close call`
	_ = c.Close(1014, "")                        // want `magic WebSocket close code 1014 .*; use coder.StatusBadGateway`
	_ = c.Close(3000, "")
	_ = ws.NewCloseFrameBody(1015, "")   // want `invalid WebSocket close code 1015 in ws.NewCloseFrameBody call`
	_ = ws.CheckCloseFrameData(1005, "") // want `magic WebSocket close code 1005 .*; use ws.StatusNoStatusRcvd`
}
