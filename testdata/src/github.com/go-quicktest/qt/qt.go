// Stub of github.com/go-quicktest/qt@v1.102.0 quicktest.go and
// checker.go, modelled on its source: only what statuscode's tests use.

// Package qt is a stub of go-quicktest/qt.
package qt

import "testing"

// Checker is implemented by types used as part of Check/Assert invocations.
type Checker interface {
	Check(note func(key string, value any)) error
}

type checker struct{}

func (checker) Check(note func(key string, value any)) error { return nil }

// Comment represents additional information on a check or an assertion.
type Comment struct{ msg string }

func Assert(t testing.TB, checker Checker, comments ...Comment) bool { return true }
func Check(t testing.TB, checker Checker, comments ...Comment) bool  { return true }

// Equals returns a Checker checking equality of two comparable values.
func Equals[T any](got, want T) Checker { return checker{} }

// DeepEquals returns a Checker checking equality of two values using cmp.DeepEqual.
func DeepEquals[T any](got, want T) Checker { return checker{} }

// HasLen returns a Checker checking that the provided value has the given length.
func HasLen(got any, n int) Checker { return checker{} }
