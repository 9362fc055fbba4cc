package websockets

// conns returns connections of libraries this file does not import.
func closeAll() {
	_ = dialCoder().Close(1002, "")  // want `use websocket.StatusProtocolError`
	_ = dialNhooyr().Close(1003, "") // want `use websocket0.StatusUnsupportedData`
}
