// Package ginapp uses the real gin: its handlers do not import net/http.
package ginapp

import "github.com/gin-gonic/gin"

func Routes(r *gin.Engine) {
	r.GET("/health", func(c *gin.Context) {
		c.JSON(200, gin.H{"status": "ok"})
	})
	r.GET("/old", func(c *gin.Context) {
		c.Redirect(301, "/new")
	})
	r.POST("/items", func(c *gin.Context) {
		if c.Query("name") == "" {
			c.AbortWithStatusJSON(422, gin.H{"error": "name required"})
			return
		}
		c.String(201, "created %s", c.Query("name"))
	})
	r.GET("/teapot", func(c *gin.Context) {
		if c.Writer.Status() == 404 {
			return
		}
		c.Status(299) // legal, no constant: not reported
	})
}
