// Stub of github.com/steinfletcher/apitest@v1.5.11 apitest.go, modelled on
// its source: only what statuscode's tests use.

// Package apitest is a stub of steinfletcher/apitest.
package apitest

import "net/http"

// TestingT is an interface to wrap the native *testing.T interface.
type TestingT interface {
	Errorf(format string, args ...interface{})
	Fatal(args ...interface{})
	Fatalf(format string, args ...interface{})
}

// APITest is the top level struct holding the test spec.
type APITest struct{}

// Request is the user defined request that will be invoked on the handler under test.
type Request struct{}

// Response is the user defined expected response from the application under test.
type Response struct{}

// Result provides assertions on the response.
type Result struct{}

func New(name ...string) *APITest                        { return &APITest{} }
func (a *APITest) Handler(handler http.Handler) *APITest { return a }
func (a *APITest) Get(url string) *Request               { return &Request{} }
func (r *Request) Expect(t TestingT) *Response           { return &Response{} }
func (r *Response) Status(s int) *Response               { return r }
func (r *Response) Body(b string) *Response              { return r }
func (r *Response) End() Result                          { return Result{} }
