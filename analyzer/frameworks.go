package analyzer

import (
	"slices"
)

// The web frameworks' rows, read from their source (gin v1.12.0, echo
// v4.16.0 and v5.4.4, fiber v2.52.15 and v3.1.0, fasthttp v1.78.0,
// go-chi/render v1.0.3, hertz v0.10.4). All obey Config.Frameworks.
// Frameworks without constants of their own take net/http's, as their
// users write them.

var frameworkAPIs = slices.Concat(
	methods("github.com/gin-gonic/gin", "Context", 0, httpStatus, ginStatus,
		"Status", "AbortWithStatus", "AbortWithStatusPureJSON", "AbortWithStatusJSON", "AbortWithError",
		"Render", "HTML", "IndentedJSON", "SecureJSON", "JSONP", "JSON", "AsciiJSON", "PureJSON",
		"XML", "YAML", "TOML", "ProtoBuf", "BSON", "String", "Data", "DataFromReader", "Negotiate"),
	methods("github.com/gin-gonic/gin", "Context", 0, httpStatus, ginRedirect, "Redirect"),

	// echo.Context is an interface; (*echo.Response).WriteHeader is an
	// http.ResponseWriter's and needs no row.
	methods("github.com/labstack/echo/v4", "Context", 0, httpStatus, netHTTPPanics,
		"Render", "HTML", "HTMLBlob", "String", "JSONBlob", "JSONP", "JSONPBlob",
		"XML", "XMLPretty", "XMLBlob", "Blob", "Stream", "NoContent"),
	methods("github.com/labstack/echo/v4", "Context", 0, httpStatus, echoJSON, "JSON", "JSONPretty"),
	methods("github.com/labstack/echo/v4", "Context", 0, httpStatus, echoRedirect, "Redirect"),
	methods("github.com/labstack/echo/v4", "", 0, httpStatus, netHTTPPanics, "NewHTTPError"),

	// echo v5: Context is a struct, Response() returns an
	// http.ResponseWriter (the core WriteHeader row), and *echo.Response
	// embeds one.
	methods("github.com/labstack/echo/v5", "Context", 0, httpStatus, netHTTPPanics,
		"Render", "HTML", "HTMLBlob", "String", "JSONBlob", "JSONP", "JSONPBlob",
		"XML", "XMLPretty", "XMLBlob", "Blob", "Stream", "NoContent"),
	methods("github.com/labstack/echo/v5", "Context", 0, httpStatus, echoJSON, "JSON", "JSONPretty"),
	methods("github.com/labstack/echo/v5", "Context", 0, httpStatus, echoRedirect, "Redirect"),
	methods("github.com/labstack/echo/v5", "", 0, httpStatus, echo5HTTPError, "NewHTTPError"),

	methods("github.com/gofiber/fiber/v2", "Ctx", 0, fiberStatus, fasthttpSends, "Status", "SendStatus"),
	variadic(methods("github.com/gofiber/fiber/v2", "Ctx", 1, fiberStatus, fasthttpSends, "Redirect", "RedirectBack")),
	variadic(methods("github.com/gofiber/fiber/v2", "Ctx", 2, fiberStatus, fasthttpSends, "RedirectToRoute")),
	methods("github.com/gofiber/fiber/v2", "", 0, fiberStatus, fasthttpSends, "NewError"),

	// fiber v3: Ctx and Res are interfaces, DefaultCtx embeds DefaultRes.
	methods("github.com/gofiber/fiber/v3", "Ctx", 0, fiber3Status, fasthttpSends, "Status", "SendStatus"),
	methods("github.com/gofiber/fiber/v3", "Res", 0, fiber3Status, fasthttpSends, "Status", "SendStatus"),
	methods("github.com/gofiber/fiber/v3", "DefaultCtx", 0, fiber3Status, fasthttpSends, "Status"),
	methods("github.com/gofiber/fiber/v3", "DefaultRes", 0, fiber3Status, fasthttpSends, "Status", "SendStatus"),
	methods("github.com/gofiber/fiber/v3", "Redirect", 0, fiber3Status, fasthttpSends, "Status"),
	methods("github.com/gofiber/fiber/v3", "", 0, fiber3Status, fasthttpSends, "NewError", "NewErrorf"),

	methods("github.com/valyala/fasthttp", "RequestCtx", 0, fasthttpStatus, fasthttpSends, "SetStatusCode"),
	methods("github.com/valyala/fasthttp", "RequestCtx", 1, fasthttpStatus, fasthttpSends, "Error", "TimeoutErrorWithCode"),
	methods("github.com/valyala/fasthttp", "RequestCtx", 1, fasthttpStatus, fasthttpRedirect, "Redirect", "RedirectBytes"),
	methods("github.com/valyala/fasthttp", "Response", 0, fasthttpStatus, fasthttpSends, "SetStatusCode"),
	methods("github.com/valyala/fasthttp", "ResponseHeader", 0, fasthttpStatus, fasthttpSends, "SetStatusCode"),
	methods("github.com/valyala/fasthttp", "", 3, fasthttpStatus, fasthttpSends, "TimeoutWithCodeHandler"),
	methods("github.com/valyala/fasthttp", "", 0, fasthttpStatus, nil, "StatusMessage", "StatusCodeIsRedirect"),

	methods("github.com/go-chi/render", "", 1, httpStatus, netHTTPPanics, "Status"),

	methods("github.com/cloudwego/hertz/pkg/app", "RequestContext", 0, hertzStatus, hertzWarns,
		"String", "SetStatusCode", "AbortWithStatus", "AbortWithStatusJSON", "Render", "ProtoBuf", "JSON",
		"PureJSON", "IndentedJSON", "HTML", "Data", "XML", "AbortWithError", "Status"),
	methods("github.com/cloudwego/hertz/pkg/app", "RequestContext", 1, hertzStatus, hertzWarns, "AbortWithMsg"),
	methods("github.com/cloudwego/hertz/pkg/app", "RequestContext", 0, hertzStatus, hertzRedirect, "Redirect"),
	methods("github.com/cloudwego/hertz/pkg/protocol", "Response", 0, hertzStatus, hertzWarns, "SetStatusCode"),
	methods("github.com/cloudwego/hertz/pkg/protocol", "ResponseHeader", 0, hertzStatus, hertzWarns, "SetStatusCode"),
	// hertz's test recorder is not an http.ResponseWriter.
	methods("github.com/cloudwego/hertz/pkg/common/ut", "ResponseRecorder", 0, hertzStatus, hertzWarns, "WriteHeader"),
	methods("github.com/cloudwego/hertz/pkg/protocol/consts", "", 0, hertzStatus, nil, "StatusMessage"),
)

// methods returns one row per name: functions or methods of recv in pkg
// whose parameter arg is a code of family f.
func methods(pkg, recv string, arg int, f *codeFamily, rule *codeRule, names ...string) []statusAPI {
	rows := make([]statusAPI, len(names))
	for i, name := range names {
		rows[i] = statusAPI{pkg: pkg, recv: recv, name: name, arg: arg, family: f, rule: rule, group: frameworkAPI}
	}
	return rows
}

// variadic marks rows whose code parameter is variadic (fiber's
// Redirect(location string, status ...int)).
func variadic(rows []statusAPI) []statusAPI {
	for i := range rows {
		rows[i].variadic = true
	}
	return rows
}

// frameworkSources are the frameworks' fields and results that hold an
// HTTP status.
var frameworkSources = []statusSource{
	{pkg: "github.com/gin-gonic/gin", recv: "ResponseWriter", name: "Status", family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/gin-gonic/gin", recv: "LogFormatterParams", name: "StatusCode", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/gin-gonic/gin/render", recv: "Redirect", name: "Code", field: true, family: httpStatus, group: frameworkAPI},

	{pkg: "github.com/labstack/echo/v4", recv: "Response", name: "Status", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v4", recv: "HTTPError", name: "Code", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v4/middleware", recv: "RequestLoggerValues", name: "Status", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v4/middleware", recv: "RedirectConfig", name: "Code", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v4/middleware", recv: "TrailingSlashConfig", name: "RedirectCode", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "Response", name: "Status", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "HTTPError", name: "Code", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "ProblemError", name: "Status", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", name: "StatusCode", family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "HTTPStatusCoder", name: "StatusCode", family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "HTTPError", name: "StatusCode", family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5", recv: "ProblemError", name: "StatusCode", family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5/middleware", recv: "RequestLoggerValues", name: "Status", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5/middleware", recv: "RedirectConfig", name: "Code", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5/middleware", recv: "AddTrailingSlashConfig", name: "RedirectCode", field: true, family: httpStatus, group: frameworkAPI},
	{pkg: "github.com/labstack/echo/v5/middleware", recv: "RemoveTrailingSlashConfig", name: "RedirectCode", field: true, family: httpStatus, group: frameworkAPI},

	{pkg: "github.com/gofiber/fiber/v2", recv: "Error", name: "Code", field: true, family: fiberStatus, group: frameworkAPI},
	{pkg: "github.com/gofiber/fiber/v2/middleware/redirect", recv: "Config", name: "StatusCode", field: true, family: fiberStatus, group: frameworkAPI},
	{pkg: "github.com/gofiber/fiber/v3", recv: "Error", name: "Code", field: true, family: fiber3Status, group: frameworkAPI},
	{pkg: "github.com/gofiber/fiber/v3/client", recv: "Response", name: "StatusCode", family: fiber3Status, group: frameworkAPI},
	{pkg: "github.com/gofiber/fiber/v3/middleware/redirect", recv: "Config", name: "StatusCode", field: true, family: fiber3Status, group: frameworkAPI},

	{pkg: "github.com/valyala/fasthttp", recv: "Response", name: "StatusCode", family: fasthttpStatus, group: frameworkAPI},
	{pkg: "github.com/valyala/fasthttp", recv: "ResponseHeader", name: "StatusCode", family: fasthttpStatus, group: frameworkAPI},

	{pkg: "github.com/cloudwego/hertz/pkg/protocol", recv: "Response", name: "StatusCode", family: hertzStatus, group: frameworkAPI},
	{pkg: "github.com/cloudwego/hertz/pkg/protocol", recv: "ResponseHeader", name: "StatusCode", family: hertzStatus, group: frameworkAPI},
	{pkg: "github.com/cloudwego/hertz/pkg/common/ut", recv: "ResponseRecorder", name: "Code", field: true, family: hertzStatus, group: frameworkAPI},
}
