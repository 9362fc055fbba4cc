package fiber

import (
	"net/http"
	"testing"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
)

// fiber's own assertion helper, which its tests and its users' use.
func checkAssertEqual(t *testing.T, resp *http.Response, c *fiber.Ctx) {
	utils.AssertEqual(t, 200, resp.StatusCode, "Status code") // want `magic HTTP status 200 compared with http.Response.StatusCode; use http.StatusOK`
	utils.AssertEqual(t, 404, c.Response().StatusCode())      // want `magic HTTP status 404 compared with fasthttp.Response.StatusCode result; use fiber.StatusNotFound`
	utils.AssertEqual(t, fiber.StatusOK, resp.StatusCode)
	utils.AssertEqual(t, 200, len("ok"))
	utils.AssertEqual(t, int64(200), int64(resp.StatusCode)) // a conversion of the field is not the field
}
