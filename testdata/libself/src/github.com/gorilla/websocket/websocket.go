// Package websocket is a minimal copy of gorilla/websocket's close-code
// API, checked as the library itself: its own CloseError.Code holds codes
// received, which the library fills in (1006 on a dropped connection) and
// never sends, even where a test formats another CloseError's code.
package websocket

const (
	CloseNormalClosure   = 1000
	ClosePolicyViolation = 1008
	CloseAbnormalClosure = 1006
)

type CloseError struct {
	Code int
	Text string
}

func FormatCloseMessage(closeCode int, text string) []byte { return nil }

var errUnexpectedEOF = &CloseError{Code: CloseAbnormalClosure, Text: "unexpected EOF"}

func echoClose(e *CloseError) []byte { return FormatCloseMessage(e.Code, e.Text) }

// closeWith is the library's own helper: its callers' codes are sent.
func closeWith(code int) []byte { return FormatCloseMessage(code, "") }

func use() {
	_ = errUnexpectedEOF
	echoClose(&CloseError{Code: CloseNormalClosure})
	closeWith(1008) // want `magic WebSocket close code 1008 passed to closeWith \(reaches FormatCloseMessage\); use ClosePolicyViolation`
}
