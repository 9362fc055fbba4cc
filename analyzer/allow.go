package analyzer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Allowed codes (Config.Allow): values a team accepts as literals, as
// staticcheck's ST1013 accepts its http_status_code_whitelist. They are
// left alone wherever they stand, unless the API must not be given them:
// an invalid code is a bug whoever allows it.

// The values an allow entry may have: an HTTP status or a WebSocket close
// code, which do not overlap.
const (
	minAllowed = 100
	maxAllowed = 4999
)

// checkAllowed reports why v cannot be an allow entry, or nil.
func checkAllowed(v int) error {
	if v < minAllowed || v > maxAllowed {
		return fmt.Errorf("%d is neither an HTTP status (100–999) nor a WebSocket close code (1000–4999)", v)
	}
	return nil
}

// allowSet returns the allowed values, sorted, for allowed's binary
// search; nil if there are none.
func allowSet(allow []int) ([]int64, error) {
	var set []int64
	for _, v := range allow {
		if err := checkAllowed(v); err != nil {
			return nil, &ConfigError{Setting: "allow", Err: fmt.Errorf("allow entry %d: %v", v, err)}
		}
		set = append(set, int64(v))
	}
	slices.Sort(set)
	return slices.Compact(set), nil
}

// allowed reports whether the configuration leaves the code v alone.
func (c *env) allowed(v int64) bool {
	if c.allow == nil {
		return false
	}
	_, found := slices.BinarySearch(c.allow, v)
	return found
}

// allowFlag is Config.Allow as a flag: comma-separated, repeatable, each
// entry checked as it is given.
type allowFlag []int

func (f *allowFlag) String() string {
	if f == nil {
		return ""
	}
	parts := make([]string, len(*f))
	for i, v := range *f {
		parts[i] = strconv.Itoa(v)
	}
	return strings.Join(parts, ",")
}

func (f *allowFlag) Set(s string) error {
	for entry := range strings.SplitSeq(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		v, err := strconv.Atoi(entry)
		if err != nil {
			return fmt.Errorf("allow entry %q: not an integer", entry)
		}
		if err := checkAllowed(v); err != nil {
			return fmt.Errorf("allow entry %q: %v", entry, err)
		}
		*f = append(*f, v)
	}
	return nil
}
