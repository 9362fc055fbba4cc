// Package illtyped_decls declares types over what does not exist or does
// not fit: named types and aliases over undefined types, interfaces that
// embed undefined or non-interface types, methods on invalid receivers,
// generic types with broken constraints, and holders and helpers built on
// them. Types are invalid or missing here, as in an editor mid-keystroke.
package illtyped_decls

import (
	"net/http"

	"objkinds/foreign/a"
)

type Err undefinedError

type Alias = undefinedAlias

type E interface {
	undefinedIface
	Code() int
}

type Bad interface {
	int
	Code() int
}

type Loop interface{ Loop }

type Rec Rec2
type Rec2 Rec

type Gen[T undefinedConstraint] struct{ Code T }

func (g Gen[T]) Status() int { return g.Code }

func (e Err) Code() int { return e.StatusCode }

func (x *Alias) WriteHeader(code int) {}

type Over a.Undefined

type Wrong a.Coder[int]

type F func(w http.ResponseWriter, code int) undefinedResult

func (f F) Send(w http.ResponseWriter, code int) { f(w, code) }

func Helper(w http.ResponseWriter, code undefinedInt) { w.WriteHeader(code) }

func Holder(r *http.Response) int { return r.StatusCode.Missing }

func Holder2(r *undefinedResponse) int { return r.StatusCode }

func use(w http.ResponseWriter, r *http.Response, e E, b Bad, x Err, o Over) {
	_ = e.Code() == 404
	_ = b.Code() == 405
	_ = x.Code() == 406
	_ = o.StatusCode() == 407
	_ = Gen[int]{Code: 408}.Status() == 409
	Helper(w, 410)
	_ = Holder(r) == 411
	_ = Holder2(nil) == 412
	var f F
	f.Send(w, 413)
	var al Alias
	al.WriteHeader(414)
	w.WriteHeader(415)      // want `magic HTTP status 415 in http.ResponseWriter.WriteHeader call`
	_ = r.StatusCode == 416 // want `magic HTTP status 416 compared with http.Response.StatusCode`
}
