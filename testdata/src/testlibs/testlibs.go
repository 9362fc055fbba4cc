// Package testlibs holds tests that compare status fields with the test
// libraries other than testify.
package testlibs
