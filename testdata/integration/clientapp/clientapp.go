// Package clientapp uses the client: literals compared with what its
// holders hold are statuses.
package clientapp

import (
	"errors"
	"net/http"

	"example.com/integration/client"
)

// Exists reports whether url answers, and false on a 404.
func Exists(c *http.Client, url string) (bool, error) {
	resp, err := client.Get(c, url)
	var cerr *client.Error
	if errors.As(err, &cerr) && cerr.Code == 404 {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return resp.StatusCode() == 200, nil
}
