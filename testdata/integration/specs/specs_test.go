package specs

import (
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
)

// Gomega against the real module: the assertions' matchers compare a
// recorder's code with literals.
func TestHealth(t *testing.T) {
	g := NewWithT(t)
	rec := httptest.NewRecorder()
	Health(false)(rec, httptest.NewRequest("GET", "/", nil))
	g.Expect(rec.Code).To(Equal(200))
	g.Expect(rec.Result()).To(HaveHTTPStatus(200))

	rec = httptest.NewRecorder()
	Health(true)(rec, httptest.NewRequest("GET", "/", nil))
	g.Expect(rec.Code).NotTo(BeEquivalentTo(200))
	g.Eventually(func() int { return rec.Code }).Should(Equal(503))
	g.Expect(rec.Code).To(BeNumerically(">=", 500)) // a class of codes: not reported
}
