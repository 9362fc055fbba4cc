// Package namederr declares a named type over the predeclared error, as
// iris's hero package does: its method set holds the universe's
// error.Error, whose package is nil.
package namederr

import "net/http"

type Err error

func Code(r *http.Response) int { return r.StatusCode }

func ok(r *http.Response) bool { return Code(r) == 200 }
