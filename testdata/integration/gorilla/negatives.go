package gorilla

import "github.com/gorilla/websocket"

// Nothing in this file should be reported.

// Named uses a named constant.
func Named() []byte {
	return websocket.FormatCloseMessage(websocket.CloseGoingAway, "")
}

// Variable passes a code computed elsewhere.
func Variable(code int) []byte {
	return websocket.FormatCloseMessage(code, "")
}

// Custom uses an application-defined code that has no constant.
func Custom() []byte {
	return websocket.FormatCloseMessage(4000, "custom")
}

// Text writes a message with a named message type.
func Text(c *websocket.Conn) error {
	return c.WriteMessage(websocket.TextMessage, []byte("hi"))
}
