package vendored

// This file does not import the vendored package and may not import it by
// its vendor path: the diagnostic comes without a fix.
func closeOther() {
	_ = dial().Close(1001, "") // want `use websocket.StatusGoingAway`
}
