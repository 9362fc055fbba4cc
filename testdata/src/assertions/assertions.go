// Package assertions holds tests that compare status fields with testify.
package assertions
