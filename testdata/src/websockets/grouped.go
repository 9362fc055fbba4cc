package websockets

import (
	"context"

	"github.com/gorilla/websocket"
)

// restart adds coder/websocket to the third-party group, in sorted place,
// under a free name: websocket is gorilla's here.
func restart(ctx context.Context) {
	_ = ctx
	_ = websocket.FormatCloseMessage(1012, "") // want `use websocket.CloseServiceRestart`
	_ = dialCoder().Close(1012, "")            // want `use websocket0.StatusServiceRestart`
}
