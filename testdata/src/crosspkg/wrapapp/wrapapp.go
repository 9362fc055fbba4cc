package wrapapp

import (
	"crosspkg/wrap"
	"crosspkg/wrapuse"
)

func gone(c *wrap.Ctx) {
	wrapuse.Respond(c, 410) // want `magic HTTP status 410 passed to wrapuse.Respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusGone`
}
