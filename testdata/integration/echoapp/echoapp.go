// Package echoapp uses the real echo.
package echoapp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func Routes(e *echo.Echo) {
	e.GET("/health", func(c echo.Context) error {
		return c.JSON(200, map[string]string{"status": "ok"})
	})
	e.DELETE("/items/:id", func(c echo.Context) error {
		if c.Param("id") == "" {
			return echo.NewHTTPError(400, "id required")
		}
		return c.NoContent(http.StatusNoContent)
	})
	e.HTTPErrorHandler = func(err error, c echo.Context) {
		if he, ok := err.(*echo.HTTPError); ok && he.Code == 404 {
			_ = c.String(404, "nothing here")
			return
		}
		_ = c.NoContent(500)
	}
}
