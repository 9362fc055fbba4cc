module example.com/integration

go 1.26.0

require (
	github.com/coder/websocket v1.8.15
	github.com/gobwas/ws v1.5.0
	github.com/gorilla/websocket v1.5.3
	nhooyr.io/websocket v1.8.17
)

require github.com/gobwas/httphead v0.1.0 // indirect
