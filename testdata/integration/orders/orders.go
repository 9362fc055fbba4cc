// Package orders uses the helpers of internal/httpx: its codes are one
// package away from the API that takes them.
package orders

import (
	"errors"
	"net/http"

	"example.com/integration/internal/httpx"
	"github.com/gorilla/websocket"
)

var errNotFound = errors.New("not found")

type order struct {
	ID string `json:"id"`
}

func find(id string) (order, error) {
	if id == "" {
		return order{}, errNotFound
	}
	return order{ID: id}, nil
}

// Handler serves one order.
func Handler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
	case http.MethodDelete:
		httpx.Problem{Title: "orders are never deleted", Status: 405}.Write(w)
		return
	default:
		httpx.Error(w, 400, "unsupported method")
		return
	}
	o, err := find(r.URL.Query().Get("id"))
	if err != nil {
		httpx.Error(w, statusOf(err), err.Error())
		return
	}
	page := httpx.Page{Size: 20, Number: 1}
	httpx.JSON(w, 200, map[string]any{"order": o, "page": page})
}

func statusOf(err error) int {
	if errors.Is(err, errNotFound) {
		return 404
	}
	return 500
}

// Hangup closes a connection for a policy violation.
func Hangup(c *websocket.Conn) error {
	return httpx.Close(c, 1008, "policy")
}
