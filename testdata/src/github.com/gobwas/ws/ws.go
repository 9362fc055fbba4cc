// Stub of github.com/gobwas/ws@v1.5.0 for analysistest: real names, values and signatures, trivial bodies.

// Package ws is a stub of github.com/gobwas/ws (frame.go, check.go,
// errors.go) reduced to the API around close codes.
package ws

import (
	"bufio"
	"io"
	"net"
	"net/http"
)

// OpCode represents operation code.
type OpCode byte

// Operation codes defined by specification.
// See https://tools.ietf.org/html/rfc6455#section-5.2
const (
	OpContinuation OpCode = 0x0
	OpText         OpCode = 0x1
	OpBinary       OpCode = 0x2
	OpClose        OpCode = 0x8
	OpPing         OpCode = 0x9
	OpPong         OpCode = 0xa
)

// StatusCode represents the encoded reason for closure of websocket connection.
//
// See https://tools.ietf.org/html/rfc6455#section-7.4
type StatusCode uint16

// StatusCodeRange describes range of StatusCode values.
type StatusCodeRange struct {
	Min, Max StatusCode
}

// Status code ranges defined by specification.
// See https://tools.ietf.org/html/rfc6455#section-7.4.2
var (
	StatusRangeNotInUse    = StatusCodeRange{0, 999}
	StatusRangeProtocol    = StatusCodeRange{1000, 2999}
	StatusRangeApplication = StatusCodeRange{3000, 3999}
	StatusRangePrivate     = StatusCodeRange{4000, 4999}
)

// Status codes defined by specification.
// See https://tools.ietf.org/html/rfc6455#section-7.4.1
const (
	StatusNormalClosure           StatusCode = 1000
	StatusGoingAway               StatusCode = 1001
	StatusProtocolError           StatusCode = 1002
	StatusUnsupportedData         StatusCode = 1003
	StatusNoMeaningYet            StatusCode = 1004
	StatusInvalidFramePayloadData StatusCode = 1007
	StatusPolicyViolation         StatusCode = 1008
	StatusMessageTooBig           StatusCode = 1009
	StatusMandatoryExt            StatusCode = 1010
	StatusInternalServerError     StatusCode = 1011
	StatusTLSHandshake            StatusCode = 1015

	// StatusAbnormalClosure is a special code designated for use in
	// applications.
	StatusAbnormalClosure StatusCode = 1006

	// StatusNoStatusRcvd is a special code designated for use in applications.
	StatusNoStatusRcvd StatusCode = 1005
)

// In reports whether the code is defined in given range.
func (s StatusCode) In(r StatusCodeRange) bool {
	return r.Min <= s && s <= r.Max
}

// Empty reports whether the code is empty.
func (s StatusCode) Empty() bool {
	return s == 0
}

// Header represents websocket frame header.
type Header struct {
	Fin    bool
	Rsv    byte
	OpCode OpCode
	Masked bool
	Mask   [4]byte
	Length int64
}

// Frame represents websocket frame.
// See https://tools.ietf.org/html/rfc6455#section-5.2
type Frame struct {
	Header  Header
	Payload []byte
}

// NewCloseFrame creates close frame with given close body.
func NewCloseFrame(p []byte) Frame {
	return Frame{Header: Header{Fin: true, OpCode: OpClose, Length: int64(len(p))}, Payload: p}
}

// NewCloseFrameBody encodes a closure code and a reason into a binary
// representation.
func NewCloseFrameBody(code StatusCode, reason string) []byte {
	p := make([]byte, 2+len(reason))
	PutCloseFrameBody(p, code, reason)
	return p
}

// PutCloseFrameBody encodes code and reason into buf.
func PutCloseFrameBody(p []byte, code StatusCode, reason string) {
	p[0], p[1] = byte(code>>8), byte(code)
	copy(p[2:], reason)
}

// WriteFrame writes frame binary representation into w.
func WriteFrame(w io.Writer, f Frame) error {
	_, err := w.Write(f.Payload)
	return err
}

// ParseCloseFrameData parses close frame status code and closure reason if any
// provided.
func ParseCloseFrameData(payload []byte) (code StatusCode, reason string) {
	if len(payload) < 2 {
		return
	}
	return StatusCode(payload[0])<<8 | StatusCode(payload[1]), string(payload[2:])
}

// ProtocolError describes error during checking/parsing websocket frames or
// headers.
type ProtocolError string

// Error implements error interface.
func (p ProtocolError) Error() string { return string(p) }

// CheckCloseFrameData checks received close information
// to be valid RFC6455 compatible close info.
func CheckCloseFrameData(code StatusCode, reason string) error { return nil }

// RejectOption represents an option used to control the way connection is
// rejected.
type RejectOption func(*ConnectionRejectedError)

// RejectionStatus returns an option that makes connection to be rejected with
// given HTTP status code.
func RejectionStatus(code int) RejectOption {
	return func(err *ConnectionRejectedError) {
		err.code = code
	}
}

// RejectConnectionError constructs an error that could be used to control the
// way handshake is rejected by Upgrader.
func RejectConnectionError(options ...RejectOption) error {
	err := new(ConnectionRejectedError)
	for _, opt := range options {
		opt(err)
	}
	return err
}

// ConnectionRejectedError represents a rejection of connection during
// WebSocket handshake error.
type ConnectionRejectedError struct {
	reason string
	code   int
}

// Error implements error interface.
func (r *ConnectionRejectedError) Error() string { return r.reason }

// StatusCode returns the HTTP status code for the connection rejection.
func (r *ConnectionRejectedError) StatusCode() int { return r.code }

// Handshake represents handshake result.
type Handshake struct {
	// Protocol is the subprotocol selected during handshake.
	Protocol string
}

// UpgradeHTTP is like HTTPUpgrader{}.Upgrade().
func UpgradeHTTP(r *http.Request, w http.ResponseWriter) (net.Conn, *bufio.ReadWriter, Handshake, error) {
	return nil, nil, Handshake{}, nil
}
