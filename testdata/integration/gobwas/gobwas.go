// Package gobwas writes github.com/gobwas/ws close frames with magic status codes.
package gobwas

import (
	"net"

	"github.com/gobwas/ws"
)

// Close sends a normal close frame.
func Close(conn net.Conn) error {
	body := ws.NewCloseFrameBody(1000, "")
	return ws.WriteFrame(conn, ws.NewCloseFrame(body))
}

// GoingAway fills p with a going-away close body.
func GoingAway(p []byte) {
	ws.PutCloseFrameBody(p, 1001, "")
}

// Internal sends an internal-error close frame.
func Internal(conn net.Conn) error {
	return ws.WriteFrame(conn, ws.NewCloseFrame(ws.NewCloseFrameBody(1011, "internal")))
}

// ValidTooBig reports whether a message-too-big close is valid on the wire.
func ValidTooBig() bool {
	return ws.CheckCloseFrameData(1009, "") == nil
}
