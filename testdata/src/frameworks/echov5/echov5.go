package echov5

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

func handler(c *echo.Context) error {
	if resp, err := echo.UnwrapResponse(c.Response()); err == nil && resp.Status == 304 { // want `magic HTTP status 304 compared with echo.Response.Status; use http.StatusNotModified`
		resp.WriteHeader(200) // want `magic HTTP status 200 in echo.Response.WriteHeader call; use http.StatusOK`
	}
	c.Response().WriteHeader(202) // want `magic HTTP status 202 in http.ResponseWriter.WriteHeader call; use http.StatusAccepted`
	switch c.QueryParam("case") {
	case "created":
		return c.JSON(201, nil) // want `magic HTTP status 201 in echo.Context.JSON call; use http.StatusCreated`
	case "empty":
		return c.NoContent(204) // want `magic HTTP status 204 in echo.Context.NoContent call; use http.StatusNoContent`
	case "moved":
		return c.Redirect(301, "/new") // want `magic HTTP status 301 in echo.Context.Redirect call; use http.StatusMovedPermanently`
	case "bad":
		return echo.NewHTTPError(400, "bad") // want `magic HTTP status 400 in echo.NewHTTPError call; use http.StatusBadRequest`
	case "text":
		return c.String(404, "not found") // want `magic HTTP status 404 in echo.Context.String call; use http.StatusNotFound`
	case "xml":
		return c.XMLPretty(0x1F4, nil, "  ") // want `magic HTTP status 0x1F4 \(500\) in echo.Context.XMLPretty call; use http.StatusInternalServerError`
	case "problem":
		return &echo.ProblemError{Status: 422, Title: "invalid"} // want `magic HTTP status 422 stored in echo.ProblemError.Status; use http.StatusUnprocessableEntity`
	case "teapot":
		return &echo.HTTPError{Code: 418} // want `magic HTTP status 418 stored in echo.HTTPError.Code; use http.StatusTeapot`
	}
	return c.JSON(http.StatusOK, nil)
}

// Invalid codes: reported without a fix, literal or constant.
func invalid(c *echo.Context) error {
	const ok = 200
	switch c.QueryParam("case") {
	case "redirect":
		return c.Redirect(200, "/") // want `invalid HTTP status 200 in echo.Context.Redirect call: echo's Redirect returns ErrInvalidRedirectCode`
	case "redirect-const":
		return c.Redirect(ok, "/") // want `invalid HTTP status ok \(200\) in echo.Context.Redirect call`
	case "json":
		return c.JSON(0, nil) // want `invalid HTTP status 0 in echo.Context.JSON call: echo sends 200 instead`
	case "blob":
		return c.JSONBlob(0, nil) // want `invalid HTTP status 0 in echo.Context.JSONBlob call: net/http panics`
	case "pretty":
		return c.JSONPretty(1000, nil, "") // want `invalid HTTP status 1000 in echo.Context.JSONPretty call: net/http panics`
	case "error":
		return echo.NewHTTPError(0, "") // want `invalid HTTP status 0 in echo.NewHTTPError call: echo's error handlers send 500 instead`
	case "error-big":
		return echo.NewHTTPError(1000, "") // want `invalid HTTP status 1000 in echo.NewHTTPError call: net/http panics`
	}
	return c.NoContent(299) // legal, no constant
}

func errorHandler(c *echo.Context, err error) {
	var he *echo.HTTPError
	if errors.As(err, &he) && (he.Code == 404 || he.StatusCode() == 410) { // want `magic HTTP status 404 compared with echo.HTTPError.Code; use http.StatusNotFound` `magic HTTP status 410 compared with echo.HTTPError.StatusCode result; use http.StatusGone`
		_ = c.String(404, "not found") // want `use http.StatusNotFound`
		return
	}
	var sc echo.HTTPStatusCoder
	if errors.As(err, &sc) && sc.StatusCode() == 429 { // want `magic HTTP status 429 compared with echo.HTTPStatusCoder.StatusCode result; use http.StatusTooManyRequests`
		return
	}
	var pe *echo.ProblemError
	if errors.As(err, &pe) && (pe.Status == 422 || pe.StatusCode() == 409) { // want `use http.StatusUnprocessableEntity` `magic HTTP status 409 compared with echo.ProblemError.StatusCode result; use http.StatusConflict`
		return
	}
	switch echo.StatusCode(err) {
	case 503: // want `magic HTTP status 503 compared with echo.StatusCode result; use http.StatusServiceUnavailable`
		_ = c.NoContent(http.StatusServiceUnavailable)
	case 0: // no status: not a code
	}
}

var (
	redirect = middleware.RedirectConfig{Code: 308}                    // want `magic HTTP status 308 stored in middleware.RedirectConfig.Code; use http.StatusPermanentRedirect`
	addSlash = middleware.AddTrailingSlashConfig{RedirectCode: 301}    // want `magic HTTP status 301 stored in middleware.AddTrailingSlashConfig.RedirectCode; use http.StatusMovedPermanently`
	delSlash = middleware.RemoveTrailingSlashConfig{RedirectCode: 302} // want `magic HTTP status 302 stored in middleware.RemoveTrailingSlashConfig.RedirectCode; use http.StatusFound`
)

func logValues(c *echo.Context, v middleware.RequestLoggerValues) error {
	if v.Status == 500 { // want `magic HTTP status 500 compared with middleware.RequestLoggerValues.Status; use http.StatusInternalServerError`
		return nil
	}
	return nil
}

// Negatives: a variable code, and a type of this package with echo's
// method names.
type fakeContext struct{ Status int }

func (fakeContext) JSON(code int, i any) error        { return nil }
func (fakeContext) Redirect(code int, u string) error { return nil }
func (fakeContext) StatusCode() int                   { return 0 }

func negatives(c *echo.Context, code int, f fakeContext) error {
	_ = f.JSON(200, nil)
	_ = f.Redirect(0, "/")
	_ = f.Status == 404 || f.StatusCode() == 404
	_ = echo.StatusCode(nil) >= 500 // a class of codes
	_ = c.Redirect(code, "/")
	return c.JSON(code, nil)
}
