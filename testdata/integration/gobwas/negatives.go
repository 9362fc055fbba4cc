package gobwas

import "github.com/gobwas/ws"

// Nothing in this file should be reported.

// Named uses a named constant.
func Named() []byte { return ws.NewCloseFrameBody(ws.StatusPolicyViolation, "") }

// Variable passes a code computed elsewhere.
func Variable(code ws.StatusCode) error { return ws.CheckCloseFrameData(code, "") }

// TryAgain uses 1013, which gobwas/ws has no constant for.
func TryAgain() []byte { return ws.NewCloseFrameBody(1013, "try again later") }
