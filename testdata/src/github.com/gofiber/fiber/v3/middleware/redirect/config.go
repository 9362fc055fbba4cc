// Stub of github.com/gofiber/fiber/v3@v3.1.0 middleware/redirect/config.go, modelled on its source: only what statuscode's tests use.

// Package redirect is a stub of github.com/gofiber/fiber/v3/middleware/redirect
// reduced to Config, whose StatusCode field holds an HTTP status.
package redirect

import (
	"github.com/gofiber/fiber/v3"
)

// Config defines the config for middleware.
type Config struct {
	// Next defines a function to skip this middleware when returned true.
	//
	// Optional. Default: nil
	Next func(fiber.Ctx) bool

	// Rules defines the URL path rewrite rules.
	Rules map[string]string

	// The status code when redirecting
	// This is ignored if Redirect is disabled
	// Optional. Default: 302 Temporary Redirect
	StatusCode int
}

// ConfigDefault is the default config
var ConfigDefault = Config{
	StatusCode: fiber.StatusFound,
}
