#!/usr/bin/env bash
# Shows statuscode at work on the bundled demo (testdata/demo, a small
# service using net/http, gorilla/websocket and coder/websocket): it
# reports, shows the fixes as a diff, applies them, builds the result and
# checks again. It works on a copy; the repository is left untouched.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && go build -o "$work/statuscode" ./cmd/statuscode)
cp -r "$root/testdata/demo" "$work/demo"
cd "$work/demo"
rel() { sed "s|$work/demo/||g"; }

echo "== statuscode ./...            (exit status 3: findings)"
"$work/statuscode" ./... 2>&1 | rel || true
echo
echo "== statuscode -fix -diff ./... (the fixes, not applied)"
"$work/statuscode" -fix -diff ./... 2>&1 | rel || true
echo
echo "== statuscode -fix ./... && go build ./... && statuscode ./..."
"$work/statuscode" -fix ./... >/dev/null 2>&1 || true
go build -o /dev/null ./...
"$work/statuscode" ./... 2>&1 | rel
echo "fixed, built, and nothing left to report"
