#!/usr/bin/env bash
# Measures the hexo-lite toolchain build: cold (no stage image and no Docker layer cache; the
# debootstrapped base image is kept, it is made once per machine), cache hit (nothing changed), and rebuild after a change in
# the hermit component (override with a modified copy). Median of N runs (default 3) of the
# `hexo-ci toolchain build` wall time, JVM start included.
# Usage: bench/toolchain-numbers.sh [runs]   (as root, after scripts/setup-host.sh)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
cache="$(mktemp -d /tmp/hexo-bench-cache.XXXXXX)"
work="$(mktemp -d /tmp/hexo-bench-work.XXXXXX)"
trap 'rm -rf "$cache" "$work"' EXIT
cli="${HEXO_CI:-$root/hexo-ci}" # HEXO_CI="java -jar target/hexo-ci.jar" to skip the launcher
hexo() {
  $cli "$@" --cache-dir "$cache" --quiet >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  # remember the images this bench made, so only those are dropped for the next cold run
  grep -oE 'hexo-toolchain(-stage)?:[0-9a-f]+' "$work/out" >>"$work/tags" || true
}
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
drop_stages() { # untags only what this bench built (other users' images keep working)
  [ -s "$work/tags" ] && sort -u "$work/tags" | xargs -r docker rmi -f >/dev/null 2>&1 || true
  : >"$work/tags"
}
changed_hermit() { # a git repo of hexo-lite's hermit with one comment line added
  local d="$work/hermit-$1"
  rm -rf "$d" && cp -r "$root/hexo-lite/components/hermit" "$d"
  f="$(find "$d" -name '*.c' | sort | head -n1)"
  printf '/* bench change %s */\n' "$1-$RANDOM" | cat - "$f" >"$f.new" && mv "$f.new" "$f"
  git -C "$d" init -q -b hermit-popcorn-master
  git -C "$d" add -A
  git -C "$d" -c user.name=bench -c user.email=bench@localhost commit -qm change
  echo "$d"
}

hexo toolchain build --spec hexo-lite # makes the base image (once per machine) and warms the jar
: >"$work/cold"; : >"$work/hit"; : >"$work/change"
for i in $(seq 1 "$runs"); do
  drop_stages
  t0=$(now); hexo toolchain build --spec hexo-lite --no-layer-cache; t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$work/cold"
  t0=$(now); hexo toolchain build --spec hexo-lite; t1=$(now)
  grep -q '^cache: hit' "$work/out" || { echo "expected a cache hit" >&2; exit 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$work/hit"
  d="$(changed_hermit "$i")"
  t0=$(now); hexo toolchain build --spec hexo-lite --override "hermit=file://$d@hermit-popcorn-master"; t1=$(now)
  grep -q 'stage 1 deps .*reused' "$work/out" || { echo "expected the deps stage reused" >&2; exit 1; }
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$work/change"
done
printf 'runs: %s\n' "$runs"
for k in cold hit change; do
  printf '%-7s median %6.1f s   (runs: %s)\n' "$k" "$(median <"$work/$k")" "$(tr '\n' ' ' <"$work/$k")"
done
