// Stub of github.com/matryer/is@v1.4.1 is.go, modelled on its source: only
// what statuscode's tests use.

// Package is is a stub of matryer/is.
package is

// T reports when failures occur.
type T interface {
	Fail()
	FailNow()
}

// I is the test helper harness.
type I struct{ t T }

func New(t T) *I        { return &I{t} }
func NewRelaxed(t T) *I { return &I{t} }

// Equal asserts that a and b are equal.
func (is *I) Equal(a, b interface{}) {}

// True asserts that the expression is true.
func (is *I) True(expression bool) {}
