// Package a declares interfaces that package b names again.
package a

import "net/http"

type Coder interface{ StatusCode() int }

type resp struct{ r *http.Response }

func (x resp) StatusCode() int { return x.r.StatusCode }

func Wrap(r *http.Response) Coder { return resp{r} }

type Responder interface {
	Respond(w http.ResponseWriter, code int)
}
