package main

// This file does not import net/http: the fix must add the import.

import "net/http/httptest"

func recorded() int {
	rec := httptest.NewRecorder()
	rec.WriteHeader(201)
	return rec.Code
}
