package websockets

import "github.com/coder/websocket"

func coder(c *websocket.Conn) {
	_ = c.Close(1000, "")                        // want `magic WebSocket close code 1000 in websocket.Conn.Close call; use websocket.StatusNormalClosure`
	_ = c.Close(websocket.StatusCode(1011), "x") // want `magic WebSocket close code 1011 .*; use websocket.StatusInternalError`
	_ = c.Close(websocket.StatusPolicyViolation, "")
	_ = c.Close(1004, "") // want `invalid WebSocket close code 1004 in websocket.Conn.Close call: 1004 is reserved \(RFC 6455, section 7.4.1\); Close fails with "status code 1004 cannot be set"`
	_ = c.Close(4000, "")
}
