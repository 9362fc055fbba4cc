package analyzer

import "slices"

// The test libraries' rows, read from their source (testify v1.12.1,
// gomega v1.44.0 with ghttp, gotest.tools/v3 v3.5.2, matryer/is v1.4.1,
// frankban/quicktest v1.14.6, go-quicktest/qt v1.102.0,
// steinfletcher/apitest v1.5.11, and the test helpers of fiber v2.52.15
// and hertz v0.10.4): the assertions that compare an expected
// and an actual value, in the three shapes the libraries have, and their
// status-taking functions.
//
//   - a call with both values: assert.Equal(t, 200, rec.Code),
//     is.Equal(rec.Code, 200), qt.Equals(rec.Code, 200) (assertion);
//   - a call with a checker between them: c.Assert(rec.Code, qt.Equals,
//     200) (checkerAssertion);
//   - a wrapper of the actual value and a matcher of the expected one,
//     joined by a verb: Expect(rec.Code).To(Equal(200)) (gomega's).

// testifyStatusAPIs are testify's HTTPStatusCode assertions, as functions
// (t first) and as methods of assert.New's and require.New's object.
func testifyStatusAPIs() []statusAPI {
	var rows []statusAPI
	for _, pkg := range testifyPkgs {
		for _, name := range []string{"HTTPStatusCode", "HTTPStatusCodef"} {
			rows = append(rows,
				statusAPI{pkg: pkg, name: name, arg: 5, family: httpStatus},
				statusAPI{pkg: pkg, recv: "Assertions", name: name, arg: 4, family: httpStatus})
		}
	}
	return rows
}

var testifyPkgs = []string{"github.com/stretchr/testify/assert", "github.com/stretchr/testify/require"}

// An assertion is a test helper that compares an expected and an actual
// value: when one is a status source and the other a literal, the literal
// is magic.
type assertion struct {
	pkg              string
	recv             string
	name             string
	expected, actual int
	sameType         bool // the assertion compares dynamic types too (Equal, not EqualValues)
	static           bool // both values have one static type (a generic T): a constant must fit it
}

// assertions are testify's equality checks, as functions (t first) and as
// methods of the object assert.New and require.New return, and the other
// libraries' that take both values. Every one of those compares dynamic
// types (==, reflect.DeepEqual, go-cmp) but testify's EqualValues.
var assertions = slices.Concat(testifyAssertions(map[string]bool{
	"Equal": true, "NotEqual": true,
	"EqualValues": false, "NotEqualValues": false,
}), []assertion{
	{pkg: "gotest.tools/v3/assert", name: "Equal", actual: 1, expected: 2, sameType: true},
	{pkg: "gotest.tools/v3/assert", name: "DeepEqual", actual: 1, expected: 2, sameType: true},
	{pkg: "gotest.tools/v3/assert/cmp", name: "Equal", actual: 0, expected: 1, sameType: true},
	{pkg: "gotest.tools/v3/assert/cmp", name: "DeepEqual", actual: 0, expected: 1, sameType: true},
	{pkg: "github.com/matryer/is", recv: "I", name: "Equal", actual: 0, expected: 1, sameType: true},
	{pkg: "github.com/go-quicktest/qt", name: "Equals", actual: 0, expected: 1, static: true},
	{pkg: "github.com/go-quicktest/qt", name: "DeepEquals", actual: 0, expected: 1, static: true},
	// The frameworks' own test helpers, which their tests and their
	// users' use (reflect.DeepEqual inside).
	{pkg: "github.com/gofiber/fiber/v2/utils", name: "AssertEqual", expected: 1, actual: 2, sameType: true},
	{pkg: "github.com/cloudwego/hertz/pkg/common/test/assert", name: "DeepEqual", expected: 1, actual: 2, sameType: true},
	{pkg: "github.com/cloudwego/hertz/pkg/common/test/assert", name: "NotEqual", expected: 1, actual: 2, sameType: true},
})

// A checkerAssertion compares the values on either side of a checker
// argument: quicktest's c.Assert(got, qt.Equals, want).
type checkerAssertion struct {
	pkg, recv, name           string
	actual, checker, expected int
	// checkers are the package-level variables of pkg that compare the
	// two values, and whether they compare dynamic types.
	checkers map[string]bool
}

var quicktestCheckers = map[string]bool{"Equals": true, "DeepEquals": true}

var checkerAssertions = []checkerAssertion{
	{pkg: "github.com/frankban/quicktest", recv: "C", name: "Assert", actual: 0, checker: 1, expected: 2, checkers: quicktestCheckers},
	{pkg: "github.com/frankban/quicktest", recv: "C", name: "Check", actual: 0, checker: 1, expected: 2, checkers: quicktestCheckers},
}

// Gomega: a verb (To, Should, …) of the assertion that a wrapper returns
// (Expect(actual), Eventually(actual)), given a matcher of the expected
// value (Equal(expected)). The assertion's own methods (WithOffset,
// WithTimeout, …) may come between the wrapper and the verb.
const (
	gomegaPkg      = "github.com/onsi/gomega"
	gomegaTypes    = "github.com/onsi/gomega/types"
	gomegaInternal = "github.com/onsi/gomega/internal"
)

// Ginkgo's tables (closures.go): the calls that declare one, and the
// entries whose arguments its body receives.
const ginkgoPkg = "github.com/onsi/ginkgo/v2"

var (
	ginkgoTables = map[string]bool{
		"DescribeTable": true, "FDescribeTable": true, "PDescribeTable": true, "XDescribeTable": true,
		"DescribeTableSubtree": true, "FDescribeTableSubtree": true, "PDescribeTableSubtree": true, "XDescribeTableSubtree": true,
	}
	ginkgoEntries = map[string]bool{"Entry": true, "FEntry": true, "PEntry": true, "XEntry": true}
)

// A gomegaWrapper wraps the actual value: its index, and whether the
// assertion polls it (a function is called, and its result compared).
type gomegaWrapper struct {
	actual int
	polls  bool
}

// A gomegaMatcher holds the expected value.
type gomegaMatcher struct {
	expected int
	sameType bool   // Equal is reflect.DeepEqual; BeEquivalentTo converts
	op       string // the comparator argument that means equality, for BeNumerically
}

var (
	gomegaVerbs   = []string{"Should", "ShouldNot", "To", "ToNot", "NotTo"}
	gomegaChained = map[apiKey]bool{}
	gomegaWraps   = map[apiKey]gomegaWrapper{}
	gomegaMatches = map[apiKey]gomegaMatcher{
		{gomegaPkg, "", "Equal"}:          {expected: 0, sameType: true},
		{gomegaPkg, "", "BeEquivalentTo"}: {expected: 0},
		{gomegaPkg, "", "BeNumerically"}:  {expected: 1, op: "=="},
	}
	gomegaVerbKeys = map[apiKey]bool{}
)

func init() {
	wrappers := map[string]gomegaWrapper{
		"Ω": {0, false}, "Expect": {0, false}, "ExpectWithOffset": {1, false},
		"Eventually": {0, true}, "EventuallyWithOffset": {1, true},
		"Consistently": {0, true}, "ConsistentlyWithOffset": {1, true},
	}
	for name, w := range wrappers {
		gomegaWraps[apiKey{gomegaPkg, "", name}] = w
		gomegaWraps[apiKey{gomegaTypes, "Gomega", name}] = w    // g.Expect in Eventually(func(g Gomega) {…})
		gomegaWraps[apiKey{gomegaInternal, "Gomega", name}] = w // NewWithT(t).Expect
	}
	for _, recv := range []string{"Assertion", "AsyncAssertion"} {
		for _, name := range gomegaVerbs {
			gomegaVerbKeys[apiKey{gomegaTypes, recv, name}] = true
			addCallee(gomegaTypes, name, 1)
		}
	}
	for _, name := range []string{"WithOffset", "Error"} {
		gomegaChained[apiKey{gomegaTypes, "Assertion", name}] = true
	}
	for _, name := range []string{"WithOffset", "WithTimeout", "WithPolling", "Within", "ProbeEvery", "WithContext", "WithArguments", "MustPassRepeatedly"} {
		gomegaChained[apiKey{gomegaTypes, "AsyncAssertion", name}] = true
	}
}

// testLibAPIs are the test libraries' status-taking functions: a status a
// test expects, or one a fake server sends.
var testLibAPIs = []statusAPI{
	{pkg: gomegaPkg, name: "HaveHTTPStatus", arg: 0, variadic: true, family: httpStatus},
	{pkg: "github.com/onsi/gomega/ghttp", name: "RespondWith", arg: 0, family: httpStatus},
	{pkg: "github.com/onsi/gomega/ghttp", name: "RespondWithJSONEncoded", arg: 0, family: httpStatus},
	{pkg: "github.com/steinfletcher/apitest", recv: "Response", name: "Status", arg: 0, family: httpStatus},
}

func testifyAssertions(sameType map[string]bool) []assertion {
	var rows []assertion
	for _, pkg := range testifyPkgs {
		for name, same := range sameType {
			for _, n := range []string{name, name + "f"} {
				rows = append(rows,
					assertion{pkg: pkg, name: n, expected: 1, actual: 2, sameType: same},
					assertion{pkg: pkg, recv: "Assertions", name: n, expected: 0, actual: 1, sameType: same})
			}
		}
	}
	return rows
}
