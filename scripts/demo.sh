#!/usr/bin/env bash
# The main job: prepares this host (packages, dockerd, binfmt), then runs `hexo-ci demo`: builds the
# hexo-lite toolchain and apps/is class S, migrates it x86-64 -> aarch64 (qemu-user board, C/R after
# iteration 5), checks the migrated run against an unmigrated one and prints the summary.
# Extra arguments go to `hexo-ci demo` (e.g. --report DIR). Exit 0 PASS, 1 FAIL, 3 infrastructure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-host.sh
exec ./hexo-ci demo "$@"
