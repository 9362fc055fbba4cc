// Package editor holds the end-to-end test of statuscode inside a gopls built with scripts/gopls-custom.sh.
package editor
