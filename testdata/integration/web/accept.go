package web

import "fmt"

// accept acknowledges id on a recorder; this file does not import net/http.
func accept(rec *recorder, id string) {
	rec.WriteHeader(202)
	fmt.Fprintf(rec, "accepted %s\n", id)
}
