// Stub of github.com/cloudwego/hertz@v0.10.4 pkg/common/utils/utils.go, modelled on its source: only what statuscode's tests use.

// Package utils is a stub of github.com/cloudwego/hertz/pkg/common/utils
// reduced to H, the map that hertz handlers pass to JSON.
package utils

// H is a shortcut for map[string]interface{}
type H map[string]interface{}
