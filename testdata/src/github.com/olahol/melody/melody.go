// Stub of github.com/olahol/melody@v1.1.4 melody.go, session.go, modelled on its source: only what statuscode's tests use.

// Package melody is a stub of github.com/olahol/melody reduced to the API
// around close codes: its own copy of gorilla's Close* constants, its own
// FormatCloseMessage (a wrapper of gorilla's) and the CloseWithMsg methods
// that take a payload made by FormatCloseMessage.
package melody

import (
	"net/http"

	"github.com/gorilla/websocket"
)

// Close codes defined in RFC 6455, section 11.7.
// Duplicate of codes from gorilla/websocket for convenience.
const (
	CloseNormalClosure           = 1000
	CloseGoingAway               = 1001
	CloseProtocolError           = 1002
	CloseUnsupportedData         = 1003
	CloseNoStatusReceived        = 1005
	CloseAbnormalClosure         = 1006
	CloseInvalidFramePayloadData = 1007
	ClosePolicyViolation         = 1008
	CloseMessageTooBig           = 1009
	CloseMandatoryExtension      = 1010
	CloseInternalServerErr       = 1011
	CloseServiceRestart          = 1012
	CloseTryAgainLater           = 1013
	CloseTLSHandshake            = 1015
)

// Melody implements a websocket manager.
type Melody struct {
	Upgrader     *websocket.Upgrader
	closeHandler func(*Session, int, string) error
}

// New creates a new melody instance with default Upgrader and Config.
func New() *Melody {
	return &Melody{Upgrader: &websocket.Upgrader{}}
}

// HandleClose sets the handler for close messages received from the session.
// The code argument to h is the received close code or CloseNoStatusReceived
// if the close message is empty.
func (m *Melody) HandleClose(fn func(*Session, int, string) error) {
	if fn != nil {
		m.closeHandler = fn
	}
}

// HandleRequest upgrades http requests to websocket connections and
// dispatches them to be handled by the melody instance.
func (m *Melody) HandleRequest(w http.ResponseWriter, r *http.Request) error {
	return nil
}

// Close closes the melody instance and all connected sessions.
func (m *Melody) Close() error { return nil }

// CloseWithMsg closes the melody instance with the given close payload and all connected sessions.
// Use the FormatCloseMessage function to format a proper close message payload.
func (m *Melody) CloseWithMsg(msg []byte) error { return nil }

// FormatCloseMessage formats closeCode and text as a WebSocket close message.
func FormatCloseMessage(closeCode int, text string) []byte {
	return websocket.FormatCloseMessage(closeCode, text)
}

// Session wrapper around websocket connections.
type Session struct {
	Request *http.Request
	Keys    map[string]interface{}
	conn    *websocket.Conn
}

// Write writes message to session.
func (s *Session) Write(msg []byte) error { return nil }

// Close closes session.
func (s *Session) Close() error { return nil }

// CloseWithMsg closes the session with the provided payload.
// Use the FormatCloseMessage function to format a proper close message payload.
func (s *Session) CloseWithMsg(msg []byte) error { return nil }
