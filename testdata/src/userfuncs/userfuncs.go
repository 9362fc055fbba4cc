package userfuncs

import (
	"net/http"

	"userfuncs/plain"
	"userfuncs/web"
)

func h(w http.ResponseWriter, c *web.Ctx) {
	web.JSON(w, 201, nil) // want `magic HTTP status 201 in web.JSON call; use http.StatusCreated`
	c.Status(404)         // want `magic HTTP status 404 in web.Ctx.Status call; use http.StatusNotFound`
	web.Ctx{}.Abort(409)  // want `magic HTTP status 409 in web.Ctx.Abort call; use http.StatusConflict`
	web.CloseWith(1000)
	web.CloseTyped(nil, 1001) // want `magic WebSocket close code 1001 in web.CloseTyped call; use websocket.StatusGoingAway`
	web.Unlisted(404)
	plain.Send(200, "") // want `magic HTTP status 200 in plain.Send call; use http.StatusOK`
}
