package wslibs

import (
	fastws "github.com/fasthttp/websocket"
	fiberws "github.com/gofiber/contrib/websocket"
	"github.com/hertz-contrib/websocket"
	"github.com/olahol/melody"
)

func closes(s *melody.Session, err error) {
	_ = s.CloseWithMsg(melody.FormatCloseMessage(1000, "bye")) // want `magic WebSocket close code 1000 in melody.FormatCloseMessage call; use melody.CloseNormalClosure`
	_ = fastws.FormatCloseMessage(1001, "")                    // want `magic WebSocket close code 1001 in websocket.FormatCloseMessage call; use fastws.CloseGoingAway`
	_ = fastws.IsCloseError(err, 1000, 1006)                   // want `use fastws.CloseNormalClosure` `use fastws.CloseAbnormalClosure`
	_ = fiberws.IsUnexpectedCloseError(err, 1001)              // want `magic WebSocket close code 1001 in websocket.IsUnexpectedCloseError call; use fiberws.CloseGoingAway`
	_ = fiberws.FormatCloseMessage(1011, "")                   // want `use fiberws.CloseInternalServerErr`
	_ = websocket.FormatCloseMessage(1008, "")                 // want `use websocket.ClosePolicyViolation`
	_ = websocket.FormatCloseMessage(1006, "")                 // want `invalid WebSocket close code 1006 in websocket.FormatCloseMessage call`
	_ = websocket.FormatCloseMessage(4000, "")

	if ce, ok := err.(*websocket.CloseError); ok && ce.Code == 1000 { // want `magic WebSocket close code 1000 compared with websocket.CloseError.Code; use websocket.CloseNormalClosure`
		return
	}
	if ce, ok := err.(*fastws.CloseError); ok && ce.Code != 1001 { // want `use fastws.CloseGoingAway`
		return
	}
}
