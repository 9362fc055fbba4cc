package hertz

import (
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/ut"
	"github.com/cloudwego/hertz/pkg/common/utils"
)

// This file does not import consts: fixes add it.
func handler(ctx *app.RequestContext) {
	ctx.JSON(200, utils.H{})              // want `magic HTTP status 200 in app.RequestContext.JSON call; use consts.StatusOK`
	ctx.String(404, "%s", "missing")      // want `use consts.StatusNotFound`
	ctx.AbortWithMsg("down", 503)         // want `use consts.StatusServiceUnavailable`
	ctx.Redirect(302, []byte("/"))        // want `use consts.StatusFound`
	ctx.Redirect(200, []byte("/"))        // want `invalid HTTP status 200 in app.RequestContext.Redirect call: hertz redirects with 302 instead`
	ctx.Response.SetStatusCode(700)       // want `invalid HTTP status 700 .*: hertz logs "Invalid StatusCode"`
	ctx.Status(421)                       // hertz has no StatusMisdirectedRequest
	if ctx.Response.StatusCode() == 500 { // want `compared with protocol.Response.StatusCode result; use consts.StatusInternalServerError`
		return
	}
	w := ut.NewRecorder()
	w.WriteHeader(201) // want `magic HTTP status 201 in ut.ResponseRecorder.WriteHeader call; use consts.StatusCreated`
	_ = w.Code == 201  // want `use consts.StatusCreated`
}
