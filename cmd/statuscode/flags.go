package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// Build flags. x/tools' checker, behind singlechecker, accepts -tags but
// documents it as "no effect (deprecated)", and go vet is not handed it:
// a run with -tags would check no tagged file and look clean. So
// statuscode takes -tags itself, hands it to go vet (-tags) or to the
// package loader (GOFLAGS, which go list reads), and refuses the flags it
// cannot honour.

// noEffect are the checker's flags that do nothing.
var noEffect = map[string]bool{"source": true, "v": true, "all": true}

// takeBuildFlags removes -tags from args and returns its value (the last
// one given wins, as with the go command), or an error for a flag that
// would have no effect. fs holds the analyzer's flags: their values are
// skipped, not read as flags. The flags end at the first argument that is
// not one, or at "--".
func takeBuildFlags(args []string, fs *flag.FlagSet) (rest []string, tags string, hasTags bool, err error) {
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") || arg == "-" {
			return append(rest, args[i:]...), tags, hasTags, nil
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		switch {
		case name == "tags":
			if !hasValue {
				if i+1 >= len(args) {
					return nil, "", false, fmt.Errorf("flag -tags needs a value: a comma-separated list of build tags")
				}
				i++
				value = args[i]
			}
			tags, hasTags = value, true
			continue
		case noEffect[name]:
			return nil, "", false, fmt.Errorf("flag -%s has no effect (x/tools deprecated it): remove it", name)
		}
		rest = append(rest, arg)
		if !hasValue && takesValue(name, fs) && i+1 < len(args) {
			i++
			rest = append(rest, args[i])
		}
	}
	return rest, tags, hasTags, nil
}

// takesValue reports whether the flag name is one whose value may follow
// it as the next argument: the analyzer's flags that are not booleans, and
// the checker's.
func takesValue(name string, fs *flag.FlagSet) bool {
	switch name {
	case "c", "debug", "cpuprofile", "memprofile", "trace":
		return true
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// loaderTags hands the build tags to the package loader of an in-process
// run: go list, which it runs, reads GOFLAGS.
func loaderTags(tags string) error {
	goflags := strings.TrimSpace(os.Getenv("GOFLAGS") + " -tags=" + tags)
	return os.Setenv("GOFLAGS", goflags)
}

// usage is singlechecker's -help, with the lines of the flags above told
// as statuscode honours them. singlechecker sets flag.Usage, which the
// command line's own Usage calls once every flag is registered.
func usage() {
	if f := flag.CommandLine.Lookup("tags"); f != nil {
		f.Usage = "comma-separated `list` of build tags: the files they select are checked, in both modes (handed to go vet, or to the package loader)"
	}
	for name := range noEffect {
		if f := flag.CommandLine.Lookup(name); f != nil {
			f.Usage = "refused: it has no effect (x/tools deprecated it)"
		}
	}
	flag.Usage()
}
