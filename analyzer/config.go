package analyzer

// Config selects what the analyzer checks. The zero value checks nothing;
// start from DefaultConfig. golangci-lint settings decode into the same
// struct, so the JSON keys are the plugin's setting names.
type Config struct {
	// HTTP reports magic HTTP status codes (net/http).
	HTTP bool `json:"http"`
	// WebSocket reports magic WebSocket close codes.
	WebSocket bool `json:"websocket"`
	// SkipGenerated skips files with the standard "Code generated ... DO NOT EDIT." header.
	SkipGenerated bool `json:"skip-generated"`
}

// DefaultConfig returns the configuration of Analyzer: every family on,
// generated files skipped.
func DefaultConfig() Config {
	return Config{HTTP: true, WebSocket: true, SkipGenerated: true}
}
