// Package nethttpconsts is checked with -net-http-constants.
package nethttpconsts

import (
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/gofiber/fiber/v2"
)

func fiberHandler(c *fiber.Ctx) error {
	c.Response().SetStatusCode(404) // want `use http.StatusNotFound`
	return c.SendStatus(203)        // want `use http.StatusNonAuthoritativeInfo`
}

func hertzHandler(ctx *app.RequestContext) {
	ctx.JSON(200, nil) // want `use http.StatusOK`
}
