package noimport

import "fmt"

func single(c *Context) {
	c.Writer.WriteHeader(500) // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	fmt.Println()
}
