#!/usr/bin/env bash
# Times `statuscode ./...` against a no-op analyzer (scripts/nopchecker: it
# requires inspect.Analyzer and does nothing) on one module of the corpus,
# with hyperfine: one warm-up run each, then 5 runs; prints the median wall
# times, the mean CPU times (user+system) and their ratios. Both commands
# load and type-check the same packages through the same singlechecker
# driver, so the difference is statuscode's own pass.
#
#   scripts/timing.sh [MODULE@VERSION]   (default: the corpus's largest module)
#
# Environment: STATUSCODE_SCRATCH (default $TMPDIR/statuscode-timing),
# RUNS (default 5). Needs Go, the module proxy and hyperfine (installed with
# apt-get when missing and running as root).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export GOWORK=off GOFLAGS=-mod=mod
mod=${1:-github.com/caddyserver/caddy/v2@v2.11.9}
runs=${RUNS:-5}
scratch=${STATUSCODE_SCRATCH:-${TMPDIR:-/tmp}/statuscode-timing}
run() { echo "+ $*" >&2; "$@"; }

if ! command -v hyperfine >/dev/null; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		run apt-get install -y hyperfine >&2
	else
		echo "timing.sh: hyperfine is not installed (apt-get install hyperfine)" >&2
		exit 2
	fi
fi

mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
cd "$root"
run go build -o "$scratch/statuscode" ./cmd/statuscode
run go build -o "$scratch/nopchecker" ./scripts/nopchecker

# A fresh, unfixed, writable copy of the module with its dependencies.
dir=$(run go mod download -json "$mod" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p')
[ -n "$dir" ] && [ -d "$dir" ] || { echo "timing.sh: go mod download $mod failed" >&2; exit 2; }
work=$scratch/$(echo "$mod" | tr '/@' '__')
if [ -d "$work" ]; then chmod -R u+w "$work"; rm -rf "$work"; fi
run cp -R "$dir" "$work"
run chmod -R u+w "$work"
cd "$work"
run go mod download
pkgs=$(go list -e ./... | wc -l)

# statuscode exits 3 when it reports: check once that both exit 0 or 3,
# then let hyperfine ignore the exit status (-i).
for tool in statuscode nopchecker; do
	set +e
	"$scratch/$tool" ./... >/dev/null 2>&1
	rc=$?
	set -e
	if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
		echo "timing.sh: $tool ./... exited $rc in $work" >&2
		exit 1
	fi
done

csv=$scratch/timing.csv
run hyperfine -N -i --style basic --warmup 1 --runs "$runs" --export-csv "$csv" \
	-n statuscode "$scratch/statuscode ./..." \
	-n nop "$scratch/nopchecker ./..." >&2

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds;
# user and system are means). Wall time is what a user waits for; CPU time
# (user+system) is steadier when other processes share the machine.
awk -F, -v mod="$mod" -v pkgs="$pkgs" -v runs="$runs" -v cpus="$(nproc)" '
	NR > 1 { med[$1] = $4; cpu[$1] = $5 + $6; min[$1] = $7; max[$1] = $8 }
	END {
		printf "module %s (%d packages), %d runs each after 1 warm-up, %d CPUs\n", mod, pkgs, runs, cpus
		printf "  statuscode ./...  median %.3f s (min %.3f, max %.3f)  CPU %.3f s\n", med["statuscode"], min["statuscode"], max["statuscode"], cpu["statuscode"]
		printf "  nop ./...         median %.3f s (min %.3f, max %.3f)  CPU %.3f s\n", med["nop"], min["nop"], max["nop"], cpu["nop"]
		printf "  ratio statuscode/nop: wall (medians) %.3f, CPU %.3f\n", med["statuscode"] / med["nop"], cpu["statuscode"] / cpu["nop"]
	}' "$csv"
