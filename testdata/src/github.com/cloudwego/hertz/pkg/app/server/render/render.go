// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/app/server/render/render.go, html.go, modelled on its source: only what statuscode's tests use.

// Package render is a stub of github.com/cloudwego/hertz/pkg/app/server/render
// reduced to the Render interface that (*app.RequestContext).Render takes.
package render

import (
	"github.com/cloudwego/hertz/pkg/protocol"
)

// Render interface is to be implemented by JSON, XML, HTML, YAML and so on.
type Render interface {
	// Render writes data with custom ContentType.
	// Do not panic inside, RequestContext will handle it.
	Render(resp *protocol.Response) error
	// WriteContentType writes custom ContentType.
	WriteContentType(resp *protocol.Response)
}

// HTMLRender is the interface to be implemented by HTMLProduction and HTMLDebug.
type HTMLRender interface {
	// Instance returns an HTML instance.
	Instance(string, interface{}) Render
	Close() error
}
