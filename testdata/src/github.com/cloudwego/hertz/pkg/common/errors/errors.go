// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/common/errors/errors.go, modelled on its source: only what statuscode's tests use.

// Package errors is a stub of github.com/cloudwego/hertz/pkg/common/errors
// reduced to Error, which (*app.RequestContext).AbortWithError returns.
package errors

type ErrorType uint64

type Error struct {
	Err  error
	Type ErrorType
	Meta interface{}
}

// Error implements the error interface.
func (msg *Error) Error() string {
	return msg.Err.Error()
}
