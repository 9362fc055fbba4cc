package testlibs

import (
	"net/http"
	"net/http/httptest"
	"testing"

	qt1 "github.com/frankban/quicktest"
	"github.com/go-quicktest/qt"
	"github.com/matryer/is"
	"github.com/steinfletcher/apitest"
	"gotest.tools/v3/assert"
	"gotest.tools/v3/assert/cmp"
)

func TestGotestTools(t *testing.T) {
	rec := httptest.NewRecorder()
	assert.Equal(t, rec.Code, 200)                 // want `magic HTTP status 200 compared with httptest.ResponseRecorder.Code; use http.StatusOK`
	assert.DeepEqual(t, 404, rec.Code)             // want `magic HTTP status 404 .*; use http.StatusNotFound`
	assert.Assert(t, cmp.Equal(rec.Code, 201))     // want `magic HTTP status 201 .*; use http.StatusCreated`
	assert.Assert(t, cmp.DeepEqual(rec.Code, 202)) // want `magic HTTP status 202 .*; use http.StatusAccepted`
	assert.Equal(t, len("x"), 200)
	assert.Equal(t, rec.Code, http.StatusOK)
}

func TestIs(t *testing.T) {
	rec := httptest.NewRecorder()
	is := is.New(t)
	is.Equal(rec.Code, 204) // want `magic HTTP status 204 .*; use http.StatusNoContent`
	is.Equal(3, len("abc"))
	is.True(rec.Code == 205) // want `magic HTTP status 205 .*; use http.StatusResetContent`
}

func TestQuicktest(t *testing.T) {
	rec := httptest.NewRecorder()
	c := qt1.New(t)
	c.Assert(rec.Code, qt1.Equals, 400)    // want `magic HTTP status 400 .*; use http.StatusBadRequest`
	c.Check(rec.Code, qt1.DeepEquals, 401) // want `magic HTTP status 401 .*; use http.StatusUnauthorized`
	c.Assert(rec.Code, qt1.IsNil, 402)     // not a comparison of the two
	c.Assert(len("x"), qt1.Equals, 403)

	qt.Assert(t, qt.Equals(rec.Code, 409))    // want `magic HTTP status 409 .*; use http.StatusConflict`
	qt.Check(t, qt.DeepEquals(rec.Code, 410)) // want `magic HTTP status 410 .*; use http.StatusGone`
	qt.Assert(t, qt.HasLen("abc", 3))
}

func TestApitest(t *testing.T) {
	apitest.New().
		Handler(http.NotFoundHandler()).
		Get("/missing").
		Expect(t).
		Status(404). // want `magic HTTP status 404 in apitest.Response.Status call; use http.StatusNotFound`
		End()
	apitest.New().Handler(http.NotFoundHandler()).Get("/").Expect(t).Status(http.StatusOK).End()
}
