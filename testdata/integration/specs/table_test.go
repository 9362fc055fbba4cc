package specs

import (
	"net/http/httptest"
	"testing"

	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
)

func TestSpecs(t *testing.T) {
	RegisterFailHandler(Fail)
	RunSpecs(t, "specs")
}

// A Ginkgo table against the real modules: each entry's arguments reach
// the body's parameters.
var _ = DescribeTable("health",
	func(draining bool, expected int) {
		rec := httptest.NewRecorder()
		Health(draining)(rec, httptest.NewRequest("GET", "/", nil))
		Expect(rec.Code).To(Equal(expected))
	},
	Entry("serving", false, 200),
	Entry("draining", true, 503),
)
