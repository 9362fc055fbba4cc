// Package plugin registers statuscode as a golangci-lint v2 module plugin.
//
// A module plugin is compiled into a custom golangci-lint binary. List this
// package in a .custom-gcl.yml next to your .golangci.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/statuscode-lint/statuscode
//	    import: github.com/statuscode-lint/statuscode/plugin
//	    version: latest
//
// build the binary with `golangci-lint custom` (it writes ./custom-gcl), and
// enable the linter in .golangci.yml:
//
//	version: "2"
//	linters:
//	  default: none
//	  enable:
//	    - statuscode
//	  settings:
//	    custom:
//	      statuscode:
//	        type: module
//	        description: Reports magic HTTP status codes and WebSocket close codes.
//	        settings:
//	          websocket: false
//
// The keys under settings are the JSON names of [analyzer.Config]'s fields
// (http, websocket, comparisons, frameworks, invalid, net-http-constants, funcs,
// flow, skip-generated, allow). Omitted keys keep the values of
// [analyzer.DefaultConfig]; an unknown key or a value of the wrong type makes
// golangci-lint stop with an error that names the key.
//
// The package only translates settings: all analysis lives in package
// analyzer. It registers itself in its init function, so importing it for
// its side effect (import _ "github.com/statuscode-lint/statuscode/plugin")
// is all a golangci-lint build needs.
package plugin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// Name is the name the plugin registers under. It is the key of the linter
// in .golangci.yml (linters.settings.custom.statuscode) and the name used in
// `enable:` lists and //nolint:statuscode comments.
const Name = "statuscode"

func init() {
	register.Plugin(Name, New)
}

// New is the plugin's constructor, called by golangci-lint with the value
// of linters.settings.custom.statuscode.settings from .golangci.yml (nil when
// the key is absent). It decodes those settings on top of
// [analyzer.DefaultConfig] and fails with a descriptive error on an unknown
// key or a value of the wrong type.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := decodeSettings(settings)
	if err != nil {
		return nil, err
	}
	return &Plugin{Config: cfg}, nil
}

// Plugin is the golangci-lint module plugin for statuscode. It implements
// register.LinterPlugin.
type Plugin struct {
	// Config is the analyzer configuration decoded from the settings.
	Config analyzer.Config
}

// BuildAnalyzers returns the statuscode analyzer configured with p.Config.
// It leaves //nolint comments to golangci-lint, which filters them itself
// and tells its nolintlint which ones were used; //lint:ignore directives
// are the analyzer's own.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	cfg := p.Config
	cfg.Nolint = false
	return []*analysis.Analyzer{withoutRelated(analyzer.New(cfg))}, nil
}

// withoutRelated drops the related information of a's diagnostics: the
// hops of a flow path. golangci-lint turns each related position into an
// issue of its own ("statuscode(related information): ..."), without a
// fix, that --fix leaves behind; the message names the path's first hop
// and its end already.
func withoutRelated(a *analysis.Analyzer) *analysis.Analyzer {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			d.Related = nil
			report(d)
		}
		return run(pass)
	}
	return a
}

// GetLoadMode returns register.LoadModeTypesInfo: the analyzer needs type
// information to resolve calls such as w.WriteHeader.
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// setting is one decodable key of analyzer.Config.
type setting struct {
	key   string // JSON name
	index []int  // field index in analyzer.Config
}

// settingsOf lists the keys of a Config, in field order, from its json tags,
// so that a new Config field needs no change here. Untagged exported fields
// use their Go name, as encoding/json does; `json:"-"` fields are skipped.
func settingsOf(t reflect.Type) []setting {
	var out []setting
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			if tag == "-" {
				continue
			}
			if n, _, _ := strings.Cut(tag, ","); n != "" {
				name = n
			}
		}
		out = append(out, setting{key: name, index: f.Index})
	}
	return out
}

// decodeSettings turns golangci-lint's raw settings (decoded YAML: maps,
// bools, strings, numbers) into an analyzer.Config.
//
// It follows register.DecodeSettings (a JSON round trip with unknown fields
// disallowed) with two differences: decoding starts from
// analyzer.DefaultConfig instead of the zero Config, so that omitted keys
// keep their defaults, and errors name the offending key. Like
// encoding/json, keys match case-insensitively and a null value (a key with
// no value in YAML) leaves the default in place.
func decodeSettings(raw any) (analyzer.Config, error) {
	cfg := analyzer.DefaultConfig()
	if raw == nil {
		return cfg, nil
	}

	data, err := json.Marshal(raw)
	if err != nil {
		return cfg, fmt.Errorf("%s: encoding settings: %w", Name, err)
	}
	if kind := jsonKind(data); kind != "mapping" {
		if kind == "null" {
			return cfg, nil
		}
		return cfg, fmt.Errorf("%s: settings must be a mapping of keys to values, got %s", Name, kind)
	}

	var values map[string]json.RawMessage
	if err := json.Unmarshal(data, &values); err != nil {
		return cfg, fmt.Errorf("%s: decoding settings: %w", Name, err)
	}

	known := settingsOf(reflect.TypeFor[analyzer.Config]())
	keys := make([]string, 0, len(known))
	for _, s := range known {
		keys = append(keys, s.key)
	}

	given := make([]string, 0, len(values))
	for k := range values {
		given = append(given, k)
	}
	slices.Sort(given)

	v := reflect.ValueOf(&cfg).Elem()
	for _, k := range given {
		s, ok := lookup(known, k)
		if !ok {
			return cfg, fmt.Errorf("%s: unknown setting %q (known: %s)", Name, k, strings.Join(keys, ", "))
		}
		field := v.FieldByIndex(s.index)
		dec := json.NewDecoder(bytes.NewReader(values[k]))
		dec.DisallowUnknownFields()
		if err := dec.Decode(field.Addr().Interface()); err != nil {
			want, got := describeType(field.Type()), jsonKind(values[k])
			var typeErr *json.UnmarshalTypeError
			if errors.As(err, &typeErr) && want != got {
				return cfg, fmt.Errorf("%s: setting %q must be %s, got %s", Name, k, article(want), got)
			}
			return cfg, fmt.Errorf("%s: setting %q: %w", Name, k, err)
		}
	}
	if err := cfg.Validate(); err != nil {
		key := "funcs"
		if ce, ok := errors.AsType[*analyzer.ConfigError](err); ok {
			key = ce.Setting
		}
		return cfg, fmt.Errorf("%s: setting %q: %w", Name, key, err)
	}
	return cfg, nil
}

// lookup finds the setting for key k: an exact match first, then a
// case-insensitive one, as encoding/json matches object keys to fields.
func lookup(known []setting, k string) (setting, bool) {
	for _, s := range known {
		if s.key == k {
			return s, true
		}
	}
	for _, s := range known {
		if strings.EqualFold(s.key, k) {
			return s, true
		}
	}
	return setting{}, false
}

// jsonKind names the kind of a JSON value in YAML users' words.
func jsonKind(data []byte) string {
	data = bytes.TrimSpace(data)
	if len(data) == 0 {
		return "nothing"
	}
	switch c := data[0]; {
	case c == '{':
		return "mapping"
	case c == '[':
		return "list"
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	default:
		return "number"
	}
}

// describeType names the kind of JSON value a Go type decodes from, in the
// words of jsonKind.
func describeType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "boolean"
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "list"
	case reflect.Map, reflect.Struct:
		return "mapping"
	case reflect.Pointer:
		return describeType(t.Elem())
	default:
		return t.String()
	}
}

// article prefixes a kind with "a" or "an".
func article(kind string) string {
	if strings.IndexByte("aeiou", kind[0]) >= 0 {
		return "an " + kind
	}
	return "a " + kind
}
