package testlibs

import (
	"net/http"
	"net/http/httptest"

	. "github.com/onsi/ginkgo/v2"
	. "github.com/onsi/gomega"
)

// A table's body receives each entry's arguments after the description.
var _ = DescribeTable("the handler",
	func(path string, expectedStatus int) {
		rec := httptest.NewRecorder()
		http.NotFoundHandler().ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		Expect(rec.Code).To(Equal(expectedStatus))
	},
	Entry("missing", "/missing", 404),          // want `magic HTTP status 404 passed to Entry \(compared with httptest.ResponseRecorder.Code\); use http.StatusNotFound`
	FEntry("gone", "/gone", 410),               // want `magic HTTP status 410 passed to Entry \(compared with httptest.ResponseRecorder.Code\); use http.StatusGone`
	XEntry("ok", "/", 200),                     // want `magic HTTP status 200 passed to Entry \(compared with httptest.ResponseRecorder.Code\); use http.StatusOK`
	Entry("labelled", Label("slow"), "/", 200), // a decorator among the arguments: they do not line up
)

// A row type: its field holds the status, as in any table test.
type row struct {
	path     string
	expected int
}

var _ = DescribeTableSubtree("rows",
	func(in row) {
		It("answers", func() {
			rec := httptest.NewRecorder()
			Expect(rec.Code).To(Equal(in.expected))
		})
	},
	Entry("bad", row{"/bad", 400}), // want `magic HTTP status 400 stored in row.expected \(compared with httptest.ResponseRecorder.Code\); use http.StatusBadRequest`
)

// A table whose body compares nothing with a status: its entries are
// counts.
var _ = DescribeTable("counts",
	func(n int, want int) { Expect(n * 2).To(Equal(want)) },
	Entry("two", 100, 200),
)
