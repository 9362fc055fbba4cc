package c

import (
	"net/http"

	"objkinds/foreign/a"
	"objkinds/foreign/b"
)

func use(w http.ResponseWriter, r *http.Response, x b.Coder, y a.Coder) {
	b.New().Respond(w, 404)   // a's method: a declares no implementation, so no fact says where 404 goes
	_ = x.StatusCode() == 500 // want `magic HTTP status 500 compared with the result of a.Coder.StatusCode`
	_ = y.StatusCode() == 502 // want `magic HTTP status 502 compared with the result of a.Coder.StatusCode`
}
