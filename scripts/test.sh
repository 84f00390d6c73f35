#!/usr/bin/env bash
# The project's test command: prepares the host, then runs hexo-lite's suite and every Java test
# (unit *Test and integration *IT, the latter against real Docker, QEMU and sshd).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup-host.sh
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost
if [ -x hexo-lite/tests/run-tests.sh ]; then
  hexo-lite/tests/run-tests.sh
fi
mvn -B verify
