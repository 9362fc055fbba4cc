package analyzer

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
)

// userAPIs are the rows that Config.Funcs adds, keyed like apiByKey. An
// entry's name may be read in more than one way (in "gopkg.in/yaml.v3.F"
// the package path has a dot), so it may add several keys: only the one
// that names a real declaration ever matches.
type userAPIs struct {
	apis  map[apiKey]*statusAPI
	names map[string]bool
	pkgs  map[string]bool
}

func parseFuncs(entries []string) (userAPIs, error) {
	var u userAPIs
	for _, entry := range entries {
		keys, api, err := parseFunc(entry)
		if err != nil {
			return userAPIs{}, &ConfigError{Setting: "funcs", Err: fmt.Errorf("funcs entry %q: %v", entry, err)}
		}
		if u.apis == nil {
			u.apis = make(map[apiKey]*statusAPI)
			u.names = make(map[string]bool)
			u.pkgs = make(map[string]bool)
		}
		for _, k := range keys {
			row := *api
			row.pkg, row.recv, row.name = k.pkg, k.recv, k.name
			u.apis[k] = &row
			u.names[k.name] = true
			u.pkgs[k.pkg] = true
		}
	}
	return u, nil
}

// parseFunc parses "NAME:ARG:FAMILY" where NAME is pkg/path.Func,
// pkg/path.Type.Method, or types.Func.FullName's (*pkg/path.Type).Method.
func parseFunc(entry string) ([]apiKey, *statusAPI, error) {
	const forms = "want pkg/path.Func:ARG:FAMILY or pkg/path.Type.Method:ARG:FAMILY"
	rest, fam, ok1 := cutLast(entry, ":")
	name, argText, ok2 := cutLast(rest, ":")
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("%s", forms)
	}
	arg, err := strconv.Atoi(argText)
	if err != nil || arg < 0 {
		return nil, nil, fmt.Errorf("argument index %q is not a number from 0 up", argText)
	}
	family := familyNamed(fam)
	if family == nil {
		return nil, nil, fmt.Errorf("unknown family %q (known: %s)", fam, familyNames())
	}
	keys := funcKeys(name)
	if len(keys) == 0 {
		return nil, nil, fmt.Errorf("%q does not name a function or method: %s", name, forms)
	}
	return keys, &statusAPI{arg: arg, family: family, group: userAPI}, nil
}

// funcKeys returns every way of reading name as package path, receiver
// type and function name.
func funcKeys(name string) []apiKey {
	if strings.HasPrefix(name, "(") { // (*pkg/path.T).M or (pkg/path.T).M
		recvText, method, ok := strings.Cut(name[1:], ").")
		recvText = strings.TrimPrefix(recvText, "*")
		pkg, typ, ok2 := cutLast(recvText, ".")
		if !ok || !ok2 || pkg == "" || !token.IsIdentifier(typ) || !token.IsIdentifier(method) {
			return nil
		}
		return []apiKey{{pkg, typ, method}}
	}
	dir, last := "", name
	if i := strings.LastIndex(name, "/"); i >= 0 {
		dir, last = name[:i+1], name[i+1:]
	}
	parts := strings.Split(last, ".")
	var keys []apiKey
	// The package's last element is parts[:n]; one or two identifiers follow.
	for n := 1; n < len(parts); n++ {
		pkg := dir + strings.Join(parts[:n], ".")
		switch ids := parts[n:]; {
		case len(ids) == 1 && token.IsIdentifier(ids[0]):
			keys = append(keys, apiKey{pkg, "", ids[0]})
		case len(ids) == 2 && token.IsIdentifier(ids[0]) && token.IsIdentifier(ids[1]):
			keys = append(keys, apiKey{pkg, ids[0], ids[1]})
		}
	}
	return keys
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// funcsFlag is Config.Funcs as a flag: comma-separated, repeatable, each
// entry checked as it is given.
type funcsFlag []string

func (f *funcsFlag) String() string {
	if f == nil {
		return ""
	}
	return strings.Join(*f, ",")
}

func (f *funcsFlag) Set(s string) error {
	for entry := range strings.SplitSeq(s, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		if _, _, err := parseFunc(entry); err != nil {
			return fmt.Errorf("funcs entry %q: %v", entry, err)
		}
		*f = append(*f, entry)
	}
	return nil
}
