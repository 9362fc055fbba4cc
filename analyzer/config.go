package analyzer

// Config selects what the analyzer checks. The zero value checks nothing;
// start from DefaultConfig. golangci-lint settings decode into the same
// struct, so the JSON keys are the plugin's setting names.
type Config struct {
	// HTTP reports magic HTTP status codes.
	HTTP bool `json:"http"`
	// WebSocket reports magic WebSocket close codes.
	WebSocket bool `json:"websocket"`
	// Comparisons reports literals compared with a status field or result
	// (resp.StatusCode == 200, switch cases, testify assertions) and set in
	// composite literals (http.Response{StatusCode: 500}).
	Comparisons bool `json:"comparisons"`
	// Frameworks checks the status-taking APIs of web frameworks (gin, echo,
	// fiber, fasthttp, chi/render, hertz) and of WebSocket libraries beyond
	// the four core ones.
	Frameworks bool `json:"frameworks"`
	// Invalid reports codes that the API panics on or must not send, such as
	// w.WriteHeader(1000) or a close code 1006, without a fix.
	Invalid bool `json:"invalid"`
	// NetHTTPConstants writes net/http's constants in fixes for frameworks
	// that have their own (fiber, fasthttp, hertz).
	NetHTTPConstants bool `json:"net-http-constants"`
	// Funcs lists more status-taking functions, each as
	// "pkg/path.Func:ARG:FAMILY" or "pkg/path.Type.Method:ARG:FAMILY" (see
	// ParseFunc).
	Funcs []string `json:"funcs"`
	// Flow follows codes through the package's variables, fields, results,
	// elements and its own functions' parameters to a status position
	// (respondJSON(w, 404, v), a test table compared with rec.Code).
	Flow bool `json:"flow"`
	// SkipGenerated skips files with the standard "Code generated ... DO NOT EDIT." header.
	SkipGenerated bool `json:"skip-generated"`
	// Allow lists codes that are left alone as literals (200, 404):
	// HTTP statuses from 100 to 999 and WebSocket close codes from 1000 to
	// 4999. Invalid codes are reported all the same.
	Allow []int `json:"allow"`
	// Nolint honours //nolint, //nolint:statuscode and //nolint:all
	// comments, as golangci-lint reads them. The golangci-lint plugin turns
	// it off: golangci-lint filters them itself, and its nolintlint must
	// see which ones were used. //lint:ignore and //lint:file-ignore are
	// honoured in every driver.
	Nolint bool `json:"-"`
}

// A ConfigError is a malformed entry of a setting of Config.
type ConfigError struct {
	Setting string // the setting's name: "funcs", "allow"
	Err     error
}

func (e *ConfigError) Error() string { return e.Err.Error() }

func (e *ConfigError) Unwrap() error { return e.Err }

// Validate reports the first malformed entry of c.Funcs or c.Allow, if
// any, as a *ConfigError.
func (c Config) Validate() error {
	if _, err := parseFuncs(c.Funcs); err != nil {
		return err
	}
	_, err := allowSet(c.Allow)
	return err
}

// DefaultConfig returns the configuration of Analyzer: every check on,
// frameworks' own constants, generated files skipped, no code allowed,
// //nolint honoured.
func DefaultConfig() Config {
	return Config{
		HTTP:          true,
		WebSocket:     true,
		Comparisons:   true,
		Frameworks:    true,
		Invalid:       true,
		Flow:          true,
		SkipGenerated: true,
		Nolint:        true,
	}
}
