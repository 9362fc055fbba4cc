// Stub of github.com/onsi/gomega@v1.44.0 ghttp/handlers.go, modelled on
// its source: only what statuscode's tests use.

// Package ghttp is a stub of Gomega's test server handlers.
package ghttp

import "net/http"

func RespondWith(statusCode int, body any, optionalHeader ...http.Header) http.HandlerFunc {
	return nil
}

func RespondWithPtr(statusCode *int, body any, optionalHeader ...http.Header) http.HandlerFunc {
	return nil
}

func RespondWithJSONEncoded(statusCode int, object any, optionalHeader ...http.Header) http.HandlerFunc {
	return nil
}
