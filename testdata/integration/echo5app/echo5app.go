// Package echo5app uses the real echo v5, whose Context is a struct.
package echo5app

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v5"
	"github.com/labstack/echo/v5/middleware"
)

func Routes(e *echo.Echo) {
	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.RemoveTrailingSlashConfig{RedirectCode: 308}))
	e.GET("/health", func(c *echo.Context) error {
		return c.JSON(200, map[string]string{"status": "ok"})
	})
	e.DELETE("/items/:id", func(c *echo.Context) error {
		if c.Param("id") == "" {
			return echo.NewHTTPError(400, "id required")
		}
		return c.NoContent(http.StatusNoContent)
	})
	e.GET("/old", func(c *echo.Context) error {
		return c.Redirect(301, "/new")
	})
	e.HTTPErrorHandler = func(c *echo.Context, err error) {
		var he *echo.HTTPError
		if errors.As(err, &he) && he.Code == 404 {
			_ = c.String(404, "nothing here")
			return
		}
		if echo.StatusCode(err) == 503 {
			_ = c.NoContent(http.StatusServiceUnavailable)
			return
		}
		if resp, uerr := echo.UnwrapResponse(c.Response()); uerr == nil && resp.Committed {
			return
		}
		_ = c.NoContent(500)
	}
}
