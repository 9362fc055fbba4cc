package fiber

import "github.com/gofiber/fiber/v2"

func handler(c *fiber.Ctx) error {
	c.Status(201)                         // want `magic HTTP status 201 in fiber.Ctx.Status call; use fiber.StatusCreated`
	c.Status(203)                         // want `use fiber.StatusNonAuthoritativeInformation`
	c.Response().SetStatusCode(404)       // want `magic HTTP status 404 in fasthttp.Response.SetStatusCode call; use fiber.StatusNotFound`
	c.Context().SetStatusCode(1000)       // want `invalid HTTP status 1000 in fasthttp.RequestCtx.SetStatusCode call: not a three-digit status`
	if c.Response().StatusCode() == 200 { // want `magic HTTP status 200 compared with fasthttp.Response.StatusCode result; use fiber.StatusOK`
		return nil
	}
	if false {
		return c.Redirect("/", 301) // want `use fiber.StatusMovedPermanently`
	}
	if false {
		return fiber.NewError(503, "down") // want `magic HTTP status 503 in fiber.NewError call; use fiber.StatusServiceUnavailable`
	}
	return c.SendStatus(fiber.StatusOK)
}

func errorHandler(c *fiber.Ctx, err error) error {
	if e, ok := err.(*fiber.Error); ok && e.Code == 404 { // want `use fiber.StatusNotFound`
		return c.SendStatus(e.Code)
	}
	return nil
}

// A helper of the package: the path ends at fiber, so the fix writes
// fiber's constant.
func sendStatus(c *fiber.Ctx, code int) error { return c.SendStatus(code) }

func flowed(c *fiber.Ctx) error {
	return sendStatus(c, 404) // want `magic HTTP status 404 passed to sendStatus \(reaches fiber.Ctx.SendStatus\); use fiber.StatusNotFound`
}
