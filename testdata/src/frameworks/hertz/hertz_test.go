package hertz

import (
	"testing"

	"github.com/cloudwego/hertz/pkg/common/test/assert"
	"github.com/cloudwego/hertz/pkg/protocol"
)

// hertz's own assertion helpers.
func checkDeepEqual(t *testing.T, resp *protocol.Response) {
	assert.DeepEqual(t, 200, resp.StatusCode()) // want `magic HTTP status 200 compared with protocol.Response.StatusCode result; use consts.StatusOK`
	assert.NotEqual(t, 500, resp.StatusCode())  // want `magic HTTP status 500 compared with protocol.Response.StatusCode result; use consts.StatusInternalServerError`
	assert.DeepEqual(t, 3, len("abc"))
	assert.Assert(t, resp.StatusCode() == 201) // want `magic HTTP status 201 compared with protocol.Response.StatusCode result; use consts.StatusCreated`
}
