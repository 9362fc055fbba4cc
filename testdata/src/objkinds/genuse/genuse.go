// Package genuse uses package generics across the package boundary, where
// its objects are instantiations of another package's generic ones.
package genuse

import (
	"net/http"

	"objkinds/generics"
)

type Local[T any] = generics.Resp[T]

func use(w http.ResponseWriter, r *http.Response) {
	generics.JSON(w, 404, "x")                // want `magic HTTP status 404 passed to generics.JSON`
	generics.JSON[[]byte](w, 409, nil)        // want `magic HTTP status 409 passed to generics.JSON`
	generics.Resp[string]{Code: 410}.Write(w) // want `magic HTTP status 410 stored in generics.Resp.Code`
	Local[int]{Code: 411}.Write(w)            // want `magic HTTP status 411 stored in generics.Resp.Code`
	generics.Code(w, 412)                     // want `magic HTTP status 412 passed to generics.Code`
	var x generics.IntResp
	_ = x.Status() == 413 // want `magic HTTP status 413 compared with the result of generics.Resp.Status`
	_ = generics.New(r, "").Code() == 414
	f := generics.JSON[int]
	f(w, 415, 0)
	m := generics.Resp[int].Write
	m(generics.Resp[int]{Code: 416}, w) // want `magic HTTP status 416 stored in generics.Resp.Code`
}
