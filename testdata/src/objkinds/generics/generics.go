// Package generics declares generic types, methods, functions, aliases
// and type parameters that carry codes.
package generics

import "net/http"

type Resp[T any] struct {
	Code int // want Code:`status field of Resp: http`
	Body T
}

func (r Resp[T]) Write(w http.ResponseWriter) { w.WriteHeader(r.Code) }

func (r *Resp[T]) Status() int { return r.Code } // want Status:`result 0 holds http`

type Alias[T any] = Resp[T]

type IntResp = Resp[int]

type Pair[K comparable, V any] = map[K]V

func JSON[T any](w http.ResponseWriter, code int, v T) { w.WriteHeader(code) } // want JSON:`param 1 http`

func Code[C ~int](w http.ResponseWriter, c C) { w.WriteHeader(int(c)) } // want Code:`param 1 http`

type Coder[T any] interface {
	Code() int
	Get() T
}

type impl[T any] struct {
	r *http.Response
	v T
}

func (i impl[T]) Code() int { return i.r.StatusCode }
func (i impl[T]) Get() T    { return i.v }

func New[T any](r *http.Response, v T) Coder[T] { return impl[T]{r, v} }

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

func use(w http.ResponseWriter, r *http.Response) {
	Resp[string]{Code: 404}.Write(w) // want `magic HTTP status 404 stored in Resp.Code`
	Alias[int]{Code: 500}.Write(w)   // want `magic HTTP status 500 stored in Resp.Code`
	IntResp{Code: 502}.Write(w)      // want `magic HTTP status 502 stored in Resp.Code`
	JSON(w, 201, "x")                // want `magic HTTP status 201 passed to JSON`
	JSON[int](w, 202, 1)             // want `magic HTTP status 202 passed to JSON`
	Code(w, 203)                     // want `magic HTTP status 203 passed to Code`
	var x Resp[int]
	_ = x.Status() == 204 // want `magic HTTP status 204 compared with Resp.Code`
	_ = New(r, 1).Code() == 205
	_ = List[int]{1, 2}.Len() == 206
	p := Pair[string, int]{"a": 207}
	_ = p
}
