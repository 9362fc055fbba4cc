package websockets

import "github.com/gorilla/websocket"

const bye = websocket.CloseNormalClosure

func gorilla(c *websocket.Conn, err error) {
	_ = websocket.FormatCloseMessage(1000, "bye")        // want `magic WebSocket close code 1000 in websocket.FormatCloseMessage call; use websocket.CloseNormalClosure`
	_ = websocket.IsCloseError(err, 1000, 1001)          // want `magic WebSocket close code 1000 .*; use websocket.CloseNormalClosure` `magic WebSocket close code 1001 .*; use websocket.CloseGoingAway`
	_ = websocket.IsUnexpectedCloseError(err, bye, 1006) // want `magic WebSocket close code 1006 in websocket.IsUnexpectedCloseError call; use websocket.CloseAbnormalClosure`

	// Not close codes: message types, a spread slice, codes without a constant.
	_ = c.WriteMessage(1, nil)
	_ = c.WriteMessage(8, websocket.FormatCloseMessage(bye, ""))
	codes := []int{1000}
	_ = websocket.IsCloseError(err, codes...)
	_ = websocket.FormatCloseMessage(4000, "application")
	_ = websocket.FormatCloseMessage(8, "") // want `invalid WebSocket close code 8 in websocket.FormatCloseMessage call: codes below 1000 are not used`
}
