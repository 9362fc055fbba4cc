package lookalike

import (
	"net/http"
	"net/http/httptest"

	"lookalike/assert"
)

// Context has gin's and hertz's method names on a type of its own.
type Context struct{ Code int }

func (c *Context) JSON(code int, obj any)             {}
func (c *Context) String(code int, format string)     {}
func (c *Context) Status(code int)                    {}
func (c *Context) SetStatusCode(code int)             {}
func (c *Context) Redirect(code int, location string) {}
func (c *Context) StatusCode() int                    { return c.Code }

// NewHTTPError and NewError have echo's and fiber's names.
func NewHTTPError(code int, msg ...any) error { return nil }
func NewError(code int, msg ...string) error  { return nil }

type response struct{ StatusCode, Status int }

func frameworks(c *Context, resp *http.Response, rec *httptest.ResponseRecorder, r response) {
	c.JSON(200, nil)
	c.String(404, "")
	c.Status(500)
	c.SetStatusCode(201)
	c.Redirect(302, "/")
	_ = NewHTTPError(400)
	_ = NewError(503)
	_ = c.StatusCode() == 200 || c.Code == 404
	_ = r.StatusCode == 200 || r.Status == 404
	_ = response{StatusCode: 200}
	_ = assert.Equal(nil, 200, rec.Code)
	_ = assert.NotEqual(nil, resp.StatusCode, 404)

	// Ordered comparisons test classes of codes.
	_ = resp.StatusCode >= 500 || rec.Code < 300 || resp.StatusCode > 199 || rec.Code <= 299
	// Arithmetic and non-literal operands are not codes.
	_ = resp.StatusCode/100 == 2 || resp.ProtoMajor == r.StatusCode
}
