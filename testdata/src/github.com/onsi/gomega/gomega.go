// Stub of github.com/onsi/gomega@v1.44.0 gomega_dsl.go and matchers.go,
// modelled on its source: only what statuscode's tests use.

// Package gomega is a stub of Gomega: its entry points, the matchers that
// compare, and HaveHTTPStatus.
package gomega

import (
	"github.com/onsi/gomega/internal"
	"github.com/onsi/gomega/types"
)

type Gomega = types.Gomega

// WithT wraps a *testing.T.
type WithT = internal.Gomega

func NewWithT(t any) *WithT { return &WithT{} }

func Ω(actual any, extra ...any) types.Assertion                            { return nil }
func Expect(actual any, extra ...any) types.Assertion                       { return nil }
func ExpectWithOffset(offset int, actual any, extra ...any) types.Assertion { return nil }
func Eventually(actualOrCtx any, args ...any) types.AsyncAssertion          { return nil }
func EventuallyWithOffset(offset int, actualOrCtx any, args ...any) types.AsyncAssertion {
	return nil
}
func Consistently(actualOrCtx any, args ...any) types.AsyncAssertion { return nil }
func ConsistentlyWithOffset(offset int, actualOrCtx any, args ...any) types.AsyncAssertion {
	return nil
}

type matcher struct{}

func (matcher) Match(actual any) (bool, error)          { return false, nil }
func (matcher) FailureMessage(actual any) string        { return "" }
func (matcher) NegatedFailureMessage(actual any) string { return "" }

// Equal uses reflect.DeepEqual to compare actual with expected.  Equal is strict about
// types when performing comparisons.
func Equal(expected any) types.GomegaMatcher { return matcher{} }

// BeEquivalentTo is more lax than Equal, allowing equality between different types.
func BeEquivalentTo(expected any) types.GomegaMatcher { return matcher{} }

// BeNumerically performs numerical assertions in a type-agnostic way.
func BeNumerically(comparator string, compareTo ...any) types.GomegaMatcher { return matcher{} }

// HaveLen succeeds if actual has the passed-in length.
func HaveLen(count int) types.GomegaMatcher { return matcher{} }

// HaveHTTPStatus succeeds if the Status or StatusCode field of an HTTP response matches.
func HaveHTTPStatus(expected ...any) types.GomegaMatcher { return matcher{} }
