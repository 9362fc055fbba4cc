// Package fasthttp is a minimal copy of fasthttp's response API, checked
// as the library itself: a path ends at its own SetStatusCode, and does
// not go on into what SetStatusCode stores and StatusCode returns (a test
// that compares a parsed status with net/http's would otherwise mix two
// families into every caller).
package fasthttp

import "net/http"

const StatusOK = 200

type ResponseHeader struct{ statusCode int }

func (h *ResponseHeader) SetStatusCode(statusCode int) { h.statusCode = statusCode }
func (h *ResponseHeader) StatusCode() int              { return h.statusCode }

type Response struct{ Header ResponseHeader }

func (resp *Response) SetStatusCode(statusCode int) { resp.Header.SetStatusCode(statusCode) }
func (resp *Response) StatusCode() int              { return resp.Header.StatusCode() }

func testResponseSuccess(statusCode int) {
	var resp Response
	resp.SetStatusCode(statusCode)
}

func compareWithNetHTTP(resp *Response, nr *http.Response) bool {
	status := resp.StatusCode()
	return status == nr.StatusCode
}

func use() {
	testResponseSuccess(200) // want `magic HTTP status 200 passed to testResponseSuccess \(reaches Response.SetStatusCode\); use StatusOK`
}
