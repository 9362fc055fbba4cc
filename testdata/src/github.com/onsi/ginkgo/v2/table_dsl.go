// Package ginkgo is a stub of github.com/onsi/ginkgo/v2 v2.34.0
// (table_dsl.go): the table DSL, with the real signatures.
package ginkgo

type EntryDescription string

func DescribeTable(description string, args ...any) bool { return true }

func FDescribeTable(description string, args ...any) bool { return true }

func PDescribeTable(description string, args ...any) bool { return true }

var XDescribeTable = PDescribeTable

func DescribeTableSubtree(description string, args ...any) bool { return true }

func FDescribeTableSubtree(description string, args ...any) bool { return true }

func PDescribeTableSubtree(description string, args ...any) bool { return true }

var XDescribeTableSubtree = PDescribeTableSubtree

type TableEntry struct {
	description  any
	decorations  []any
	parameters   []any
	codeLocation any
}

func Entry(description any, args ...any) TableEntry { return TableEntry{description: description, parameters: args} }

func FEntry(description any, args ...any) TableEntry { return TableEntry{description: description, parameters: args} }

func PEntry(description any, args ...any) TableEntry { return TableEntry{description: description, parameters: args} }

var XEntry = PEntry

func It(text string, args ...any) bool { return true }

func Describe(text string, args ...any) bool { return true }

// Label is a decorator: Entry skips decorators among its arguments.
type Labels []string

func Label(labels ...string) Labels { return labels }
