// Package tagged has a file behind the integration build tag: statuscode
// checks it with -tags integration, and only then.
package tagged

import "net/http"

// OK writes a status by its name.
func OK(w http.ResponseWriter) { w.WriteHeader(http.StatusOK) }
