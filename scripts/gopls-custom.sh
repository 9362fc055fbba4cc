#!/usr/bin/env bash
# Builds gopls with the statuscode analyzer compiled in and writes it to OUT,
# without network access beyond the Go module proxy.
#
#   scripts/gopls-custom.sh OUT
#
# gopls has no plugin system (golang/go#59869): its analyzers are the list
# golang.org/x/tools/gopls/internal/settings.AllAnalyzers. This script
#   1. go mod download's gopls's module at GOPLS_VERSION and copies it to a
#      temporary directory (the module cache is read-only);
#   2. adds ONE file, internal/settings/statuscode.go, whose init appends
#      statuscode's analyzer to AllAnalyzers (gopls reads that slice each
#      time it analyzes, so the append takes effect; no gopls file is edited);
#   3. go mod edit: require + replace our module => this checkout, and
#      replace golang.org/x/tools => the exact version gopls's go.mod pins
#      (our go.mod requires a newer x/tools, which MVS would otherwise pick
#      and which gopls's internals do not build against);
#   4. go mod tidy, then go build.
#
# Environment:
#   GOPLS_VERSION  gopls version to build (default below; v0.24.0 needs Go 1.27).
set -euo pipefail

GOPLS_VERSION="${GOPLS_VERSION:-v0.23.0}"

GOPLS_MODULE=golang.org/x/tools/gopls
PLUGIN_MODULE=github.com/statuscode-lint/statuscode
PLUGIN_IMPORT=$PLUGIN_MODULE/analyzer

log() { printf '==> %s\n' "$*" >&2; }
run() {
	printf '+ %s\n' "$*" >&2
	"$@"
}

if [[ $# -ne 1 || -z $1 ]]; then
	echo "usage: $0 OUT" >&2
	echo "builds gopls $GOPLS_VERSION with the statuscode analyzer into the file OUT" >&2
	exit 2
fi

mkdir -p "$(dirname "$1")"
out="$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

if [[ ! -f $root/go.mod ]] || ! grep -q "^module $PLUGIN_MODULE\$" "$root/go.mod"; then
	echo "$0: $root is not a checkout of $PLUGIN_MODULE" >&2
	exit 1
fi

# A go.work above the temporary directory or in GOWORK must not leak in.
export GOWORK=off

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gopls-custom.XXXXXX")"
cleanup() {
	chmod -R u+w "$tmp" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

start=$SECONDS
log "gopls $GOPLS_VERSION + $PLUGIN_IMPORT (from $root) -> $out"
log "work directory: $tmp"

log "downloading $GOPLS_MODULE@$GOPLS_VERSION from the module proxy"
info="$(run go mod download -json "$GOPLS_MODULE@$GOPLS_VERSION")" || {
	printf '%s\n' "$info" >&2
	exit 1
}
src="$(printf '%s\n' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z $src || ! -d $src ]]; then
	printf '%s\n' "$info" >&2
	echo "$0: no source directory in go mod download's answer" >&2
	exit 1
fi

repo="$tmp/gopls"
log "copying $src to $repo"
run cp -R "$src" "$repo"
run chmod -R u+w "$repo"
cd "$repo"

tools_version="$(go mod edit -json | sed -n '/"Path": "golang.org\/x\/tools"/{n;s/^[[:space:]]*"Version": "\(.*\)",\{0,1\}$/\1/p;}')"
if [[ -z $tools_version ]]; then
	echo "$0: cannot find gopls's golang.org/x/tools requirement in its go.mod" >&2
	exit 1
fi
log "gopls $GOPLS_VERSION pins golang.org/x/tools $tools_version"

if [[ -e internal/settings/statuscode.go ]]; then
	echo "$0: internal/settings/statuscode.go already exists in gopls $GOPLS_VERSION" >&2
	exit 1
fi
log "adding internal/settings/statuscode.go"
cat >internal/settings/statuscode.go <<GO
package settings

import statuscode "$PLUGIN_IMPORT"

// Added by statuscode's scripts/gopls-custom.sh: AllAnalyzers is read at
// analysis time, so appending here makes gopls run statuscode (on by
// default, warning severity, quick fixes). Disable with the setting
// "analyses": {"statuscode": false}.
func init() {
	AllAnalyzers = append(AllAnalyzers, &Analyzer{analyzer: statuscode.Analyzer})
}
GO
sed 's/^/    /' internal/settings/statuscode.go >&2

log "adding the require and replace directives"
run go mod edit \
	-require "$PLUGIN_MODULE@v0.0.0-00010101000000-000000000000" \
	-replace "$PLUGIN_MODULE=$root" \
	-replace "golang.org/x/tools=golang.org/x/tools@$tools_version"

log "running go mod tidy"
cp go.mod "$tmp/go.mod.orig"
run go mod tidy
if ! diff -u "$tmp/go.mod.orig" go.mod >"$tmp/go.mod.diff"; then
	log "go mod tidy changed gopls's go.mod:"
	sed 's/^/    /' "$tmp/go.mod.diff" >&2
fi
# Belt and braces: the x/tools gopls is built against must be its pinned one.
got="$(go list -m -f '{{with .Replace}}{{.Version}}{{else}}{{.Version}}{{end}}' golang.org/x/tools)"
if [[ $got != "$tools_version" ]]; then
	echo "$0: golang.org/x/tools resolved to $got, want $tools_version" >&2
	exit 1
fi

log "building $out"
run go build -o "$out" .

log "done in $((SECONDS - start))s: $("$out" version 2>&1 | head -n 1)"
