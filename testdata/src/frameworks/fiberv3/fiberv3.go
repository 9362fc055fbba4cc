package fiberv3

import "github.com/gofiber/fiber/v3"

func handler(c fiber.Ctx) error {
	c.Status(201)            // want `magic HTTP status 201 in fiber.Ctx.Status call; use fiber.StatusCreated`
	c.Res().Status(202)      // want `magic HTTP status 202 in fiber.Res.Status call; use fiber.StatusAccepted`
	c.Redirect().Status(307) // want `magic HTTP status 307 in fiber.Redirect.Status call; use fiber.StatusTemporaryRedirect`
	if false {
		return fiber.NewErrorf(418, "%s", "teapot") // want `use fiber.StatusTeapot`
	}
	return c.SendStatus(204) // want `use fiber.StatusNoContent`
}

func concrete(c *fiber.DefaultCtx) error {
	c.Status(400)            // want `magic HTTP status 400 in fiber.DefaultCtx.Status call; use fiber.StatusBadRequest`
	return c.SendStatus(403) // want `magic HTTP status 403 in fiber.DefaultRes.SendStatus call; use fiber.StatusForbidden`
}
