// Stub of gotest.tools/v3@v3.5.2 assert/assert.go, modelled on its source:
// only what statuscode's tests use.

// Package assert is a stub of gotest.tools' assertions.
package assert

import "gotest.tools/v3/assert/cmp"

// TestingT is the subset of testing.T used by the assert package.
type TestingT interface {
	FailNow()
	Fail()
	Log(args ...interface{})
}

// BoolOrComparison can be a bool, cmp.Comparison, or error.
type BoolOrComparison interface{}

func Assert(t TestingT, comparison BoolOrComparison, msgAndArgs ...interface{}) {}

// Equal uses the == operator to assert two values are equal.
func Equal(t TestingT, x, y interface{}, msgAndArgs ...interface{}) {}

// DeepEqual uses go-cmp to assert two values are equal.
func DeepEqual(t TestingT, x, y interface{}, opts ...cmp.Option) {}
