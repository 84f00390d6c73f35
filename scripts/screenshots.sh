#!/usr/bin/env bash
# Regenerates the README's screenshots of the three report pages (one test, matrix, trends) in
# docs/screenshots/: PagesBrowserIT renders them in headless Chromium under Jenkins' CSP and keeps
# its screenshots there. Needs the Debian package chromium (scripts/setup-host.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
mvn -B -q verify -Dit.test=PagesBrowserIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dinvoker.skip=true -Dhexo.vmm.skipBuild=true -Dhexo.screenshots="$out"
ls -l "$out"
