// Package illtyped_init calls status APIs in the initializers of
// package-level variables and constants, some of them ill-typed.
package illtyped_init

import (
	"net/http"

	"github.com/gorilla/websocket"
)

var notFound = http.StatusText(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`

var redirect = http.RedirectHandler("/", 301) // want `magic HTTP status 301 .*; use http.StatusMovedPermanently`

var closeMsg = websocket.FormatCloseMessage(1000, "") // want `magic WebSocket close code 1000 .*; use websocket.CloseNormalClosure`

var a, b = http.StatusText(500) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`

var wrongType int = http.StatusText(502) // want `magic HTTP status 502 .*; use http.StatusBadGateway`

const notConst = len(http.StatusText(503)) // want `magic HTTP status 503 .*; use http.StatusServiceUnavailable`

var undefinedInit = undefinedPkg.StatusText(404)

var cycle = http.StatusText(len(cycle2)) + http.StatusText(504) // want `magic HTTP status 504 .*; use http.StatusGatewayTimeout`
var cycle2 = cycle

var (
	_ = []string{http.StatusText(410)}               // want `magic HTTP status 410 .*; use http.StatusGone`
	_ = map[string]bool{http.StatusText(411): false} // want `magic HTTP status 411 .*; use http.StatusLengthRequired`
	_ = func() { websocket.IsCloseError(nil, 1001) } // want `magic WebSocket close code 1001 .*; use websocket.CloseGoingAway`
)
