package api

import (
	"errors"
	"net/http"

	"github.com/gorilla/websocket"
)

// Item is what the store holds.
type Item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

var items = map[string]Item{"1": {ID: "1", Name: "one"}}

// GetItem answers the item named by the id query parameter.
func GetItem(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		respondError(w, 400, "missing id")
		return
	}
	it, ok := items[id]
	if !ok {
		respondError(w, 404, "no such item")
		return
	}
	respondJSON(w, 200, it)
}

// CreateItem refuses an id that is taken.
func CreateItem(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if _, taken := items[id]; taken {
		Problem{Title: "id taken", Status: 409}.Write(w)
		return
	}
	p := Problem{"created", 201}
	p.Write(w)
}

// DeleteItem answers the status of the store's error.
func DeleteItem(w http.ResponseWriter, r *http.Request) {
	var err error
	if _, ok := items[r.URL.Query().Get("id")]; !ok {
		err = ErrNotFound
	}
	w.WriteHeader(statusFor(err))
}

// Upload answers the error of a failed upload as text.
func Upload(w http.ResponseWriter, r *http.Request, err error) {
	code := 500
	if errors.Is(err, ErrTooLarge) {
		code = 413
	}
	http.Error(w, err.Error(), code)
}

// Kick closes a connection whose peer broke the rules.
func Kick(c *websocket.Conn) error {
	return closeWith(c, 1008, "policy violation")
}
