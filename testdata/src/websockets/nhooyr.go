package websockets

import nhooyr "nhooyr.io/websocket"

func nhooyrClose(c *nhooyr.Conn) {
	_ = c.Close(1001, "") // want `magic WebSocket close code 1001 in websocket.Conn.Close call; use nhooyr.StatusGoingAway`
	_ = c.CloseNow()
}
