// Stub of github.com/stretchr/testify@v1.12.1 require/require.go, require/require_forward.go, require/requirements.go, require/forward_requirements.go, modelled on its source: only what statuscode's tests use.

// Package require is a stub of github.com/stretchr/testify/require reduced
// to the equality assertions (whose expected/actual pair may hold a status
// code) and HTTPStatusCode, with their real signatures.
package require

import (
	"net/http"
	"net/url"

	assert "github.com/stretchr/testify/assert"
)

// TestingT is an interface wrapper around *testing.T
type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

func stop(t TestingT, ok bool) {
	if !ok {
		t.FailNow()
	}
}

// Equal asserts that two objects are equal.
func Equal(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	stop(t, assert.Equal(t, expected, actual, msgAndArgs...))
}

// EqualValues asserts that two objects are equal or convertible to the larger
// type and equal.
func EqualValues(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	stop(t, assert.EqualValues(t, expected, actual, msgAndArgs...))
}

// EqualValuesf asserts that two objects are equal or convertible to the larger
// type and equal.
func EqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
	stop(t, assert.EqualValuesf(t, expected, actual, msg, args...))
}

// Equalf asserts that two objects are equal.
func Equalf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
	stop(t, assert.Equalf(t, expected, actual, msg, args...))
}

// NotEqual asserts that the specified values are NOT equal.
func NotEqual(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	stop(t, assert.NotEqual(t, expected, actual, msgAndArgs...))
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type
func NotEqualValues(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	stop(t, assert.NotEqualValues(t, expected, actual, msgAndArgs...))
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type
func NotEqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
	stop(t, assert.NotEqualValuesf(t, expected, actual, msg, args...))
}

// NotEqualf asserts that the specified values are NOT equal.
func NotEqualf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
	stop(t, assert.NotEqualf(t, expected, actual, msg, args...))
}

// HTTPStatusCode asserts that a specified handler returns a specified status code.
func HTTPStatusCode(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
	stop(t, assert.HTTPStatusCode(t, handler, method, url, values, statuscode, msgAndArgs...))
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code.
func HTTPStatusCodef(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
	stop(t, assert.HTTPStatusCodef(t, handler, method, url, values, statuscode, msg, args...))
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
func (a *Assertions) Equal(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	Equal(a.t, expected, actual, msgAndArgs...)
}

// EqualValues asserts that two objects are equal or convertible to the larger
// type and equal.
func (a *Assertions) EqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	EqualValues(a.t, expected, actual, msgAndArgs...)
}

// EqualValuesf asserts that two objects are equal or convertible to the larger
// type and equal.
func (a *Assertions) EqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
	EqualValuesf(a.t, expected, actual, msg, args...)
}

// Equalf asserts that two objects are equal.
func (a *Assertions) Equalf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
	Equalf(a.t, expected, actual, msg, args...)
}

// NotEqual asserts that the specified values are NOT equal.
func (a *Assertions) NotEqual(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	NotEqual(a.t, expected, actual, msgAndArgs...)
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type
func (a *Assertions) NotEqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
	NotEqualValues(a.t, expected, actual, msgAndArgs...)
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type
func (a *Assertions) NotEqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
	NotEqualValuesf(a.t, expected, actual, msg, args...)
}

// NotEqualf asserts that the specified values are NOT equal.
func (a *Assertions) NotEqualf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
	NotEqualf(a.t, expected, actual, msg, args...)
}

// HTTPStatusCode asserts that a specified handler returns a specified status code.
func (a *Assertions) HTTPStatusCode(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
	HTTPStatusCode(a.t, handler, method, url, values, statuscode, msgAndArgs...)
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code.
func (a *Assertions) HTTPStatusCodef(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
	HTTPStatusCodef(a.t, handler, method, url, values, statuscode, msg, args...)
}
