package main

import (
	"net/http"

	"example.com/goplsdemo/respond"
)

func conflict(w http.ResponseWriter, _ *http.Request) {
	respond.JSON(w, 409, nil)
}
