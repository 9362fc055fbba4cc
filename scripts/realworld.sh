#!/usr/bin/env bash
# Runs statuscode on a corpus of public modules from the Go module proxy
# (scripts/realworld.txt), applies its fixes, and checks the result: no
# analyzer error or panic, every fixable finding fixed, and go build / go vet
# no worse than before the fixes. Prints one table row per module.
#
#   scripts/realworld.sh [--ci] [--audit] [--only SUBSTRING] [--scratch DIR] [--list FILE]
#   scripts/realworld.sh --sweep [--only SUBSTRING] [--scratch DIR] [--list FILE]
#
#   --ci           only the modules tagged "ci" in the list (small, fast)
#   --only S       only the modules whose path contains S
#   --scratch DIR  where the copies, logs and the binary go
#                  (default $STATUSCODE_SCRATCH, else $TMPDIR/statuscode-realworld);
#                  it is reused between runs, the module copies are replaced
#   --list FILE    module list (default scripts/realworld.txt; with --sweep,
#                  scripts/sweep.txt)
#   --audit        also list, per module in DIR/logs/MODULE.audit, every
#                  integer literal with a standard code's value, in the
#                  default-build, non-generated files that import an HTTP
#                  or WebSocket package, that no finding reports: the
#                  candidates for misses, to classify by hand
#   --sweep        crash hunting on a broad corpus (scripts/sweep.txt): per
#                  module only go list and a timed statuscode -json, no
#                  fixes, build or vet; the table counts packages, findings,
#                  crashes (panics and fatal errors of statuscode or of its
#                  go vet units, with their stack tops), analyzer errors and
#                  units that failed otherwise; exit 1 on a crash or an
#                  analyzer error only
#
# Environment: STATUSCODE_SCRATCH, STATUSCODE_REALWORLD_CI=1 (same as --ci).
# Needs Go and the module proxy. Exit status 1 when a check fails or a
# module cannot be downloaded, 2 on a bad invocation or module list. The
# steps for each module are described in docs/realworld.md and
# scripts/realworld/main.go; every command is printed to stderr, the full
# output of each module goes to DIR/logs/MODULE.log and its findings to
# DIR/logs/MODULE.findings (direct ones first, then flow ones with their
# hops). The table counts the findings of each module by kind, direct (the
# literal at the status API) and flow (reaching it through the package,
# -flow), and by category.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export GOWORK=off

scratch=${STATUSCODE_SCRATCH:-${TMPDIR:-/tmp}/statuscode-realworld}
list=
sweep=
args=()
if [ "${STATUSCODE_REALWORLD_CI:-}" = 1 ]; then args+=(-ci); fi
while [ $# -gt 0 ]; do
	case $1 in
	--ci) args+=(-ci) ;;
	--audit) args+=(-audit) ;;
	--sweep) args+=(-sweep); sweep=1 ;;
	--only) [ $# -ge 2 ] || { echo "realworld.sh: --only needs a value" >&2; exit 2; }; args+=(-only "$2"); shift ;;
	--scratch) [ $# -ge 2 ] || { echo "realworld.sh: --scratch needs a value" >&2; exit 2; }; scratch=$2; shift ;;
	--list) [ $# -ge 2 ] || { echo "realworld.sh: --list needs a value" >&2; exit 2; }; list=$2; shift ;;
	-h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "realworld.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
	shift
done
if [ -z "$list" ]; then
	list=$root/scripts/realworld.txt
	if [ "$sweep" = 1 ]; then list=$root/scripts/sweep.txt; fi
fi
mkdir -p "$scratch"
scratch=$(cd "$scratch" && pwd)
[ -f "$list" ] || { echo "realworld.sh: no module list at $list" >&2; exit 2; }
list=$(cd "$(dirname "$list")" && pwd)/$(basename "$list")

cd "$root"
echo "+ go build -o $scratch/statuscode ./cmd/statuscode" >&2
go build -o "$scratch/statuscode" ./cmd/statuscode
echo "+ go build -o $scratch/realworld ./scripts/realworld" >&2
go build -o "$scratch/realworld" ./scripts/realworld
echo "+ $scratch/realworld -statuscode $scratch/statuscode -scratch $scratch -list $list ${args[*]:-}" >&2
exec "$scratch/realworld" -statuscode "$scratch/statuscode" -scratch "$scratch" -list "$list" "${args[@]}"
