package aliased

import nethttp "net/http"

func h(w nethttp.ResponseWriter) {
	w.WriteHeader(404)              // want `magic HTTP status 404 .*; use nethttp.StatusNotFound`
	nethttp.Error(w, "teapot", 418) // want `magic HTTP status 418 in http.Error call; use nethttp.StatusTeapot`
}
