package plain

func use() {
	Send(503, "") // want `magic HTTP status 503 in Send call; use http.StatusServiceUnavailable`
}
