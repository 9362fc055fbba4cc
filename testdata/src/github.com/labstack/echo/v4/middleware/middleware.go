// Stub of github.com/labstack/echo/v4@v4.16.0 middleware/middleware.go, middleware/redirect.go, middleware/slash.go, middleware/request_logger.go, modelled on its source: only what statuscode's tests use.

// Package middleware is a stub of github.com/labstack/echo/v4/middleware
// reduced to the config and logger-value fields that hold HTTP status codes.
package middleware

import (
	"time"

	"github.com/labstack/echo/v4"
)

// Skipper defines a function to skip middleware. Returning true skips processing
// the middleware.
type Skipper func(c echo.Context) bool

// RedirectConfig defines the config for Redirect middleware.
type RedirectConfig struct {
	// Skipper defines a function to skip middleware.
	Skipper

	// Status code to be used when redirecting the request.
	// Optional. Default value http.StatusMovedPermanently.
	Code int `yaml:"code"`
}

// TrailingSlashConfig defines the config for TrailingSlash middleware.
type TrailingSlashConfig struct {
	// Skipper defines a function to skip middleware.
	Skipper Skipper

	// Status code to be used when redirecting the request.
	// Optional, but when provided the request is redirected using this code.
	RedirectCode int `yaml:"redirect_code"`
}

// RequestLoggerValues contains extracted values from logger.
type RequestLoggerValues struct {
	// StartTime is time recorded before next middleware/handler is executed.
	StartTime time.Time
	// Latency is duration it took to execute rest of the handler chain (next(c) call).
	Latency time.Duration
	// Method is request method value.
	Method string
	// URI is request URI value.
	URI string
	// Status is response status code. Then handler returns an echo.HTTPError then code from there.
	Status int
	// Error is error returned from executed handler chain.
	Error error
}
