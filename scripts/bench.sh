#!/usr/bin/env bash
# Times the statuscode pass against the floor of any call-site linter, a
# bare walk over every *ast.CallExpr through the same inspector (target: at
# most 2x), and against usestdlibvars v1.29.0, golangci-lint's linter for
# HTTP status constants, on the same passes (target: at most 1x); prints
# the medians and both ratios.
#
#   scripts/bench.sh                      # net/http, net/rpc, expvar and their dependencies (210 packages)
#   scripts/bench.sh MODULE@VERSION       # a corpus module's packages and tests, e.g. github.com/caddyserver/caddy/v2@v2.11.9
#   scripts/bench.sh -ab REV [MODULE@VERSION]
#                                         # REV's analyzer against the working tree's, in one process, in
#                                         # alternating rounds (scripts/abbench): the ratio the machine's
#                                         # drift does not blur (default module: caddy, as below)
#   scripts/bench.sh -harness [MODULE@VERSION]
#                                         # the pass as a driver runs it (scripts/harness): x/tools' checker over
#                                         # the module's packages and tests, every dependency loaded from source,
#                                         # statuscode's cost on the roots and on the dependencies apart
#                                         # (default module: github.com/caddyserver/caddy/v2@v2.11.9)
#
# COUNT (default 10) sets -count; ROUNDS the harness's rounds (default 7)
# or -ab's (default 20).
# Needs only Go and the module proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOWORK=off
count="${COUNT:-10}"

harness=""
ab=""
if [[ ${1:-} == -ab && $# -ge 2 ]]; then
	ab=$2
	shift 2
	set -- "${1:-github.com/caddyserver/caddy/v2@v2.11.9}"
fi
if [[ ${1:-} == -harness ]]; then
	harness=1
	shift
	set -- "${1:-github.com/caddyserver/caddy/v2@v2.11.9}"
fi
if [[ $# -gt 1 || ${1:-} == -h || ${1:-} == --help ]]; then
	sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
	exit 2
fi

bench_dir=""
if [[ $# -eq 1 ]]; then
	scratch="${STATUSCODE_SCRATCH:-${TMPDIR:-/tmp}/statuscode-bench}"
	src=$(go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [[ -z $src ]]; then
		echo "bench.sh: cannot download $1" >&2
		exit 1
	fi
	bench_dir="$scratch/${1//[\/@]/_}"
	if [[ ! -d $bench_dir ]]; then
		mkdir -p "$scratch"
		cp -r "$src" "$bench_dir"
		chmod -R u+w "$bench_dir"
		(cd "$bench_dir" && GOFLAGS=-mod=mod go mod download)
	fi
	echo "== $1 ($bench_dir)"
fi

if [[ -n $ab ]]; then
	# A module of two copies of the analyzer: REV's as abbench/base, the
	# working tree's as abbench/head.
	mod=$(mktemp -d)
	trap 'rm -rf "$mod"' EXIT
	for side in base head; do
		mkdir -p "$mod/$side"
		if [[ $side == base ]]; then
			git archive "$ab" analyzer | tar -x -C "$mod/$side" --strip-components=1
		else
			cp -r analyzer/. "$mod/$side"
		fi
		rm -rf "$mod/$side/testdata"
		find "$mod/$side" -name '*_test.go' -delete
		grep -rl 'github.com/statuscode-lint/statuscode/analyzer' "$mod/$side" |
			xargs sed -i "s|github.com/statuscode-lint/statuscode/analyzer|abbench/$side|g"
	done
	sed 's|^module .*|module abbench|' go.mod >"$mod/go.mod"
	cp go.sum "$mod/go.sum"
	cp scripts/abbench/main.go "$mod/main.go"
	(cd "$mod" && GOFLAGS=-mod=mod go build -tags abbench -o abbench .)
	cd "$bench_dir"
	GOFLAGS=-mod=mod GOMAXPROCS=1 "$mod/abbench" -rounds "${ROUNDS:-20}"
	exit
fi

if [[ -n $harness ]]; then
	bin=$(mktemp -d)
	trap 'rm -rf "$bin"' EXIT
	go build -o "$bin/harness" ./scripts/harness
	cd "$bench_dir"
	GOFLAGS=-mod=mod "$bin/harness" -rounds "${ROUNDS:-7}"
	exit
fi

out=$(mktemp)
trap 'rm -f "$out"' EXIT
STATUSCODE_BENCH_DIR="$bench_dir" GOFLAGS=-mod=mod go test ./analyzer -run '^$' \
	-bench '^(BenchmarkStatuscode|BenchmarkStatuscodeNoFlow|BenchmarkUsestdlibvars|BenchmarkBareCallWalk)$' -benchmem -count "$count" | tee "$out"

# Medians of ns/op, and their ratio.
median() {
	grep "^$1-" "$out" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
sc=$(median BenchmarkStatuscode)
noflow=$(median BenchmarkStatuscodeNoFlow)
floor=$(median BenchmarkBareCallWalk)
usv=$(median BenchmarkUsestdlibvars)
awk -v sc="$sc" -v noflow="$noflow" -v floor="$floor" -v usv="$usv" 'BEGIN {
	printf "\nstatuscode pass:         %.2f ms/op (median)\n", sc/1e6
	printf "  with -flow=false:      %.2f ms/op (median), %.2fx the walk\n", noflow/1e6, noflow/floor
	printf "usestdlibvars pass:      %.2f ms/op (median)\n", usv/1e6
	printf "bare call walk:          %.2f ms/op (median)\n", floor/1e6
	printf "statuscode/walk:         %.2fx (target <= 2x)\n", sc/floor
	printf "statuscode/usestdlibvars: %.2fx (target <= 1x)\n", sc/usv
}'
