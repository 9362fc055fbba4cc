// Package assert shares testify's package name and function names.
package assert

func Equal(t any, expected, actual any) bool    { return expected == actual }
func NotEqual(t any, expected, actual any) bool { return expected != actual }
