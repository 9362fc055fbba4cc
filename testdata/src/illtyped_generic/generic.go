// Package illtyped_generic calls status APIs from generic code, some of it
// ill-typed.
package illtyped_generic

import (
	"net/http"

	"github.com/coder/websocket"
)

func constrained[W http.ResponseWriter](w W) {
	w.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
}

func anyType[T any](t T) {
	t.WriteHeader(404)
}

func methodOnly[T interface{ WriteHeader(int) }](t T) {
	t.WriteHeader(404) // not an http.ResponseWriter
}

// Wrapper is a generic http.ResponseWriter.
type Wrapper[T any] struct {
	http.ResponseWriter
	extra T
}

func (w *Wrapper[T]) WriteHeader(code int) { w.ResponseWriter.WriteHeader(code) }

// An instantiation with an undefined type argument has an invalid type: its
// calls are not resolved. One with too many type arguments still resolves
// to the generic type's method.
func wrappers(w *Wrapper[string], u *Wrapper[undefinedType], v Wrapper[int, int]) {
	w.WriteHeader(500) // want `magic HTTP status 500 in Wrapper.WriteHeader call; use http.StatusInternalServerError`
	u.WriteHeader(501)
	v.WriteHeader(502) // want `magic HTTP status 502 in Wrapper.WriteHeader call; use http.StatusBadGateway`
}

type conn[T any] struct{ *websocket.Conn }

func closeGeneric[T any](c conn[T], d conn[undefinedType]) {
	_ = c.Close(1000, "") // want `magic WebSocket close code 1000 .*; use websocket.StatusNormalClosure`
	_ = d.Close(1001, "") // conn[undefinedType] is invalid
	_ = constrained[int]
	constrained(42)
	anyType[int, int](404)
}

func code[T ~int](c T) string {
	return http.StatusText(int(c)) + http.StatusText(T(404)) // wrong: T is not int
}
