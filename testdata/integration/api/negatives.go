package api

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/websocket"
)

// Nothing in this file should be reported.

// maxInt is a general helper: its parameters are a status only at a call
// whose result is one.
func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// page is a list's window; its fields are counts, not statuses.
type page struct {
	Size   int
	Offset int
}

// pageSize is a number that never reaches a status API.
func pageSize(n int) int {
	if n <= 0 {
		return 200
	}
	return n
}

// List answers a page of names with named constants and counts.
func List(w http.ResponseWriter, r *http.Request, names []string) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	p := page{Size: pageSize(n), Offset: 404}
	limit := maxInt(len(names), 200)
	buf := make([]byte, 0, 500)
	for retries := 3; retries > 0; retries-- {
		time.Sleep(100 * time.Millisecond)
	}
	if len(names) == 404 {
		limit = 201
	}
	respondJSON(w, http.StatusOK, map[string]any{"page": p, "limit": limit, "buf": len(buf)})
	respondJSON(w, 299, nil) // a status with no constant
}

// Echo writes a status as text: a value is never a status because a
// status reaches it.
func Echo(w http.ResponseWriter, code int) {
	fmt.Fprint(w, strconv.Itoa(code))
	text := strconv.Itoa(code)
	_ = text
	closeWith(nil, websocket.CloseNormalClosure, "named")
	closeWith(nil, 4000, "application-defined, no constant")
	Problem{Status: http.StatusTeapot}.Write(w)
}
