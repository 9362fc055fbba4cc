package testlibs

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/coder/websocket"
	. "github.com/onsi/gomega"
	"github.com/onsi/gomega/ghttp"
	"github.com/onsi/gomega/types"
)

func TestGomega(t *testing.T) {
	rec := httptest.NewRecorder()
	resp := rec.Result()
	Expect(rec.Code).To(Equal(200))                                                             // want `magic HTTP status 200 compared with httptest.ResponseRecorder.Code; use http.StatusOK`
	Expect(resp.StatusCode).NotTo(Equal(404))                                                   // want `magic HTTP status 404 compared with http.Response.StatusCode; use http.StatusNotFound`
	Ω(rec.Code).Should(Equal(201))                                                              // want `magic HTTP status 201 .*; use http.StatusCreated`
	Ω(rec.Code).ShouldNot(BeEquivalentTo(500))                                                  // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	ExpectWithOffset(1, rec.Code).ToNot(Equal(204))                                             // want `magic HTTP status 204 .*; use http.StatusNoContent`
	Expect(rec.Code).WithOffset(1).To(Equal(202))                                               // want `magic HTTP status 202 .*; use http.StatusAccepted`
	Expect(rec.Code).To(BeNumerically("==", 409))                                               // want `magic HTTP status 409 .*; use http.StatusConflict`
	Eventually(func() int { return rec.Code }).Should(Equal(302))                               // want `magic HTTP status 302 .*; use http.StatusFound`
	Consistently(func() int { return rec.Code }).WithTimeout(time.Second).ShouldNot(Equal(503)) // want `magic HTTP status 503 .*; use http.StatusServiceUnavailable`
	Expect(resp).To(HaveHTTPStatus(418))                                                        // want `magic HTTP status 418 in gomega.HaveHTTPStatus call; use http.StatusTeapot`
	Expect(resp).To(HaveHTTPStatus(200, 204))                                                   // want `magic HTTP status 200 in gomega.HaveHTTPStatus call; use http.StatusOK` `magic HTTP status 204 in gomega.HaveHTTPStatus call; use http.StatusNoContent`
	Expect(resp).To(HaveHTTPStatus("404 Not Found"))

	got := rec.Code
	Expect(got).To(Equal(206)) // want `magic HTTP status 206 compared with got \(holds httptest.ResponseRecorder.Code\); use http.StatusPartialContent`
	Expect(got).NotTo(Equal(len(items())))

	g := NewWithT(t)
	g.Expect(rec.Code).To(Equal(403)) // want `magic HTTP status 403 .*; use http.StatusForbidden`
	Eventually(func(g Gomega) {
		g.Expect(rec.Code).To(Equal(401)) // want `magic HTTP status 401 .*; use http.StatusUnauthorized`
	}).Should(succeed())

	_ = ghttp.RespondWith(500, "boom")         // want `magic HTTP status 500 in ghttp.RespondWith call; use http.StatusInternalServerError`
	_ = ghttp.RespondWithJSONEncoded(201, nil) // want `magic HTTP status 201 in ghttp.RespondWithJSONEncoded call; use http.StatusCreated`
	_ = ghttp.RespondWith(http.StatusOK, "ok")
}

// Precision: none of these is a status compared as such.
func TestGomegaSilent(t *testing.T) {
	rec := httptest.NewRecorder()
	items := []int{1}
	var err error
	Expect(rec.Code).To(BeNumerically(">=", 400)) // a class of codes
	Expect(rec.Code).To(BeNumerically("<", 500))
	Expect(len(items)).To(Equal(200))      // not a status
	Expect(rec.Code).To(Equal(len(items))) // no literal
	Expect(items).To(HaveLen(3))
	Expect(rec.Code).To(BeNumerically(">", 400))          // a class of codes
	Expect(websocket.CloseStatus(err)).To(Equal(1000))    // an int never equals a StatusCode: a constant would change the outcome
	Expect(rec.Code).To(Equal(299))                       // no constant
	Expect(func() int { return rec.Code }).To(Equal(200)) // Expect does not call functions
}

func succeed() types.GomegaMatcher { return nil }

func items() []int { return nil }
