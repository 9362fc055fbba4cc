// Package illtyped_impls declares a type over an undefined one beside
// interfaces it seems to implement, as an editor shows mid-edit.
package illtyped_impls

import "net/http"

// A type over an undefined one implements every interface for go/types,
// whatever its methods' signatures: it is no implementation, and its
// WriteHeader is no writer's.
type Coder interface{ Code() int }

type Pairer interface{ Pair() (int, int) }

type T undefinedT

func (T) Code() { return }

func (T) Pair() int { return 1 }

func (T) WriteHeader(int) {}

func status(r *http.Response) int { return r.StatusCode }

func implementations(c Coder, p Pairer, t T) {
	_ = c.Code() == 404
	a, b := p.Pair()
	_ = a == 406
	_ = b == 407
	t.WriteHeader(408)
}
