#!/usr/bin/env bash
# Times statuscode on one module of the corpus with hyperfine and prints
# median wall times, mean CPU times and ratios. Warm rows (RUNS runs after
# a warm-up):
#
#   statuscode ./...              the flow on (the default): handed to go vet,
#                                 whose build cache keeps facts and findings
#   statuscode -flow=false ./...  in process, without facts: the packages named
#   nop ./...                     scripts/nopchecker under singlechecker:
#                                 loading and type-checking alone
#   go vet -vettool, flow on and off
#   golangci-lint, flow on and off, when GOLANGCI is the path of a
#                 golangci-lint with the plugin (scripts/golangci-custom.sh):
#                 its standard linters plus statuscode
#
# Cold rows (COLD_RUNS runs) use a statuscode binary that go vet has never
# seen (a byte appended gives it a new -V=full ID), so that every package,
# dependencies included, is analyzed again, and an empty golangci-lint
# cache; compiled export data stays in the build cache.
#
#   scripts/timing.sh [MODULE@VERSION]   (default: the corpus's largest module)
#
# Environment: STATUSCODE_SCRATCH (default $TMPDIR/statuscode-timing),
# RUNS (default 5), COLD_RUNS (default 2), GOLANGCI. Needs Go, the module
# proxy and hyperfine (installed with apt-get when missing, as root).
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

sc=$scratch/statuscode
cold=$scratch/statuscode-cold
# A binary go vet has never seen: the same program with a unique trailer.
fresh="cp $sc $cold && date +%s%N >> $cold"
cold_runs=${COLD_RUNS:-2}
csv=$scratch/timing.csv
cmds=(
	-n "statuscode" "$sc ./..."
	-n "statuscode -flow=false" "$sc -flow=false ./..."
	-n "nop" "$scratch/nopchecker ./..."
	-n "go vet -vettool" "go vet -vettool=$sc ./..."
	-n "go vet -vettool -flow=false" "go vet -vettool=$sc -flow=false ./..."
)
colds=(
	-n "statuscode cold" "$cold ./..."
	-n "go vet -vettool cold" "go vet -vettool=$cold ./..."
	-n "go vet -vettool -flow=false cold" "go vet -vettool=$cold -flow=false ./..."
)
if [ -n "${GOLANGCI:-}" ]; then
	for flow in true false; do
		printf '%s\n' 'version: "2"' 'linters:' '  default: standard' '  enable:' '    - statuscode' \
			'  settings:' '    custom:' '      statuscode:' '        type: module' \
			'        description: statuscode' '        settings:' "          flow: $flow" \
			'issues:' '  max-issues-per-linter: 0' '  max-same-issues: 0' >"$scratch/golangci-flow-$flow.yml"
	done
	export GOLANGCI_LINT_CACHE=$scratch/golangci-cache
	gcl() { echo "$GOLANGCI run --config=$scratch/golangci-flow-$1.yml --output.text.path=/dev/null ./..."; }
	cmds+=(-n "golangci-lint flow" "$(gcl true)" -n "golangci-lint -flow=false" "$(gcl false)")
	colds+=(-n "golangci-lint flow cold" "$(gcl true)" -n "golangci-lint -flow=false cold" "$(gcl false)")
fi
run hyperfine -N -i --style basic --warmup 1 --runs "$runs" --export-csv "$csv" "${cmds[@]}" >&2
csvc=$scratch/timing-cold.csv
run hyperfine -N -i --style basic --runs "$cold_runs" --prepare "bash -c '$fresh && rm -rf $scratch/golangci-cache'" \
	--export-csv "$csvc" "${colds[@]}" >&2

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds;
# user and system are means). Wall time is what a user waits for; CPU time
# (user+system) is steadier when other processes share the machine.
awk -F, -v mod="$mod" -v pkgs="$pkgs" -v runs="$runs" -v cold="$cold_runs" -v cpus="$(nproc)" '
	FNR == 1 { next }
	{ med[$1] = $4; cpu[$1] = $5 + $6; min[$1] = $7; max[$1] = $8; order[++n] = $1 }
	END {
		printf "module %s (%d packages), %d CPUs; warm: %d runs after 1 warm-up; cold: %d runs\n", mod, pkgs, cpus, runs, cold
		for (i = 1; i <= n; i++) {
			c = order[i]
			printf "  %-34s median %7.3f s (min %.3f, max %.3f)  CPU %7.3f s\n", c, med[c], min[c], max[c], cpu[c]
		}
		printf "  statuscode / statuscode -flow=false (warm, wall medians): %.3f\n", med["statuscode"] / med["statuscode -flow=false"]
		printf "  statuscode -flow=false / nop (warm, wall medians): %.3f\n", med["statuscode -flow=false"] / med["nop"]
		if ("golangci-lint flow" in med)
			printf "  golangci-lint flow / -flow=false (warm, wall medians): %.3f\n", med["golangci-lint flow"] / med["golangci-lint -flow=false"]
	}' "$csv" "$csvc"
