#!/usr/bin/env bash
# The fault table: runs BoardFaultsIT (each kind of aarch64 board killed under a leg of
# `hexo-ci migrate`, in the source, transfer and destination phases) and prints its rows as the
# README's markdown table: fault | phase | verdict | left behind.
#
# usage: bench/faults.sh   (needs Docker, qemu-user-static, and for the virtual-board rows
#   qemu-system-aarch64 and root; the virtual board's image is built on first use)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$(mktemp /tmp/hexo-faults.XXXXXX)"
trap 'rm -f "$log"' EXIT
cd "$root"
# the IT's stdout goes to Failsafe's file: "fault table: FAULT | PHASE | VERDICT MESSAGE (exit N) | left: WHAT"
out="target/failsafe-reports/org.hexo.ci.cli.BoardFaultsIT-output.txt"
rm -f "$out"
status=0
mvn -B verify -Dit.test=BoardFaultsIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dinvoker.skip=true >"$log" 2>&1 || status=$?
echo '| fault | phase | verdict | left behind |'
echo '|---|---|---|---|'
[ -f "$out" ] && sed -n 's/^fault table: \(.*\) | \(.*\) | \([A-Z]*\) \(.*\) | left: \(.*\)$/| \1 | \2 | \3 `\4` | \5 |/p' "$out"
[ "$status" -eq 0 ] || { tail -n 40 "$log" >&2; echo "BoardFaultsIT failed (exit $status)" >&2; }
exit "$status"
