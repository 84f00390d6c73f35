#!/usr/bin/env bash
# Measures hexo-ci's overhead on one migration test: the wall time of `hexo-ci migrate` against the
# same legs run by hand (reference run, source leg with the proxy, SIGUSR1 after the trigger line,
# plain `docker cp` of the checkpoint, destination leg in an arm64 board container started once, as
# a developer would keep a board up), median of N runs each. Prints both medians and the ratio.
#
# usage: bench/migration-overhead.sh [APP] [CLASS] [TRIGGER_LINE_REGEX] [RUNS]
#   defaults: is A '^\s*5$' 5. Needs the host prepared (scripts/setup-host.sh) and the qemu-user
#   board image (any hexo-ci run on qemu-user creates it). HEXO_CI overrides the hexo-ci command.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${1:-is}" cls="${2:-A}" regex="${3:-^\\s*5$}" runs="${4:-5}"
work="$(mktemp -d /tmp/hexo-bench.XXXXXX)"
trap 'docker rm -f "$work_ctr" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
work_ctr="hexo-bench-$$"
cli="${HEXO_CI:-$root/hexo-ci}"   # override to measure another build of hexo-ci
log() { printf '[bench] %s\n' "$*" >&2; }

# Build once (not measured): the programs and proxies both methods use.
art="$work/art"
mkdir -p "$art"
log "building $app class $cls (not measured)"
build="$($cli app build --toolchain hexo-lite --app "$root/apps/$app" --class "$cls" 2>/dev/null | sed -n 's/^output: //p')"
[ -d "$build" ] || { log "app build failed: run $cli app build --app apps/$app --class $cls"; exit 3; }
cp "$build"/prog_x86-64_aligned "$build"/prog_aarch64_aligned "$build"/proxy-x86_64 "$build"/proxy-aarch64 "$art/"
$cli migrate --app "$root/apps/$app" --class "$cls" --trigger "output:$regex" --artifacts "$art" \
  --report "$work/warmup" >/dev/null 2>&1 || true   # creates the board image when missing

image="$(docker images --format '{{.Repository}}:{{.Tag}}' hexo-board-arm64 | head -n1)"
[ -n "$image" ] || { log "no hexo-board-arm64 image: run ./hexo-ci demo once"; exit 3; }
docker run -d --name "$work_ctr" --network host "$image" sleep infinity >/dev/null

env_common=(HERMIT_ISLE=uhyve HERMIT_MEM=1G HERMIT_CPUS=1 HERMIT_VERBOSE=0 HERMIT_DEBUG=0
  ST_AARCH64_BIN=prog_aarch64_aligned ST_X86_64_BIN=prog_x86-64_aligned HERMIT_MIGRATE_PORT=5050
  HERMIT_MIGRATE_SERVER=0 HERMIT_FULL_CHKPT_SAVE=1 HERMIT_FULL_CHKPT_RESTORE=1
  HERMIT_MIGRATE_BIND=127.0.0.1 HERMIT_MIGRATE_TIMEOUT=300)

by_hand() {
  local d="$work/hand-$1" t0 t1
  mkdir -p "$d/ref" "$d/src"
  t0=$(date +%s.%N)
  # the programs go into each leg's directory inside the timed window, as hexo-ci's do
  cp "$art"/* "$d/ref/"; cp "$art"/* "$d/src/"
  (cd "$d/ref" && env "${env_common[@]}" HERMIT_MIGTEST=0 HERMIT_MIGRATE_RESUME=0 HERMIT_NODE_ID=0 \
    HERMIT_MIGPOINT_SETTLE_MS=0 ./proxy-x86_64 prog_x86-64_aligned >out 2>err)
  (cd "$d/src" && exec env "${env_common[@]}" HERMIT_MIGTEST=0 HERMIT_MIGRATE_RESUME=0 HERMIT_NODE_ID=0 \
    HERMIT_MIGPOINT_SETTLE_MS=300 ./proxy-x86_64 prog_x86-64_aligned >out 2>err) &
  local pid=$!
  until grep -qE "$regex" "$d/src/out" 2>/dev/null; do sleep 0.02; done
  kill -USR1 "$pid"; wait "$pid"
  docker exec "$work_ctr" mkdir -p "/tmp/$1"
  for f in "$art"/prog_* "$d/src"/*.bin "$d/src"/stack.bin.*; do
    [ -e "$f" ] && docker cp "$f" "$work_ctr:/tmp/$1/" >/dev/null
  done
  docker cp "$art/proxy-aarch64" "$work_ctr:/tmp/$1/proxy" >/dev/null
  docker exec -w "/tmp/$1" "$work_ctr" env "${env_common[@]}" HERMIT_MIGTEST=0 \
    HERMIT_MIGRATE_RESUME=1 HERMIT_NODE_ID=1 HERMIT_MIGPOINT_SETTLE_MS=0 \
    ./proxy prog_aarch64_aligned >"$d/dst.out" 2>"$d/dst.err"
  t1=$(date +%s.%N)
  grep -q "Verification *= *SUCCESSFUL" "$d/dst.out" || log "by-hand run $1 did not verify"
  echo "$t1 - $t0" | bc
}

with_hexo_ci() {
  local t0 t1
  t0=$(date +%s.%N)
  $cli migrate --app "$root/apps/$app" --class "$cls" --trigger "output:$regex" \
    --artifacts "$art" --report "$work/ci-$1" >/dev/null 2>&1 || log "hexo-ci run $1 did not pass"
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

hand=() ci=()
for i in $(seq 1 "$runs"); do
  hand+=("$(by_hand "$i")")
  ci+=("$(with_hexo_ci "$i")")
  log "run $i: by hand ${hand[-1]} s, hexo-ci ${ci[-1]} s"
done
mh="$(printf '%s\n' "${hand[@]}" | median)"
mc="$(printf '%s\n' "${ci[@]}" | median)"
printf 'app=%s class=%s runs=%s\nby-hand median: %.2f s\nhexo-ci median: %.2f s\nratio: %.3f\n' \
  "$app" "$cls" "$runs" "$mh" "$mc" "$(echo "$mc / $mh" | bc -l)"
