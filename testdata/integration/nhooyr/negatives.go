package nhooyr

import "nhooyr.io/websocket"

// Nothing in this file should be reported.

// pool has a Close method that only looks like (*websocket.Conn).Close.
type pool struct{ open int }

func (p *pool) Close(n int, s string) error {
	p.open -= n
	return nil
}

// Negatives exercises calls that must stay silent.
func Negatives(c *websocket.Conn, p *pool, err error) {
	code := websocket.StatusNormalClosure
	c.Close(code, "variable")
	c.Close(websocket.StatusNormalClosure, "named")
	p.Close(1000, "look-alike")
	c.Close(4000, "application-defined code, no constant")
	c.Close(4000, "private range")
	if websocket.CloseStatus(err) == -1 {
		return
	}
}
