// Package web is a user's own helper package, named in -funcs.
package web

import (
	"net/http"

	"github.com/coder/websocket"
)

func JSON(w http.ResponseWriter, code int, v any) { w.WriteHeader(code) }

type Ctx struct{ w http.ResponseWriter }

func (c *Ctx) Status(code int) *Ctx { c.w.WriteHeader(code); return c }

func (c Ctx) Abort(code int) {}

// CloseWith takes an int: coder's typed constants do not fit, so no fix can be offered.
func CloseWith(code int) {}

func CloseTyped(c *websocket.Conn, code websocket.StatusCode) {}

func Unlisted(code int) {}
