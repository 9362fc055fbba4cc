package websockets

import (
	coderws "github.com/coder/websocket"
	"nhooyr.io/websocket"
)

func dialCoder() *coderws.Conn    { return nil }
func dialNhooyr() *websocket.Conn { return nil }
