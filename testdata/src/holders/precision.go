package holders

import (
	"net/http"
	"net/http/httptest"
)

// mixed returns a status on one path and a count on another: it holds
// nothing.
func mixed(rec *httptest.ResponseRecorder, n []int) int {
	if rec != nil {
		return rec.Code
	}
	return len(n)
}

// sentinel returns a positive constant besides a status: no holder.
func sentinel(resp *http.Response) int {
	if resp == nil {
		return 1
	}
	return resp.StatusCode
}

func useSentinel() bool { return sentinel(nil) == 200 }

// Counter's N holds a status on one store and a count on another.
type Counter struct{ N int }

func counters(resp *http.Response, items []string) {
	var c Counter
	c.N = resp.StatusCode
	c.N = len(items)
	if c.N == 200 || mixed(nil, nil) == 404 {
		return
	}
}

// Sized has an implementation that returns a length: its method holds
// nothing.
type Sized interface{ Size() int }

type recSize struct{ rec *httptest.ResponseRecorder }

func (r recSize) Size() int { return r.rec.Code }

type bodySize struct{ b []byte }

func (r bodySize) Size() int { return len(r.b) }

func sizes(s Sized) bool { return s.Size() == 200 }

// A parameter that only receives a status is no holder.
func logCode(code int) bool { return code == 404 }

func callLog(rec *httptest.ResponseRecorder) bool { return logCode(rec.Code) }

// A holder compared with something else than a constant makes nothing a
// status where it stands at a status position only: this n is a count.
func notConstants(w http.ResponseWriter, code, n int) bool {
	w.WriteHeader(code)
	return code == n
}
