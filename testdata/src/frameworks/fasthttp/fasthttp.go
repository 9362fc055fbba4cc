package fasthttp

import "github.com/valyala/fasthttp"

func handler(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(200)                // want `magic HTTP status 200 in fasthttp.RequestCtx.SetStatusCode call; use fasthttp.StatusOK`
	ctx.Error("nope", 404)                // want `use fasthttp.StatusNotFound`
	ctx.Redirect("/", 301)                // want `use fasthttp.StatusMovedPermanently`
	ctx.Redirect("/", 200)                // want `invalid HTTP status 200 in fasthttp.RequestCtx.Redirect call: fasthttp redirects with 302 instead`
	ctx.Response.Header.SetStatusCode(0)  // want `invalid HTTP status 0 .*: fasthttp sends 200 instead`
	ctx.SetStatusCode(425)                // fasthttp has no StatusTooEarly
	_ = fasthttp.StatusMessage(500)       // want `use fasthttp.StatusInternalServerError`
	if ctx.Response.StatusCode() != 200 { // want `compared with fasthttp.Response.StatusCode result; use fasthttp.StatusOK`
		return
	}
	switch ctx.Response.Header.StatusCode() {
	case 204, 304: // want `use fasthttp.StatusNoContent` `use fasthttp.StatusNotModified`
	}
}
