// Package vendored uses a vendored copy of coder/websocket, GOPATH style.
package vendored

import "github.com/coder/websocket"

func dial() *websocket.Conn { return nil }

func closeImported(c *websocket.Conn) {
	_ = c.Close(1000, "") // want `use websocket.StatusNormalClosure`
}
