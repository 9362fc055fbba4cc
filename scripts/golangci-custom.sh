#!/usr/bin/env bash
# Builds a golangci-lint v2 binary with the statuscode module plugin built in
# and writes it to OUT, without network access beyond the Go module proxy.
#
#   scripts/golangci-custom.sh OUT
#
# It does what `golangci-lint custom` does after its `git clone`, but takes
# golangci-lint's source from the module proxy (via the module cache):
#   1. go mod download golangci-lint's module at GOLANGCI_LINT_VERSION and
#      copy it to a temporary directory (the module cache is read-only);
#   2. write cmd/golangci-lint/plugins.go with a blank import of our plugin
#      package, exactly as custom's template renders it;
#   3. go mod edit -replace our module => this checkout (custom's `path:`);
#   4. go mod tidy;
#   5. go build with custom's ldflags (-s -w, main.version, main.date).
#
# Environment:
#   GOLANGCI_LINT_VERSION  golangci-lint version to build (default below).
#                          Pick one whose go.mod requires the same
#                          golang.org/x/tools and plugin-module-register
#                          versions as ours; the script prints any change
#                          go mod tidy makes to golangci-lint's go.mod.
set -euo pipefail

GOLANGCI_LINT_VERSION="${GOLANGCI_LINT_VERSION:-v2.15.0}"

GCL_MODULE=github.com/golangci/golangci-lint/v2
PLUGIN_MODULE=github.com/statuscode-lint/statuscode
PLUGIN_IMPORT=$PLUGIN_MODULE/plugin

log() { printf '==> %s\n' "$*" >&2; }
run() {
	printf '+ %s\n' "$*" >&2
	"$@"
}

if [[ $# -ne 1 || -z $1 ]]; then
	echo "usage: $0 OUT" >&2
	echo "builds golangci-lint $GOLANGCI_LINT_VERSION with the statuscode plugin into the file OUT" >&2
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

tmp="$(mktemp -d "${TMPDIR:-/tmp}/golangci-custom.XXXXXX")"
cleanup() {
	chmod -R u+w "$tmp" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

start=$SECONDS
log "golangci-lint $GOLANGCI_LINT_VERSION + $PLUGIN_IMPORT (from $root) -> $out"
log "work directory: $tmp"

log "downloading $GCL_MODULE@$GOLANGCI_LINT_VERSION from the module proxy"
info="$(run go mod download -json "$GCL_MODULE@$GOLANGCI_LINT_VERSION")" || {
	printf '%s\n' "$info" >&2
	exit 1
}
src="$(printf '%s\n' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')"
if [[ -z $src || ! -d $src ]]; then
	printf '%s\n' "$info" >&2
	echo "$0: no source directory in go mod download's answer" >&2
	exit 1
fi

repo="$tmp/golangci-lint"
log "copying $src to $repo"
run cp -R "$src" "$repo"
run chmod -R u+w "$repo"
cd "$repo"

log "adding the plugin import to cmd/golangci-lint/plugins.go"
# Same text as golangci-lint's pkg/commands/internal/imports.go template
# after go/format.
cat >cmd/golangci-lint/plugins.go <<GO
package main

import (
	_ "$PLUGIN_IMPORT"
)
GO
sed 's/^/    /' cmd/golangci-lint/plugins.go >&2

log "adding the replace directive"
run go mod edit -replace "$PLUGIN_MODULE=$root"

log "running go mod tidy"
cp go.mod "$tmp/go.mod.orig"
run go mod tidy
if ! diff -u "$tmp/go.mod.orig" go.mod >"$tmp/go.mod.diff"; then
	log "go mod tidy changed golangci-lint's go.mod:"
	sed 's/^/    /' "$tmp/go.mod.diff" >&2
fi

# custom's version: <version>-custom-gcl-<hash of the plugin sources>.
hash="$(cd "$root" && find . \( -name .git -o -name testdata -o -name vendor -o -name node_modules \) -prune -o \
	-type f \( -name '*.go' -o -name go.mod -o -name go.sum \) -print |
	LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)"
version="${GOLANGCI_LINT_VERSION}-custom-gcl-${hash}"
date="$(date -u '+%Y-%m-%d %H:%M:%S +0000 UTC')"

log "building $out (version $version)"
run go build -ldflags "-s -w -X 'main.version=$version' -X 'main.date=$date'" -o "$out" ./cmd/golangci-lint

log "done in $((SECONDS - start))s: $("$out" version 2>&1)"
