package coder

import cws "github.com/coder/websocket"

// Restart asks the peer to come back later.
func Restart(c *cws.Conn) error {
	return c.Close(1012, "restarting")
}
