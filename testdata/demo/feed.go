package main

import (
	"net/http"

	"github.com/coder/websocket"
)

// feed streams the job queue once and closes the connection.
func feed(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, nil)
	if err != nil {
		return
	}
	defer c.CloseNow()
	for _, job := range queue {
		if err := c.Write(r.Context(), websocket.MessageText, []byte(job)); err != nil {
			c.Close(websocket.StatusCode(1011), "oops")
			return
		}
	}
	c.Close(1000, "")
}
