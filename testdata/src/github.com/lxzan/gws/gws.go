// Stub of github.com/lxzan/gws@v1.8.9 writer.go, types.go, modelled on its source: only what statuscode's tests use.

// Package gws is a stub of github.com/lxzan/gws reduced to the API around
// close codes. gws exports no close-code constants: its StatusCode type and
// Close* constants live in github.com/lxzan/gws/internal, which user code
// cannot import. WriteClose takes a plain uint16 and CloseError.Code is a
// plain uint16.
package gws

import (
	"fmt"
	"net"
	"net/http"
)

// Opcode 操作码
// Operation code
type Opcode uint8

const (
	OpcodeContinuation    Opcode = 0x0 // 	继续
	OpcodeText            Opcode = 0x1 // 	文本
	OpcodeBinary          Opcode = 0x2 // 	二级制
	OpcodeCloseConnection Opcode = 0x8 // 	关闭
	OpcodePing            Opcode = 0x9 // 	心跳探测
	OpcodePong            Opcode = 0xA //	心跳回应
)

type CloseError struct {
	// 关闭代码，表示关闭连接的原因
	// Close code, indicating the reason for closing the connection
	Code uint16

	// 关闭原因，详细描述关闭的原因
	// Close reason, providing a detailed description of the closure
	Reason []byte
}

// Error 关闭错误的描述
// Returns a description of the close error
func (c *CloseError) Error() string {
	return fmt.Sprintf("gws: connection closed, code=%d, reason=%s", c.Code, string(c.Reason))
}

// ErrConnClosed 连接已关闭
// Connection closed
var ErrConnClosed = net.ErrClosed

// Event 事件处理接口
// Event handler interface
type Event interface {
	OnOpen(socket *Conn)
	OnClose(socket *Conn, err error)
	OnPing(socket *Conn, payload []byte)
	OnPong(socket *Conn, payload []byte)
	OnMessage(socket *Conn, message *Message)
}

// BuiltinEventHandler 内置事件处理器
// Built-in event handler
type BuiltinEventHandler struct{}

func (b BuiltinEventHandler) OnOpen(socket *Conn) {}

func (b BuiltinEventHandler) OnClose(socket *Conn, err error) {}

func (b BuiltinEventHandler) OnPing(socket *Conn, payload []byte) { _ = socket.WritePong(nil) }

func (b BuiltinEventHandler) OnPong(socket *Conn, payload []byte) {}

func (b BuiltinEventHandler) OnMessage(socket *Conn, message *Message) {}

// Message 消息
// Message
type Message struct {
	// 操作码
	// opcode of the message
	Opcode Opcode
}

// Conn WebSocket连接
// WebSocket connection
type Conn struct {
	subprotocol string
}

// WriteClose 发送关闭帧并断开连接
// 没有特殊需求的话, 推荐code=1000, reason=nil
// Send shutdown frame, active disconnection
// If you don't have any special needs, we recommend code=1000, reason=nil
func (c *Conn) WriteClose(code uint16, reason []byte) error { return nil }

// WritePong
// 写入Pong消息, 携带的信息不要超过125字节
// Control frame length cannot exceed 125 bytes
func (c *Conn) WritePong(payload []byte) error { return nil }

// WriteMessage 写入文本/二进制消息, 文本消息应该使用UTF8编码
// Writes text/binary messages, text messages should be encoded in UTF8.
func (c *Conn) WriteMessage(opcode Opcode, payload []byte) error { return nil }

// ReadLoop
// 循环读取消息. 如果复用了HTTP Server, 建议开启goroutine, 阻塞会导致请求上下文无法被GC.
// Read messages in a loop.
func (c *Conn) ReadLoop() {}

// ServerOption 服务端配置
// Server configurations
type ServerOption struct {
	// 写缓冲区的大小, v1.4.5版本此参数被废弃
	// Deprecated: Size of the write buffer, v1.4.5 version of this parameter is deprecated
	WriteBufferSize int
}

// Upgrader 升级器
// Upgrader
type Upgrader struct {
	option       *ServerOption
	eventHandler Event
}

// NewUpgrader 创建升级器
// Create a new upgrader
func NewUpgrader(eventHandler Event, option *ServerOption) *Upgrader {
	return &Upgrader{option: option, eventHandler: eventHandler}
}

// Upgrade 升级HTTP到WebSocket协议
// Upgrade HTTP to WebSocket protocol
func (c *Upgrader) Upgrade(w http.ResponseWriter, r *http.Request) (*Conn, error) {
	return &Conn{}, nil
}
