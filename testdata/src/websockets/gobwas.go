package websockets

import "github.com/gobwas/ws"

func gobwas(p []byte) {
	_ = ws.NewCloseFrameBody(1000, "")               // want `magic WebSocket close code 1000 in ws.NewCloseFrameBody call; use ws.StatusNormalClosure`
	ws.PutCloseFrameBody(p, ws.StatusCode(1008), "") // want `magic WebSocket close code 1008 in ws.PutCloseFrameBody call; use ws.StatusPolicyViolation`
	_ = ws.NewCloseFrameBody(ws.StatusGoingAway, "")
	_ = ws.CheckCloseFrameData(1009, "") // want `magic WebSocket close code 1009 in ws.CheckCloseFrameData call; use ws.StatusMessageTooBig`
	_ = ws.RejectionStatus(403)          // want `magic HTTP status 403 in ws.RejectionStatus call; use http.StatusForbidden`
	_ = ws.NewCloseFrameBody(1013, "")   // gobwas has no constant for 1013
}
