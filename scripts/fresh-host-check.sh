#!/usr/bin/env bash
# Proves the README's claim that its two commands work on a fresh machine: takes away what a fresh
# machine of this kind would not have, clones this checkout's HEAD into a new directory, and runs
# the README's two commands there, timing each. Not run by CI (it stops dockerd and empties caches);
# run it by hand, as root, on a machine you can spare for half an hour.
#
# Removed: the arm64 apt architecture (with its package lists), the aarch64 binfmt registration,
# hexo-ci's caches (~/.cache/hexo-ci, /var/cache/hexo-ci), every container labelled by hexo-ci and
# every hexo-* image, and the running dockerd. With --maven also ~/.m2/repository (everything is
# downloaded again). Kept: Debian packages (the image of this machine kind ships or installs them
# the same way), since removing them would take the machine's own tools.
#
# usage: scripts/fresh-host-check.sh [--maven] [--keep-clone]
set -euo pipefail
maven=false keep=false
for a in "$@"; do
  case "$a" in
    --maven) maven=true ;;
    --keep-clone) keep=true ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "fresh-host-check: unknown argument '$a' (see --help)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "fresh-host-check: run as root (it stops dockerd and edits apt)" >&2; exit 2; }
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clone=$(mktemp -d /tmp/hexo-ci-fresh.XXXXXX)
log() { printf '[fresh-host-check] %s\n' "$*"; }
removed=()

if docker version >/dev/null 2>&1; then
  ids=$(docker ps -aq --filter label=org.hexo.ci.session)
  [ -z "$ids" ] || { docker rm -f $ids >/dev/null; removed+=("containers: $(echo $ids | wc -w)"); }
  imgs=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -E '^hexo-' || true)
  [ -z "$imgs" ] || { docker rmi -f $imgs >/dev/null; removed+=("images: $(echo $imgs | tr '\n' ' ')"); }
  docker image prune -f >/dev/null || true
fi
if pgrep -x dockerd >/dev/null; then
  pkill -x dockerd
  for _ in $(seq 60); do pgrep -x dockerd >/dev/null || break; sleep 0.5; done
  removed+=("dockerd (stopped)")
fi
for c in "${HOME:-/root}/.cache/hexo-ci" /var/cache/hexo-ci; do
  [ -e "$c" ] && { rm -rf "$c"; removed+=("cache $c"); }
done
if dpkg --print-foreign-architectures | grep -qx arm64; then
  if dpkg -l | awk '$1 == "ii" && $2 ~ /:arm64$/' | grep -q .; then
    log "arm64 packages are installed; keeping the arm64 architecture"
  else
    dpkg --remove-architecture arm64
    rm -f /var/lib/apt/lists/*arm64*
    removed+=("apt architecture arm64 and its lists")
  fi
fi
if [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  echo -1 > /proc/sys/fs/binfmt_misc/qemu-aarch64 && removed+=("binfmt qemu-aarch64")
fi
if $maven && [ -d "${HOME:-/root}/.m2/repository" ]; then
  rm -rf "${HOME:-/root}/.m2/repository"
  removed+=("~/.m2/repository")
fi

git clone -q "$src" "$clone"
log "clone of $(git -C "$src" rev-parse --short HEAD) in $clone"
run() { # name command...
  local name=$1 t0 rc
  shift
  log "running: $*"
  t0=$(date +%s)
  set +e
  (cd "$clone" && "$@") >"$clone.$name.log" 2>&1
  rc=$?
  set -e
  times+=("$name: exit $rc in $(( $(date +%s) - t0 )) s (log $clone.$name.log)")
  tail -n 5 "$clone.$name.log" | sed 's/^/    /'
  return 0
}
times=()
run main-job bash scripts/demo.sh
run tests bash scripts/test.sh

log "removed before the run:"
for r in "${removed[@]:-nothing}"; do log "  - $r"; done
log "results:"
for t in "${times[@]}"; do log "  - $t"; done
$keep || rm -rf "$clone"
