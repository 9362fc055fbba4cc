// Stub of github.com/gofiber/fiber/v2@v2.52.15 utils/assertions.go,
// modelled on its source: only what statuscode's tests use.

// Package utils is a stub of fiber's test helpers.
package utils

import (
	"reflect"
	"testing"
)

// AssertEqual checks if values are equal
func AssertEqual(tb testing.TB, expected, actual interface{}, description ...string) {
	if reflect.DeepEqual(expected, actual) {
		return
	}
	tb.Fatal(description)
}
