package noimport

import (
	"fmt"
	"os"
)

func after(c *Context) {
	c.Writer.WriteHeader(204) // want `magic HTTP status 204 .*; use http.StatusNoContent`
	fmt.Fprintln(os.Stderr)
}
