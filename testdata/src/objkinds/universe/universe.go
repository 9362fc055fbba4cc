// Package universe names the universe's objects: error and its method
// Error (no package), any, comparable, the builtins, and unsafe.
package universe

import (
	"net/http"
	"unsafe"
)

type Err error

type E interface {
	error
	Code() int // want Code:`result 0 holds http`
}

type Any any

type Cmp interface{ comparable }

type coded struct{ r *http.Response }

func (c coded) Error() string { return c.r.Status }

func (c coded) Code() int { return c.r.StatusCode }

func Of(r *http.Response) E { return coded{r} }

func Eq[T comparable](a, b T) bool { return a == b } // want Eq:`compares params 0 and 1`

func check(w http.ResponseWriter, r *http.Response, err Err, e E, x Any) {
	_ = Of(r).Code() == 404 // want `magic HTTP status 404 compared with the result of E.Code`
	_ = e.Code() != 500     // want `magic HTTP status 500 compared with the result of E.Code`
	f := err.Error          // a method value of error.Error
	_ = f()
	g := error.Error // a method expression of error.Error
	_ = g(err)
	_ = Err.Error(err)
	_ = E.Error(e)
	_ = x == 200
	n := len(r.Status) + cap([]int{}) + int(unsafe.Sizeof(n0)) + int(unsafe.Alignof(n0)) + int(unsafe.Offsetof(r.StatusCode))
	w.WriteHeader(n)
	_ = Eq(r.StatusCode, 201)         // want `magic HTTP status 201 passed to Eq \(compared with http.Response.StatusCode\)`
	_ = min(r.StatusCode, 299) == 200 // a builtin's result is no slot
	_ = max(r.StatusCode, 0)
	clear(map[int]int{})
	_ = new(int)
	_ = complex(1, 2)
	panic(error(nil))
}

var n0 int32

// Builtin results and error methods are no slots of the package.
func Status(err error) int {
	if err.Error() == "" {
		return len(err.Error())
	}
	return 0
}
