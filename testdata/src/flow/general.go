package flow

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// General helpers: a parameter that a function only returns is a status
// position for the calls whose result is one, not for every call.
func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func orDefault(v, def int) int {
	out := v
	if out == 0 {
		out = def
	}
	return out
}

func passThrough(w http.ResponseWriter, items []string, code int) {
	w.WriteHeader(maxInt(code, 200))      // want `magic HTTP status 200 passed to maxInt \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
	w.WriteHeader(orDefault(code, 0x1F4)) // want `magic HTTP status 0x1F4 \(500\) passed to orDefault \(reaches http.ResponseWriter.WriteHeader\); use http.StatusInternalServerError`
	n := maxInt(len(items), 200)          // a count
	m := orDefault(len(items), 404)       // a count
	fmt.Println(n, m, maxInt(3, 100))
}

// Integers that never reach a status position.
func negatives(w http.ResponseWriter, items []string, code int) {
	size := 404
	buf := make([]byte, size)
	_ = buf
	for i := 0; i < 200; i++ {
	}
	time.Sleep(500 * time.Millisecond)
	port := 8080
	_ = strconv.Itoa(port)
	// A status turned into text: forward only, nothing flows back.
	fmt.Fprint(w, strconv.Itoa(code))
	text := strconv.Itoa(code)
	_ = text
	retries := 3
	for retries > 0 {
		retries--
	}
	if len(items) == 200 {
		_ = fmt.Sprint(len(items) == 404)
	}
	counted := 201
	_ = counted + len(items)
}

// An interface method whose implementations here all send their code;
// out of scope: a function value not bound once to a name.
type responder interface {
	Respond(w http.ResponseWriter, code int) // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
}

type jsonResponder struct{}

func (jsonResponder) Respond(w http.ResponseWriter, code int) { w.WriteHeader(code) } // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`

func outOfScope(w http.ResponseWriter, r responder) {
	r.Respond(w, 404) // want `magic HTTP status 404 passed to responder.Respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
	f := respondJSON
	f(w, 404, nil)                  // through a function value
	jsonResponder{}.Respond(w, 410) // want `magic HTTP status 410 passed to jsonResponder.Respond \(reaches http.ResponseWriter.WriteHeader\); use http.StatusGone`
}

// A counter walks a range of codes: its bounds are a range, not a status
// (as in aws-lambda-go's tests), while a code stored once is reported, and
// so is a code compared with the counter that reaches a status position.
func counters(w http.ResponseWriter, resp *http.Response) {
	for i := 200; i < 600; i++ {
		if i == 304 { // want `magic HTTP status 304 compared with i \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotModified`
			continue
		}
		w.WriteHeader(i)
	}
	for c := 599; c >= 100; c -= 100 {
		_ = resp.StatusCode == c
	}
	countFrom(w, 200)
	code := 200 // want `magic HTTP status 200 stored in code \(reaches http.ResponseWriter.WriteHeader\); use http.StatusOK`
	w.WriteHeader(code)
}

// countFrom's counter starts at its parameter: a bound all the same.
func countFrom(w http.ResponseWriter, from int) {
	for code := from; code < 600; code += 100 {
		w.WriteHeader(code)
	}
}
