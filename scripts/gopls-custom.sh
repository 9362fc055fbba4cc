#!/usr/bin/env bash
# Builds gopls with the statuscode analyzer compiled in and writes it to OUT,
# without network access beyond the Go module proxy.
#
#   scripts/gopls-custom.sh OUT [VERSION]
#
# VERSION (or the environment variable GOPLS_VERSION; the argument wins) is
# the gopls release to build: v0.23.0, or any module query the go command
# accepts (v0.23 = newest v0.23.x). Default: latest, the newest gopls
# release the module proxy serves (pre-releases are skipped). Editors update
# gopls on their own: building the newest keeps ours from being older than
# the stock gopls it replaces.
#
# gopls has no plugin system (golang/go#59869): its analyzers are the list
# golang.org/x/tools/gopls/internal/settings.AllAnalyzers. This script
#   1. resolves VERSION with the module proxy and picks the Go toolchain
#      from that gopls's go.mod: the go on PATH if it is at least gopls's
#      `go` line; otherwise GOTOOLCHAIN=goX.Y.Z, the newest patch release of
#      that Go version the module proxy serves for this host (the go command
#      downloads it from the proxy as the module golang.org/toolchain into
#      the module cache, once; the go on PATH is not changed). So gopls
#      v0.24.0 (go 1.27.0) builds on a machine with Go 1.26;
#   2. go mod download's gopls's module and copies it to a temporary
#      directory (the module cache is read-only);
#   3. adds ONE file, internal/settings/statuscode.go, whose init appends
#      statuscode's analyzer to AllAnalyzers (gopls reads that slice each
#      time it analyzes, so the append takes effect; no gopls file is edited);
#   4. go mod edit: require + replace our module => this checkout, and
#      replace golang.org/x/tools => the exact version gopls's go.mod pins
#      (our go.mod requires a newer x/tools, which MVS would otherwise pick
#      and which gopls's internals do not build against);
#   5. go mod tidy, then go build -trimpath, with that toolchain.
#
# Environment:
#   GOPLS_VERSION    gopls version to build when no VERSION argument is given
#                    (default: latest).
#   GOPLS_TOOLCHAIN  GOTOOLCHAIN value to build with instead of the choice
#                    of step 1 (go1.27.2, local, ...). An ambient GOTOOLCHAIN
#                    is ignored: the script sets it itself.
set -euo pipefail

GOPLS_MODULE=golang.org/x/tools/gopls
PLUGIN_MODULE=github.com/statuscode-lint/statuscode
PLUGIN_IMPORT=$PLUGIN_MODULE/analyzer

log() { printf '==> %s\n' "$*" >&2; }
run() {
	printf '+ %s\n' "$*" >&2
	"$@"
}

if [[ $# -lt 1 || $# -gt 2 || -z $1 ]]; then
	echo "usage: $0 OUT [VERSION]" >&2
	echo "builds gopls VERSION (default: \$GOPLS_VERSION, else the newest release) with the statuscode analyzer into the file OUT" >&2
	exit 2
fi
query="${2:-${GOPLS_VERSION:-latest}}"

mkdir -p "$(dirname "$1")"
out="$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

if [[ ! -f $root/go.mod ]] || ! grep -q "^module $PLUGIN_MODULE\$" "$root/go.mod"; then
	echo "$0: $root is not a checkout of $PLUGIN_MODULE" >&2
	exit 1
fi

# A go.work above the temporary directory or in GOWORK must not leak in.
export GOWORK=off
# Until a toolchain is chosen, run the go on PATH as it is.
export GOTOOLCHAIN=local

tmp="$(mktemp -d "${TMPDIR:-/tmp}/gopls-custom.XXXXXX")"
cleanup() {
	chmod -R u+w "$tmp" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT
# Outside any module, so that the caller's go.mod plays no part.
cd "$tmp"

# json_field NAME: the string value of the first "NAME": "..." in the JSON
# on stdin (as printed by go mod download -json / go mod edit -json).
json_field() {
	sed -n "s/^[[:space:]]*\"$1\": \"\(.*\)\",\{0,1\}\$/\1/p" | head -n 1
}

start=$SECONDS
log "gopls@$query + $PLUGIN_IMPORT (from $root) -> $out"
log "work directory: $tmp"

log "asking the module proxy for $GOPLS_MODULE@$query"
info="$(run go list -m -json "$GOPLS_MODULE@$query")" || {
	printf '%s\n' "$info" >&2
	exit 1
}
GOPLS_VERSION="$(printf '%s\n' "$info" | json_field Version)"
gomod="$(printf '%s\n' "$info" | json_field GoMod)"
if [[ -z $GOPLS_VERSION || -z $gomod || ! -f $gomod ]]; then
	printf '%s\n' "$info" >&2
	echo "$0: no version or go.mod in go list's answer" >&2
	exit 1
fi
log "gopls@$query is $GOPLS_VERSION"

# The toolchain. gopls's go.mod names the oldest Go that builds it.
# Read it from a copy in a directory of its own, where the go command can
# tell whether a toolchain is new enough (go list -m fails if it is not).
mkdir "$tmp/gomod"
cp "$gomod" "$tmp/gomod/go.mod"
chmod u+w "$tmp/gomod/go.mod"
fits() { (cd "$tmp/gomod" && go list -m) >/dev/null 2>"$tmp/fits.err"; }
go_line="$(cd "$tmp/gomod" && go mod edit -json | json_field Go)"
toolchain_line="$(cd "$tmp/gomod" && go mod edit -json | json_field Toolchain)"
path_go="$(go env GOVERSION)"
log "gopls $GOPLS_VERSION's go.mod: go ${go_line:-?}${toolchain_line:+, toolchain $toolchain_line}; the go on PATH is $path_go"
if [[ -n ${GOPLS_TOOLCHAIN:-} ]]; then
	toolchain=$GOPLS_TOOLCHAIN
	log "using GOPLS_TOOLCHAIN=$toolchain"
elif fits; then
	toolchain=local
	log "using the go on PATH ($path_go)"
elif [[ $go_line =~ ^([0-9]+\.[0-9]+)(\.([0-9]+))?$ ]]; then
	minor=${BASH_REMATCH[1]}
	patch=${BASH_REMATCH[3]:-0}
	toolchain=go$minor.$patch
	why="gopls's go line; the module proxy's list of toolchains was not readable"
	# The newest patch release of that Go for this host, as the module
	# proxy lists the module golang.org/toolchain (v0.0.1-go1.27.4.linux-amd64).
	host="$(go env GOHOSTOS)-$(go env GOHOSTARCH)"
	if served="$(go list -m -versions golang.org/toolchain 2>/dev/null)"; then
		newest="$(printf '%s\n' $served |
			sed -n "s/^v0\.0\.1-go${minor//./\\.}\.\([0-9][0-9]*\)\.$host\$/\1/p" |
			sort -n | tail -n 1)"
		if [[ -n $newest && $newest -ge $patch ]]; then
			toolchain=go$minor.$newest
			why="the newest Go $minor.x the module proxy serves for $host"
		fi
	fi
	log "the go on PATH is too old: using GOTOOLCHAIN=$toolchain ($why)"
else
	toolchain=go$go_line
	log "the go on PATH is too old: using GOTOOLCHAIN=$toolchain"
fi
export GOTOOLCHAIN=$toolchain
if [[ $toolchain != local ]]; then
	log "fetching $toolchain (from the module proxy the first time, then from the module cache)"
	run go version >&2
fi
if ! fits; then
	sed 's/^/    /' "$tmp/fits.err" >&2
	echo "$0: GOTOOLCHAIN=$toolchain cannot build gopls $GOPLS_VERSION (go $go_line); pick another with GOPLS_TOOLCHAIN" >&2
	exit 1
fi

log "downloading $GOPLS_MODULE@$GOPLS_VERSION from the module proxy"
info="$(run go mod download -json "$GOPLS_MODULE@$GOPLS_VERSION")" || {
	printf '%s\n' "$info" >&2
	exit 1
}
src="$(printf '%s\n' "$info" | json_field Dir)"
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
# -trimpath: the build cache keys a package built without it on its
# directory, and the temporary directory is new on every run, so all of
# gopls's own packages would be compiled again each time.
run go build -trimpath -o "$out" .

log "done in $((SECONDS - start))s: $("$out" version 2>&1 | head -n 1), built with $(go env GOVERSION)"
