package analyzer

import "maps"

// httpStatusNames are net/http's status constants, stable since Go 1.13
// (TestHTTPStatusNames checks them against the net/http in GOROOT).
var httpStatusNames = map[int64]string{
	100: "StatusContinue",
	101: "StatusSwitchingProtocols",
	102: "StatusProcessing",
	103: "StatusEarlyHints",
	200: "StatusOK",
	201: "StatusCreated",
	202: "StatusAccepted",
	203: "StatusNonAuthoritativeInfo",
	204: "StatusNoContent",
	205: "StatusResetContent",
	206: "StatusPartialContent",
	207: "StatusMultiStatus",
	208: "StatusAlreadyReported",
	226: "StatusIMUsed",
	300: "StatusMultipleChoices",
	301: "StatusMovedPermanently",
	302: "StatusFound",
	303: "StatusSeeOther",
	304: "StatusNotModified",
	305: "StatusUseProxy",
	307: "StatusTemporaryRedirect",
	308: "StatusPermanentRedirect",
	400: "StatusBadRequest",
	401: "StatusUnauthorized",
	402: "StatusPaymentRequired",
	403: "StatusForbidden",
	404: "StatusNotFound",
	405: "StatusMethodNotAllowed",
	406: "StatusNotAcceptable",
	407: "StatusProxyAuthRequired",
	408: "StatusRequestTimeout",
	409: "StatusConflict",
	410: "StatusGone",
	411: "StatusLengthRequired",
	412: "StatusPreconditionFailed",
	413: "StatusRequestEntityTooLarge",
	414: "StatusRequestURITooLong",
	415: "StatusUnsupportedMediaType",
	416: "StatusRequestedRangeNotSatisfiable",
	417: "StatusExpectationFailed",
	418: "StatusTeapot",
	421: "StatusMisdirectedRequest",
	422: "StatusUnprocessableEntity",
	423: "StatusLocked",
	424: "StatusFailedDependency",
	425: "StatusTooEarly",
	426: "StatusUpgradeRequired",
	428: "StatusPreconditionRequired",
	429: "StatusTooManyRequests",
	431: "StatusRequestHeaderFieldsTooLarge",
	451: "StatusUnavailableForLegalReasons",
	500: "StatusInternalServerError",
	501: "StatusNotImplemented",
	502: "StatusBadGateway",
	503: "StatusServiceUnavailable",
	504: "StatusGatewayTimeout",
	505: "StatusHTTPVersionNotSupported",
	506: "StatusVariantAlsoNegotiates",
	507: "StatusInsufficientStorage",
	508: "StatusLoopDetected",
	510: "StatusNotExtended",
	511: "StatusNetworkAuthenticationRequired",
}

// coderStatusNames are the close-code constants that coder/websocket and
// nhooyr.io/websocket have both exported for years, for a Conn.Close call
// in a package that reaches the library only through another package (go
// vet and gopls then see it through export data without its constants).
// Newer or receive-only codes (1005, 1006, 1014, 1015) are left out so a
// fix never names a constant an older release lacks; TestCoderStatusNames
// checks them against the stubs modelled on the real source.
var coderStatusNames = map[int64]string{
	1000: "StatusNormalClosure",
	1001: "StatusGoingAway",
	1002: "StatusProtocolError",
	1003: "StatusUnsupportedData",
	1007: "StatusInvalidFramePayloadData",
	1008: "StatusPolicyViolation",
	1009: "StatusMessageTooBig",
	1010: "StatusMandatoryExtension",
	1011: "StatusInternalError",
	1012: "StatusServiceRestart",
	1013: "StatusTryAgainLater",
}

var (
	// fiber renamed 203 and added 306.
	fiberStatusNames = withNames(httpStatusNames, map[int64]string{
		203: "StatusNonAuthoritativeInformation",
		306: "StatusSwitchProxy",
	})
	// fasthttp's copy predates 425; hertz copied an older fasthttp.
	fasthttpStatusNames = withNames(httpStatusNames, map[int64]string{425: ""})
	hertzStatusNames    = withNames(httpStatusNames, map[int64]string{103: "", 421: "", 425: ""})
)

// withNames returns a copy of names with the changes applied: a new name,
// or "" to drop a value.
func withNames(names, changes map[int64]string) map[int64]string {
	m := maps.Clone(names)
	for v, name := range changes {
		if name == "" {
			delete(m, v)
		} else {
			m[v] = name
		}
	}
	return m
}
