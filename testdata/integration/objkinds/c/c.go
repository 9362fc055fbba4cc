package c

import (
	"net/http"

	"example.com/integration/objkinds/a"
	"example.com/integration/objkinds/b"
)

func use(w http.ResponseWriter, r *http.Response, x b.Coder, y a.Coder) {
	b.New().Respond(w, 404) // a's method: a declares no implementation, so no fact says where 404 goes
	_ = x.StatusCode() == 500
	_ = y.StatusCode() == 502
}
