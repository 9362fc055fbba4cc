package gin

import (
	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

// This file does not import net/http: fixes add it.
func handlers(c *gin.Context) {
	c.JSON(200, gin.H{"ok": true})      // want `magic HTTP status 200 in gin.Context.JSON call; use http.StatusOK`
	c.String(404, "no %s", "page")      // want `magic HTTP status 404 in gin.Context.String call; use http.StatusNotFound`
	c.AbortWithStatus(401)              // want `magic HTTP status 401 in gin.Context.AbortWithStatus call; use http.StatusUnauthorized`
	c.AbortWithStatusJSON(429, gin.H{}) // want `use http.StatusTooManyRequests`
	c.Redirect(302, "/login")           // want `use http.StatusFound`
	c.Data(201, "text/plain", nil)      // want `use http.StatusCreated`
	c.Writer.WriteHeader(202)           // want `magic HTTP status 202 in http.ResponseWriter.WriteHeader call; use http.StatusAccepted`
	c.Status(299)                       // no constant
	c.JSON(1000, nil)                   // want `invalid HTTP status 1000 in gin.Context.JSON call: net/http panics`
	c.JSON(-1, nil)                     // gin's "keep the status": not reported
	c.Writer.WriteHeader(-1)            // gin's writer ignores it: not reported
	c.Redirect(200, "/")                // want `invalid HTTP status 200 in gin.Context.Redirect call: gin panics with "Cannot redirect with status code 200"`
	if c.Writer.Status() == 500 {       // want `magic HTTP status 500 compared with gin.ResponseWriter.Status result; use http.StatusInternalServerError`
		return
	}
	_ = render.Redirect{Code: 301} // want `magic HTTP status 301 stored in render.Redirect.Code; use http.StatusMovedPermanently`
}

func logFormat(p gin.LogFormatterParams) bool {
	return p.StatusCode == 404 || p.StatusCode >= 500 // want `use http.StatusNotFound`
}
