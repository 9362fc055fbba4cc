package plugin

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuscode-lint/statuscode/analyzer"
)

// decode runs New and returns the decoded Config.
func decode(t *testing.T, settings any) (analyzer.Config, error) {
	t.Helper()
	lp, err := New(settings)
	if err != nil {
		return analyzer.Config{}, err
	}
	p, ok := lp.(*Plugin)
	if !ok {
		t.Fatalf("New returned %T, want *Plugin", lp)
	}
	return p.Config, nil
}

func TestDecodeDefaults(t *testing.T) {
	for name, settings := range map[string]any{
		"nil":           nil,
		"empty map":     map[string]any{},
		"null settings": map[string]any{"http": nil},
	} {
		t.Run(name, func(t *testing.T) {
			got, err := decode(t, settings)
			if err != nil {
				t.Fatalf("New(%#v): %v", settings, err)
			}
			if want := analyzer.DefaultConfig(); !reflect.DeepEqual(got, want) {
				t.Errorf("New(%#v) config = %+v, want defaults %+v", settings, got, want)
			}
		})
	}
}

func TestDecodeEachKey(t *testing.T) {
	def := analyzer.DefaultConfig()
	// Each case flips one key's default; every other key must keep its default.
	tests := []struct {
		key string
		set func(c *analyzer.Config) bool // flips the field, returns its new value
	}{
		{"http", func(c *analyzer.Config) bool { c.HTTP = !c.HTTP; return c.HTTP }},
		{"websocket", func(c *analyzer.Config) bool { c.WebSocket = !c.WebSocket; return c.WebSocket }},
		{"comparisons", func(c *analyzer.Config) bool { c.Comparisons = !c.Comparisons; return c.Comparisons }},
		{"frameworks", func(c *analyzer.Config) bool { c.Frameworks = !c.Frameworks; return c.Frameworks }},
		{"invalid", func(c *analyzer.Config) bool { c.Invalid = !c.Invalid; return c.Invalid }},
		{"net-http-constants", func(c *analyzer.Config) bool { c.NetHTTPConstants = !c.NetHTTPConstants; return c.NetHTTPConstants }},
		{"flow", func(c *analyzer.Config) bool { c.Flow = !c.Flow; return c.Flow }},
		{"skip-generated", func(c *analyzer.Config) bool { c.SkipGenerated = !c.SkipGenerated; return c.SkipGenerated }},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			want := def
			v := tt.set(&want)
			got, err := decode(t, map[string]any{tt.key: v})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("settings {%s: %v}: config = %+v, want %+v", tt.key, v, got, want)
			}
		})
	}
	t.Run("funcs", func(t *testing.T) {
		want := def
		want.Funcs = []string{"example.com/web.JSON:1:http", "(*example.com/web.Ctx).Status:0:http"}
		got, err := decode(t, map[string]any{"funcs": []any{want.Funcs[0], want.Funcs[1]}})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("config = %+v, want %+v", got, want)
		}
	})
	t.Run("allow", func(t *testing.T) {
		want := def
		want.Allow = []int{200, 404, 1000}
		got, err := decode(t, map[string]any{"allow": []any{200, 404, 1000}})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("config = %+v, want %+v", got, want)
		}
	})
	if n := len(settingsOf(reflect.TypeFor[analyzer.Config]())); len(tests)+2 != n {
		t.Errorf("test covers %d keys, Config has %d: add the new key here", len(tests)+2, n)
	}
}

func TestDecodeAllKeys(t *testing.T) {
	got, err := decode(t, map[string]any{"http": false, "websocket": true, "skip-generated": false})
	if err != nil {
		t.Fatal(err)
	}
	want := analyzer.DefaultConfig()
	want.HTTP, want.WebSocket, want.SkipGenerated = false, true, false
	if !reflect.DeepEqual(got, want) {
		t.Errorf("config = %+v, want %+v", got, want)
	}
}

func TestDecodeCaseInsensitive(t *testing.T) {
	// encoding/json (and so register.DecodeSettings) matches keys case-insensitively.
	got, err := decode(t, map[string]any{"HTTP": false})
	if err != nil {
		t.Fatal(err)
	}
	if got.HTTP {
		t.Errorf("HTTP: false did not set http: %+v", got)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name     string
		settings any
		want     string
	}{
		{
			"unknown key",
			map[string]any{"htp": true},
			`statuscode: unknown setting "htp" (known: http, websocket, comparisons, frameworks, invalid, net-http-constants, funcs, flow, skip-generated, allow)`,
		},
		{
			"unknown key among known ones",
			map[string]any{"http": true, "zzz": 1},
			`statuscode: unknown setting "zzz" (known: http, websocket, comparisons, frameworks, invalid, net-http-constants, funcs, flow, skip-generated, allow)`,
		},
		{
			"string for bool",
			map[string]any{"http": "yes"},
			`statuscode: setting "http" must be a boolean, got string`,
		},
		{
			"number for bool",
			map[string]any{"skip-generated": 1},
			`statuscode: setting "skip-generated" must be a boolean, got number`,
		},
		{
			"list for bool",
			map[string]any{"websocket": []any{true}},
			`statuscode: setting "websocket" must be a boolean, got list`,
		},
		{
			"funcs not a list",
			map[string]any{"funcs": "example.com/web.JSON:1:http"},
			`statuscode: setting "funcs" must be a list, got string`,
		},
		{
			"malformed funcs entry",
			map[string]any{"funcs": []any{"example.com/web.JSON:1:htp"}},
			`statuscode: setting "funcs": funcs entry "example.com/web.JSON:1:htp": unknown family "htp" (known: http, fiber, `,
		},
		{
			"allow not a list",
			map[string]any{"allow": 200},
			`statuscode: setting "allow" must be a list, got number`,
		},
		{
			"allow entry out of range",
			map[string]any{"allow": []any{200, 42}},
			`statuscode: setting "allow": allow entry 42: 42 is neither an HTTP status (100–999) nor a WebSocket close code (1000–4999)`,
		},
		{
			"settings not a mapping",
			[]any{"http"},
			`statuscode: settings must be a mapping of keys to values, got list`,
		},
		{
			"unencodable settings",
			map[string]any{"http": func() {}},
			`statuscode: encoding settings: `,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lp, err := New(tt.settings)
			if err == nil {
				t.Fatalf("New(%#v) = %#v, want error %q", tt.settings, lp, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("New(%#v) error:\n got %q\nwant %q", tt.settings, err, tt.want)
			}
		})
	}
}

func TestSettingsOf(t *testing.T) {
	type cfg struct {
		A      bool   `json:"a"`
		B      string `json:"b,omitempty"`
		C      int    `json:"-"`
		D      bool
		E      bool `json:",omitempty"`
		hidden bool
	}
	_ = cfg{}.hidden
	var keys []string
	for _, s := range settingsOf(reflect.TypeFor[cfg]()) {
		keys = append(keys, s.key)
	}
	if got, want := strings.Join(keys, " "), "a b D E"; !reflect.DeepEqual(got, want) {
		t.Errorf("settingsOf keys = %q, want %q", got, want)
	}
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuscode")
	if err != nil {
		t.Fatal(err)
	}
	lp, err := newPlugin(map[string]any{"websocket": false})
	if err != nil {
		t.Fatal(err)
	}
	if got := lp.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := lp.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(analyzers) != 1 || analyzers[0] == nil {
		t.Fatalf("BuildAnalyzers() = %v, want one analyzer", analyzers)
	}
	if err := analysis.Validate(analyzers); err != nil {
		t.Errorf("invalid analyzer: %v", err)
	}
	if analyzers[0].Name != Name {
		t.Errorf("analyzer name = %q, want %q", analyzers[0].Name, Name)
	}
}

// TestNoRelatedInformation runs the plugin's analyzer on the flow's test
// package: its diagnostics name their path in the message and carry no
// related information, which golangci-lint would print as issues of
// their own.
func TestNoRelatedInformation(t *testing.T) {
	a, testdata := pluginAnalyzer(t)
	flows := 0
	for _, r := range analysistest.Run(t, testdata, a, "flow") {
		for _, d := range r.Diagnostics {
			if strings.Contains(d.Message, "(reaches ") {
				flows++
			}
			if len(d.Related) > 0 {
				t.Errorf("%s: %d related positions, want none", d.Message, len(d.Related))
			}
		}
	}
	if flows == 0 {
		t.Error("no flow diagnostic: the test checks nothing")
	}
}

// TestSuppression runs the plugin's analyzer on the suppression packages:
// //lint:ignore keeps reports back, //nolint is golangci-lint's to read.
func TestSuppression(t *testing.T) {
	a, testdata := pluginAnalyzer(t)
	analysistest.Run(t, testdata, a, "configs/nonolint")
}

// pluginAnalyzer returns the analyzer of a plugin with default settings,
// and the repository's testdata directory.
func pluginAnalyzer(t *testing.T) (*analysis.Analyzer, string) {
	t.Helper()
	lp, err := New(map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := lp.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return analyzers[0], testdata
}
