package noimport

import (
	"fmt"
	"os"

	"strings"
)

func group(c *Context) {
	c.Writer.WriteHeader(202) // want `magic HTTP status 202 .*; use http.StatusAccepted`
	c.Writer.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
	fmt.Fprintln(os.Stderr, strings.ToUpper("done"))
}
