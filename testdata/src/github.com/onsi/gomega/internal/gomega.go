// Stub of github.com/onsi/gomega@v1.44.0 internal/gomega.go, modelled on
// its source: only what statuscode's tests use.

// Package internal is a stub of Gomega's implementation of types.Gomega.
package internal

import "github.com/onsi/gomega/types"

// Gomega is what gomega.NewWithT returns (gomega.WithT).
type Gomega struct{}

func (g *Gomega) Ω(actual any, extra ...any) types.Assertion      { return nil }
func (g *Gomega) Expect(actual any, extra ...any) types.Assertion { return nil }
func (g *Gomega) ExpectWithOffset(offset int, actual any, extra ...any) types.Assertion {
	return nil
}
func (g *Gomega) Eventually(actualOrCtx any, args ...any) types.AsyncAssertion { return nil }
func (g *Gomega) EventuallyWithOffset(offset int, actualOrCtx any, args ...any) types.AsyncAssertion {
	return nil
}
func (g *Gomega) Consistently(actualOrCtx any, args ...any) types.AsyncAssertion { return nil }
func (g *Gomega) ConsistentlyWithOffset(offset int, actualOrCtx any, args ...any) types.AsyncAssertion {
	return nil
}
