// Package noframeworks is checked with -frameworks=false.
package noframeworks

import (
	fastws "github.com/fasthttp/websocket"
	"github.com/gorilla/websocket"
	"github.com/olahol/melody"
)

func f(err error) {
	_ = websocket.FormatCloseMessage(1000, "") // want `use websocket.CloseNormalClosure`
	_ = fastws.FormatCloseMessage(1000, "")
	_ = melody.FormatCloseMessage(1001, "")
	if ce, ok := err.(*fastws.CloseError); ok && ce.Code == 1000 {
		return
	}
}
