// A file without imports.
package noimport

// none gets a new import declaration above its doc comment.
func none(c *Context) {
	c.Writer.WriteHeader(201) // want `magic HTTP status 201 .*; use http.StatusCreated`
}
