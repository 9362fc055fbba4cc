// Package illtyped_recv calls methods on undefined receivers and undefined
// methods on known receivers.
package illtyped_recv

import (
	"net/http"

	"github.com/coder/websocket"
)

func (u *undefinedType) WriteHeader(int) {}

func h(w http.ResponseWriter, u *undefinedType, c *websocket.Conn) {
	u.WriteHeader(404)
	w.WriteHeaderr(404)
	w.Writer.WriteHeader(404)
	undefinedVar.WriteHeader(404)
	undefinedFunc().Close(1000, "")
	c.CloseNow(1000)
	c.Conn.Close(1000, "")
	(*websocket.Conn)(nil).Close(1000, "") // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
}

// embeds has a field of an undefined type; its promoted WriteHeader is
// still http.ResponseWriter's.
type embeds struct {
	missing.Thing
	http.ResponseWriter
}

func promoted(e embeds, p *embeds) {
	e.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
	p.WriteHeader(500) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	e.Thing.WriteHeader(404)
}

// brokenWriter has every method of http.ResponseWriter, but Write's
// signature names an undefined type: it is not known to implement it.
type brokenWriter struct{}

func (brokenWriter) Header() http.Header               { return nil }
func (brokenWriter) Write(undefinedBytes) (int, error) { return 0, nil }
func (brokenWriter) WriteHeader(int)                   {}

func broken(b brokenWriter) {
	b.WriteHeader(404)
}

// writer is a complete http.ResponseWriter in a package with errors.
type writer struct{ code int }

func (*writer) Header() http.Header       { return nil }
func (*writer) Write([]byte) (int, error) { return 0, nil }
func (w *writer) WriteHeader(code int)    { w.code = code }

func concrete(w *writer) {
	w.WriteHeader(404) // want `magic HTTP status 404 in writer.WriteHeader call; use http.StatusNotFound`
}
