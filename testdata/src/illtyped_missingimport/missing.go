// Package illtyped_missingimport imports packages that do not exist.
package illtyped_missingimport

import (
	"net/http"

	"github.com/gorilla/websockets" // misspelled: not found
	"nosuch.example/framework"
)

func h(w http.ResponseWriter, c *framework.Context) {
	w.WriteHeader(404)                    // want `magic HTTP status 404 in http.ResponseWriter.WriteHeader call; use http.StatusNotFound`
	c.Writer.WriteHeader(500)             // the writer's type is unknown
	framework.Error(w, "x", 500)          // a function of an unknown package
	http.Error(w, framework.Message, 503) // want `magic HTTP status 503 in http.Error call; use http.StatusServiceUnavailable`
	_ = websocket.FormatCloseMessage(1000, "")
	_ = websockets.FormatCloseMessage(1000, "")
}
