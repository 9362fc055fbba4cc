// Package plain does not import net/http.
package plain

func Send(code int, body string) {}
