package main

import (
	"log"
	"net/http"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{ReadBufferSize: 1024, WriteBufferSize: 1024}

// chat reads messages until the client leaves or sends /quit.
func chat(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has already replied with an HTTP error.
	}
	defer conn.Close()
	for {
		_, msg, err := conn.ReadMessage()
		if websocket.IsUnexpectedCloseError(err, 1001, 1006) {
			log.Printf("chat: %v", err)
		}
		if err != nil || string(msg) == "/quit" {
			break
		}
	}
	conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(1000, "bye"))
}
