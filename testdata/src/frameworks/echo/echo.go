package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

func handler(c echo.Context) error {
	if c.Response().Status == 304 { // want `magic HTTP status 304 compared with echo.Response.Status; use http.StatusNotModified`
		return nil
	}
	c.Response().WriteHeader(200) // want `magic HTTP status 200 in echo.Response.WriteHeader call; use http.StatusOK`
	if false {
		return c.NoContent(204) // want `magic HTTP status 204 in echo.Context.NoContent call; use http.StatusNoContent`
	}
	if false {
		return echo.NewHTTPError(400, "bad") // want `magic HTTP status 400 in echo.NewHTTPError call; use http.StatusBadRequest`
	}
	if false {
		return c.Redirect(200, "/") // want `invalid HTTP status 200 in echo.Context.Redirect call: echo's Redirect returns ErrInvalidRedirectCode`
	}
	if false {
		return c.JSON(0, nil) // want `invalid HTTP status 0 in echo.Context.JSON call: echo sends 200 instead`
	}
	return c.JSON(http.StatusOK, nil)
}

func errorHandler(err error, c echo.Context) {
	if he, ok := err.(*echo.HTTPError); ok && he.Code == 404 { // want `use http.StatusNotFound`
		_ = c.String(404, "not found") // want `use http.StatusNotFound`
	}
}

var config = middleware.RedirectConfig{Code: 308} // want `magic HTTP status 308 stored in middleware.RedirectConfig.Code; use http.StatusPermanentRedirect`
