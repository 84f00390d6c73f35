#!/bin/bash
# Unit tests of apps/common, built with -Wall -Wextra -Werror and run natively, and for aarch64
# (run through qemu-user/binfmt) when aarch64-linux-gnu-gcc is installed: the generator must
# give the same bits on both ISAs. Exits non-zero on a failed build or check.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mktemp -d /tmp/apps-common-tests.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
rc=0
for cc in gcc aarch64-linux-gnu-gcc; do
	command -v "$cc" >/dev/null || { echo "SKIP $cc: not installed"; continue; }
	if ! "$cc" -O0 -std=gnu11 -Wall -Wextra -Werror -static -o "$OUT/test-$cc" "$HERE/test_common.c" \
		"$HERE/../npb_random.c" "$HERE/../npb_timer.c" "$HERE/../npb_results.c" -lm; then
		echo "FAIL $cc: build"; rc=1; continue
	fi
	if "$OUT/test-$cc"; then echo "PASS $cc"; else echo "FAIL $cc"; rc=1; fi
done
exit $rc
