#!/bin/bash
# hexo-lite test suite: installs hexo-lite into a temporary prefix (through the
# installer and a temporary git repository of components/hermit), builds the
# test programs and the NPB apps (class S) and runs the migration matrix.
# Prints "N passed, N failed" last; exits non-zero on any failure.
# HEXO_LITE_TESTS="basic chain instr pcstress misaligned testapps apps" runs only those groups
# (the installer tests always run); unset runs everything.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
LITE=$(dirname "$HERE")
ROOT=$(dirname "$LITE")
PY=/usr/bin/python3
T=$(mktemp -d /tmp/hexo-lite-tests.XXXXXX)
P=$T/prefix
X=$P/x86_64-host/bin/proxy
A=$P/aarch64-hermit/bin/proxy
PASS=0
FAIL=0
PORT_BASE=$((20000 + $$ % 20000))
trap 'rm -rf "$T"' EXIT

want() { [ -z "${HEXO_LITE_TESTS:-}" ] || [[ " $HEXO_LITE_TESTS " == *" $1 "* ]]; }
ok() { PASS=$((PASS + 1)); echo "PASS $1"; }
ko() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else ko "$name"; fi; }
# drops NPB's timing lines and the runtime's own; on the other timing lines (time, date, rates)
# and on rows of bare numbers (rate tables) masks the numbers, as hexo-ci's default rules do
norm() { grep -v -E 'Time in seconds|Mop/s|CPU Time|Compile date|^Uhyve: |^Remote page server|^Client (connected|exited)|^Full remote memory|^Closing Server' "$@" |
	sed -E '/[Tt]ime|KFLOPS|MFLOPS|[Dd]ate|Rate|^[ 0-9.eE+:-]+$/ { s/[0-9]+([.:][0-9]+)*([eE][-+]?[0-9]+)?/N/g; s/ +/ /g; }'; }
export -f norm
clean_ckpt() { rm -f "$1"/*.bin "$1"/stack.bin.* "$1"/mdata.bin.tmp "$1"/.status; }

# ---------------------------------------------------------------- install
git_env() { GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0="url.$T/hermit-repo.insteadOf" \
	GIT_CONFIG_VALUE_0=https://git.hexo-lite.invalid/hermit.git "$@"; }
cp -r "$LITE/components/hermit" "$T/hermit-repo" && rm -rf "$T"/hermit-repo/build-*
(cd "$T/hermit-repo" && git init -q -b hermit-popcorn-master && git add -A &&
	git -c user.email=t@example.invalid -c user.name=test commit -qm "hermit component") >/dev/null
COMMIT=$(git -C "$T/hermit-repo" rev-parse HEAD)
(cd "$LITE" && git_env $PY install_compiler.py --install-path "$P" --threads 2) >"$T/install.log" 2>&1
check "installer: full install" test $? -eq 0
layout_ok=1
for f in x86_64-host/bin/proxy aarch64-hermit/bin/proxy x86_64-host/bin/check-align.py x86_64-host/bin/hexo-align \
	x86_64-host/bin/hexo-literals x86_64-hermit/include/migrate.h aarch64-hermit/include/migrate.h \
	x86_64-hermit/include/hermit/migration.h aarch64-hermit/include/hermit/migration.h \
	x86_64-hermit/lib/libhermit.a aarch64-hermit/lib/libhermit.a x86_64-hermit/lib/libmigrate.a \
	aarch64-hermit/lib/libmigrate.a x86_64-hermit/lib/ls.x aarch64-hermit/lib/ls.x x86_64-host/src/hermit/Makefile; do
	[ -e "$P/$f" ] || { layout_ok=0; echo "missing $P/$f"; }
done
check "installer: prefix layout" test $layout_ok -eq 1
check "installer: aarch64 proxy is a static aarch64 ELF" bash -c "file -L '$A' 2>/dev/null | grep -q 'ARM aarch64' || readelf -h '$A' | grep -q AArch64"
(cd "$LITE" && HEXO_LITE_HERMIT_COMMIT=$COMMIT git_env $PY install_compiler.py --install-path "$P" --threads 2 \
	--only-hermit-install --only-utils-install) >"$T/install2.log" 2>&1
check "installer: re-run over the prefix, pinned commit, first --only wins" bash -c \
	"[ \$(git -C '$P/x86_64-host/src/hermit' rev-parse HEAD) = $COMMIT ] && grep -q '\[install\] hermit: checkout pinned commit' '$T/install2.log' && ! grep -q '\[install\] utils:' '$T/install2.log'"
(cd "$LITE" && $PY install_compiler.py --install-path "$T/p2" --only-hermit-install) >"$T/install3.log" 2>&1
check "installer: unreachable repository names component and step" bash -c \
	"[ $? -ne 0 ] && grep -q 'FAILED: component hermit, step clone' '$T/install3.log'"
mkdir -p "$T/fakebin"; for c in gcc make git objcopy aarch64-linux-gnu-objcopy; do ln -sf "$(command -v $c)" "$T/fakebin/$c"; done
(cd "$LITE" && PATH="$T/fakebin" $PY install_compiler.py --install-path "$T/p3") >"$T/install4.log" 2>&1
check "installer: missing prerequisite names the Debian package" bash -c \
	"[ $? -ne 0 ] && grep -q 'gcc-aarch64-linux-gnu' '$T/install4.log'"
if [ $layout_ok -ne 1 ]; then echo "$PASS passed, $((FAIL + 1)) failed"; cat "$T/install.log"; exit 1; fi

# ---------------------------------------------------------------- helpers
build() { # dir -> builds with the template Makefile
	make -C "$1" POPHERMIT="$P" >"$1/build.log" 2>&1
}
APP_ARGS=() # argv of the program under test (tests/apps: from its hexo-app.yaml)
run_x86() { (cd "$1" && shift && "$X" prog_x86-64_aligned "$@" "${APP_ARGS[@]}"); }
run_arm() { (cd "$1" && shift && "$A" prog_aarch64_aligned "$@" "${APP_ARGS[@]}"); }
run_isa() { local isa=$1; shift; if [ "$isa" = x86 ]; then run_x86 "$@"; else run_arm "$@"; fi; }
other() { [ "$1" = x86 ] && echo arm || echo x86; }

# C/R migration from $src ISA at migration point $at; compares with ref
cr_case() { local d=$1 src=$2 at=$3 dst; dst=$(other "$src")
	clean_ckpt "$d"
	HERMIT_MIGRATE_AT=$at run_isa "$src" "$d" >"$d/o1" 2>"$d/e1"; local r1=$?
	HERMIT_MIGRATE_RESUME=1 run_isa "$dst" "$d" >"$d/o2" 2>"$d/e2"; local r2=$?
	[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && grep -qx 'Uhyve: exiting' "$d/o1" && [ -s "$d/heap.bin" ] &&
		cat "$d/o1" "$d/o2" | norm | diff -q - "$d/ref.norm" >/dev/null
}

postcopy_case() { local d=$1 at=$2 port=$3 src=${4:-x86}
	clean_ckpt "$d"
	(HERMIT_MIGRATE_AT=$at HERMIT_FULL_CHKPT_SAVE=0 HERMIT_MIGRATE_BIND=127.0.0.1 HERMIT_MIGRATE_PORT=$port \
		HERMIT_MIGRATE_TIMEOUT=30 run_isa "$src" "$d" >"$d/o1" 2>"$d/e1"; echo $? >"$d/r1") &
	local pid=$!
	for _ in $(seq 100); do grep -q 'listenning' "$d/o1" 2>/dev/null && break; sleep 0.1; done
	HERMIT_MIGRATE_RESUME=1 HERMIT_FULL_CHKPT_RESTORE=0 HERMIT_MIGRATE_SERVER=127.0.0.1 HERMIT_MIGRATE_PORT=$port \
		HERMIT_MIGRATE_TIMEOUT=30 run_isa "$(other "$src")" "$d" >"$d/o2" 2>"$d/e2"; local r2=$?
	wait $pid
	[ "$(cat "$d/r1")" = 0 ] && [ $r2 -eq 0 ] && [ ! -e "$d/heap.bin" ] &&
		grep -q 'Remote page server listenning on port' "$d/o1" && grep -qx 'Client connected!' "$d/o1" &&
		grep -qE '^(Full remote memory served|Client exited)$' "$d/o1" && grep -qx 'Uhyve: exiting' "$d/o1" &&
		grep -q STATUS_SERVING_REMOTE_PAGES "$d/.status" && grep -q STATUS_PULLING_PAGES "$d/.status" &&
		cat "$d/o1" "$d/o2" | norm | diff -q - "$d/ref.norm" >/dev/null
}

roundtrip_case() { local d=$1 a1=$2 a2=$3 src=${4:-x86}
	clean_ckpt "$d"
	HERMIT_MIGRATE_AT=$a1 run_isa "$src" "$d" >"$d/o1" 2>"$d/e1" &&
	HERMIT_MIGRATE_RESUME=1 HERMIT_MIGRATE_AT=$a2 run_isa "$(other "$src")" "$d" >"$d/o2" 2>"$d/e2" &&
	grep -qx 'Uhyve: exiting' "$d/o2" &&
	HERMIT_MIGRATE_RESUME=1 run_isa "$src" "$d" >"$d/o3" 2>"$d/e3" &&
	cat "$d/o1" "$d/o2" "$d/o3" | norm | diff -q - "$d/ref.norm" >/dev/null
}

# corrupt/truncate/remove a checkpoint file: destination must fail with exit 3 naming it
fault_case() { local d=$1 kind=$2 file=$3
	clean_ckpt "$d"
	HERMIT_MIGRATE_AT=2 run_x86 "$d" >/dev/null 2>&1
	[ "$file" = stack ] && file=$(cd "$d" && ls stack.bin.*)
	case $kind in
	corrupt) $PY -c "import sys; f=open(sys.argv[1],'r+b'); f.seek(int(__import__('os').path.getsize(sys.argv[1])/2)); b=f.read(1); f.seek(-1,1); f.write(bytes([b[0]^0x5a]))" "$d/$file" ;;
	truncate) truncate -s -7 "$d/$file" ;;
	missing) rm -f "$d/$file" ;;
	esac
	HERMIT_MIGRATE_RESUME=1 run_arm "$d" >"$d/o2" 2>"$d/e2"; local r=$?
	[ $r -eq 3 ] && grep -q "$file" "$d/e2" && ! grep -q SUCCESSFUL "$d/o2" && ! grep -q SUCCESSFUL "$d/e2"
}

program_matrix() { # name dir
	local name=$1 d=$2 n mid port
	if ! build "$d"; then ko "$name: build (see below)"; tail -20 "$d/build.log"; return; fi
	ok "$name: build both ISAs"
	check "$name: make check" make -C "$d" POPHERMIT="$P" check -s
	HERMIT_VERBOSE=1 run_x86 "$d" >"$d/ref" 2>"$d/ref.err"
	check "$name: x86-64 run verifies" grep -qE 'Verification += +SUCCESSFUL' "$d/ref"
	norm "$d/ref" >"$d/ref.norm"
	run_arm "$d" >"$d/arm" 2>/dev/null
	check "$name: aarch64 run verifies, output equal" bash -c "grep -qE 'Verification += +SUCCESSFUL' '$d/arm' && diff -q <(norm '$d/arm') '$d/ref.norm' >/dev/null"
	n=$(sed -n 's/.*migration points passed: \([0-9]*\).*/\1/p' "$d/ref.err" | tail -1)
	if [ -z "$n" ] || [ "$n" -lt 1 ]; then ko "$name: has migration points"; return; fi
	mid=$(((n + 1) / 2))
	for at in 1 $mid $n; do
		check "$name: C/R x86->arm at migration point $at/$n" cr_case "$d" x86 $at
		check "$name: C/R arm->x86 at migration point $at/$n" cr_case "$d" arm $at
	done
	port=$((PORT_BASE + RANDOM % 1000))
	check "$name: post-copy x86->arm at $mid/$n" postcopy_case "$d" $mid $port
	check "$name: x86->arm->x86 at $(( (n + 2) / 3 ))" roundtrip_case "$d" $(((n + 2) / 3)) $(((n + 2) / 3))
}

# ---------------------------------------------------------------- own programs
B=$T/basic
if want basic; then
cp -r "$HERE/progs/basic" "$T/basic" && ln -sfn "$LITE/util/hermit/Makefile" "$T/basic/Makefile"
program_matrix basic "$T/basic"
check "basic: checkpoint files, .status lines and mdata" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* .status && HERMIT_MIGRATE_AT=3 '$X' prog_x86-64_aligned >/dev/null &&
	for f in mdata.bin fds.bin data.bin bss.bin heap.bin; do [ -s \$f ] || exit 1; done && ls stack.bin.* >/dev/null &&
	grep -q '^[0-9]*\.[0-9]*:STATUS_READY_FOR_MIGRATION' .status && grep -q ':STATUS_CHECKPOINTING' .status &&
	grep -q ':STATUS_NOT_RUNNING' .status && grep -qx -- '---' .status && head -c 7 mdata.bin | grep -q HXMDATA"
for f in heap.bin data.bin stack mdata.bin; do
	check "basic: corrupted $f is refused" fault_case "$B" corrupt $f
done
for f in heap.bin bss.bin fds.bin; do
	check "basic: truncated $f is refused" fault_case "$B" truncate $f
done
for f in data.bin stack mdata.bin; do
	check "basic: missing $f is refused" fault_case "$B" missing $f
done
check "basic: SIGUSR1 after the line 'iter 5' with HERMIT_MIGPOINT_SETTLE_MS" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* && : >o1 &&
	{ HERMIT_MIGPOINT_SETTLE_MS=400 '$X' prog_x86-64_aligned >o1 2>e1 & pid=\$!; } &&
	for i in \$(seq 100); do grep -q '^iter 5:' o1 && break; sleep 0.05; done && kill -USR1 \$pid && wait \$pid &&
	HERMIT_MIGRATE_RESUME=1 '$A' prog_aarch64_aligned >o2 2>e2 &&
	grep -B1 -x 'Uhyve: exiting' o1 | head -1 | grep -q '^iter 5:' && cat o1 o2 | grep -v Uhyve | diff -q - ref.norm >/dev/null"
check "basic: HERMIT_MIGTEST raises the flag by timer" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* && HERMIT_MIGTEST=1 HERMIT_MIGPOINT_SETTLE_MS=150 '$X' prog_x86-64_aligned >o1 2>/dev/null &&
	grep -qx 'Uhyve: exiting' o1 && HERMIT_MIGRATE_RESUME=1 '$A' prog_aarch64_aligned >o2 2>/dev/null &&
	cat o1 o2 | grep -v Uhyve | diff -q - ref.norm >/dev/null"
check "basic: post-copy resume without a server times out naming host:port" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* && HERMIT_MIGRATE_AT=2 HERMIT_FULL_CHKPT_SAVE=0 HERMIT_MIGRATE_BIND=127.0.0.1 \
	HERMIT_MIGRATE_PORT=$((PORT_BASE + 1500)) HERMIT_MIGRATE_TIMEOUT=2 '$X' prog_x86-64_aligned >o1 2>e1; [ \$? -ne 0 ] &&
	grep -q '127.0.0.1:$((PORT_BASE + 1500))' e1 &&
	HERMIT_MIGRATE_RESUME=1 HERMIT_FULL_CHKPT_RESTORE=0 HERMIT_MIGRATE_SERVER=127.0.0.1 HERMIT_MIGRATE_PORT=$((PORT_BASE + 1501)) \
	HERMIT_MIGRATE_TIMEOUT=2 timeout 30 '$A' prog_aarch64_aligned >o2 2>e2; r=\$?; [ \$r -ne 0 ] && [ \$r -ne 124 ] &&
	grep -q '127.0.0.1:$((PORT_BASE + 1501))' e2 && ! grep -q SUCCESSFUL o2"
check "basic: a refused page-server connection gives up after HERMIT_MIGRATE_CONNECT_TIMEOUT, not the read timeout" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* && HERMIT_MIGRATE_AT=2 HERMIT_FULL_CHKPT_SAVE=0 HERMIT_MIGRATE_BIND=127.0.0.1 \
	HERMIT_MIGRATE_PORT=$((PORT_BASE + 1502)) HERMIT_MIGRATE_TIMEOUT=1 '$X' prog_x86-64_aligned >/dev/null 2>&1;
	HERMIT_MIGRATE_RESUME=1 HERMIT_FULL_CHKPT_RESTORE=0 HERMIT_MIGRATE_SERVER=127.0.0.1 HERMIT_MIGRATE_PORT=$((PORT_BASE + 1503)) \
	HERMIT_MIGRATE_TIMEOUT=600 HERMIT_MIGRATE_CONNECT_TIMEOUT=1 timeout 60 '$A' prog_aarch64_aligned >o2 2>e2; r=\$?; [ \$r -eq 4 ] &&
	grep -q 'cannot connect to the page server 127.0.0.1:$((PORT_BASE + 1503)) within 1 s' e2"
check "basic: HERMIT_MEM too small makes malloc fail with a clear message" bash -c "
	cd '$B' && (HERMIT_MEM=16K '$X' prog_x86-64_aligned >o1 2>e1) 2>/dev/null; grep -q 'HERMIT_MEM' e1"
check "proxy: wrong-ISA program is refused with exit 2" bash -c "
	cd '$B' && '$X' prog_aarch64_aligned >/dev/null 2>e; [ \$? -eq 2 ] && grep -q 'not x86-64' e"
check "proxy: pid of the proxy is the program (exec)" bash -c "
	cd '$B' && HERMIT_MIGPOINT_SETTLE_MS=300 '$X' prog_x86-64_aligned >o1 & p=\$!; sleep 0.2;
	grep -q prog_x86-64_aligned /proc/\$p/cmdline; r=\$?; wait \$p; exit \$r"

check "basic: HERMIT_MIGRATE_REPLAY=1 resumes by replaying start-up (fallback)" bash -c "
	cd '$B' && rm -f *.bin stack.bin.* && HERMIT_MIGRATE_AT=7 '$X' prog_x86-64_aligned >o1 2>/dev/null &&
	HERMIT_MIGRATE_REPLAY=1 HERMIT_VERBOSE=1 HERMIT_MIGRATE_RESUME=1 '$A' prog_aarch64_aligned >o2 2>e2 &&
	grep -q 'by replay' e2 && ! grep -q 'without replay' e2 && cat o1 o2 | grep -v Uhyve | diff -q - ref.norm >/dev/null"
check "basic: post-copy arm->x86" postcopy_case "$B" 7 $((PORT_BASE + 1701)) arm
fi

# ---------------------------------------------------------------- resume without replay
# tests/progs/chain: chains of depth 1 to 5 (arrays, structs, pointers into other
# frames, recursion, the same callee twice on a line, stack-passed arguments) and a
# start-up with side effects that must not run again on the destination.
C=$T/chain
want chain && cp -r "$HERE/progs/chain" "$C" && ln -sfn "$LITE/util/hermit/Makefile" "$C/Makefile"
want chain && program_matrix chain "$C"
if want chain && [ -s "$C/ref.norm" ]; then
	n=$(sed -n 's/.*migration points passed: \([0-9]*\).*/\1/p' "$C/ref.err" | tail -1)
	for src in x86 arm; do
		bad=""
		for at in $(seq 1 "$n"); do cr_case "$C" $src $at || bad="$bad $at"; done
		check "chain: C/R $src->$(other $src) at every migration point (1..$n: depths 1-5, recursion)${bad:+ (failed at$bad)}" test -z "$bad"
	done
	check "chain: post-copy arm->x86" postcopy_case "$C" 20 $((PORT_BASE + 1700)) arm
	check "chain: arm->x86->arm" roundtrip_case "$C" 9 5 arm
	for src in x86 arm; do
		dst=$(other $src)
		sx="'$X' prog_x86-64_aligned"; dx="'$A' prog_aarch64_aligned"
		[ $src = arm ] && { sx="'$A' prog_aarch64_aligned"; dx="'$X' prog_x86-64_aligned"; }
		check "chain: start-up marker and counter not repeated on the destination ($src->$dst)" bash -c "
			cd '$C' && rm -f *.bin stack.bin.* count && CHAIN_COUNTER=count HERMIT_MIGRATE_AT=10 $sx >o1 2>e1 &&
			CHAIN_COUNTER=count HERMIT_VERBOSE=1 HERMIT_MIGRATE_RESUME=1 $dx >o2 2>e2 &&
			grep -q 'start-up marker' e1 && ! grep -q 'start-up marker' e2 && [ \"\$(cat count)\" = 1 ] &&
			grep -q 'without replay' e2 && cat o1 o2 | norm | diff -q - ref.norm >/dev/null"
		check "chain: 3 s start-up, destination done in under 1.5 s ($src->$dst)" bash -c "
			cd '$C' && rm -f *.bin stack.bin.* && CHAIN_STARTUP_MS=3000 HERMIT_MIGRATE_AT=36 $sx >o1 2>e1 &&
			t0=\$(date +%s%N) && CHAIN_STARTUP_MS=3000 HERMIT_MIGRATE_RESUME=1 $dx >o2 2>e2 &&
			t=\$(( (\$(date +%s%N) - t0) / 1000000 )) && echo \"destination took \$t ms\" && [ \$t -lt 1500 ] &&
			cat o1 o2 | norm | diff -q - ref.norm >/dev/null"
	done
fi

# tests/progs/bigstruct: structs over 16 bytes passed by value on the chain (aarch64 keeps
# the reference in the callee-saved x19, in nested frames), and a checkpoint of another
# program refused naming what this binary lacks.
Z=$T/bigstruct
if want chain; then
	cp -r "$HERE/progs/bigstruct" "$Z" && ln -sfn "$LITE/util/hermit/Makefile" "$Z/Makefile"
	program_matrix bigstruct "$Z"
	if [ -s "$Z/ref.norm" ]; then
		for src in x86 arm; do
			bad=""
			for at in 1 2 3 4 5 6 7 8; do cr_case "$Z" $src $at || bad="$bad $at"; done
			check "bigstruct: C/R $src->$(other $src) at every migration point (1..8)${bad:+ (failed at$bad)}" test -z "$bad"
		done
		check "bigstruct: arm->x86->arm at 4, 4 (3 frames, both references in x19)" roundtrip_case "$Z" 4 4 arm
		check "bigstruct: post-copy arm->x86 at 6" postcopy_case "$Z" 6 $((PORT_BASE + 1720)) arm
		check "chain's checkpoint resumed by another program: exit 3 naming the missing function" bash -c "
			cd '$C' && rm -f *.bin stack.bin.* && HERMIT_MIGRATE_AT=10 '$X' prog_x86-64_aligned >/dev/null 2>&1 &&
			cd '$Z' && rm -f *.bin stack.bin.* && cp '$C'/*.bin '$C'/stack.bin.* . &&
			HERMIT_MIGRATE_RESUME=1 '$A' prog_aarch64_aligned >o2 2>e2; [ \$? -eq 3 ] &&
			grep -q 'is not in this binary' e2 && ! grep -q SUCCESSFUL o2"
	fi
fi

# tests/progs/instr: built with -finstrument-functions, every function entry is a
# migration point (in prologues, at every depth, recursion included).
I=$T/instr
if want instr; then
	cp -r "$HERE/progs/instr" "$I"
	if make -C "$I" -f Makefile.app LITE="$LITE" POPHERMIT="$P" >"$I/build.log" 2>&1; then
		ok "instr: build both ISAs with -finstrument-functions"
		HERMIT_VERBOSE=1 run_x86 "$I" >"$I/ref" 2>"$I/ref.err"; norm "$I/ref" >"$I/ref.norm"
		n=$(sed -n 's/.*migration points passed: \([0-9]*\).*/\1/p' "$I/ref.err" | tail -1)
		check "instr: x86-64 run verifies, $n migration points" grep -qE 'Verification += +SUCCESSFUL' "$I/ref"
		for src in x86 arm; do
			bad=""
			for at in $(seq 1 "${n:-0}"); do cr_case "$I" $src $at || bad="$bad $at"; done
			check "instr: C/R $src->$(other $src) at every function entry (1..$n)${bad:+ (failed at$bad)}" test -z "$bad" -a -n "$n"
		done
		check "instr: post-copy x86->arm at 14" postcopy_case "$I" 14 $((PORT_BASE + 1710))
		check "instr: arm->x86->arm at 7, 9" roundtrip_case "$I" 7 9 arm
	else
		ko "instr: build (see below)"; tail -20 "$I/build.log"
	fi
fi

# ---------------------------------------------------------------- post-copy under stress
# First-touch faults racing the prefetch thread (a few thousand pages touched in a
# scattered order right after the resume point), and a page server that goes away
# while the destination still pulls: exit 4 naming host:port, never a silent signal.
S=$T/pcstress
if ! want pcstress; then :
elif cp -r "$HERE/progs/pcstress" "$S" && ln -sfn "$LITE/util/hermit/Makefile" "$S/Makefile" && build "$S"; then
	run_x86 "$S" >"$S/ref" 2>/dev/null && norm "$S/ref" >"$S/ref.norm"
	for at in 1 3 6; do
		check "pcstress: post-copy x86->arm at $at (faults racing the prefetch)" postcopy_case "$S" $at $((PORT_BASE + 1600 + at))
	done
	check "pcstress: page server lost mid-pull ends the destination with exit 4 naming host:port" bash -c "
		cd '$S' && rm -f *.bin stack.bin.* .status && port=$((PORT_BASE + 1610)) &&
		{ HERMIT_MIGRATE_AT=2 HERMIT_FULL_CHKPT_SAVE=0 HERMIT_MIGRATE_BIND=127.0.0.1 HERMIT_MIGRATE_PORT=\$port \\
			'$X' prog_x86-64_aligned >o1 2>e1 & pid=\$!; } &&
		for i in \$(seq 100); do grep -q listenning o1 2>/dev/null && break; sleep 0.1; done && kill -STOP \$pid &&
		{ (sleep 3; kill -9 \$pid) & } &&
		HERMIT_MIGRATE_RESUME=1 HERMIT_FULL_CHKPT_RESTORE=0 HERMIT_MIGRATE_SERVER=127.0.0.1 HERMIT_MIGRATE_PORT=\$port \\
			HERMIT_MIGRATE_TIMEOUT=10 timeout 60 '$A' prog_aarch64_aligned >o2 2>e2; r=\$?; wait;
		[ \$r -eq 4 ] && grep -q \"127.0.0.1:\$port\" e2 && ! grep -q '^final:' o2"
else
	ko "pcstress: build (see below)"; tail -20 "$S/build.log"
fi

if want misaligned; then
cp -r "$HERE/progs/misaligned" "$T/misaligned" && ln -sfn "$LITE/util/hermit/Makefile" "$T/misaligned/Makefile"
build "$T/misaligned"
make -C "$T/misaligned" POPHERMIT="$P" check >"$T/misaligned/check.log" 2>&1
check "misaligned build fails make check naming the symbol" bash -c \
	"[ $? -ne 0 ] && grep -q 'MISALIGNED: symbol isa_table' '$T/misaligned/check.log'"
fi

# ---------------------------------------------------------------- tests/apps
# HEXO-style application directories (Makefile link, hexo-app.yaml with args, inputs and
# the verify regex): each builds, and migrates by C/R both ways, post-copy and round trip.
yaml_get() { $PY -c "import sys, yaml; v = (yaml.safe_load(open(sys.argv[1])) or {}).get(sys.argv[2], '')
print('\n'.join(map(str, v)) if isinstance(v, list) else v)" "$1" "$2"; }
app_matrix() { # name dir
	local name=$1 d=$2 n mid rt verify
	verify=$(yaml_get "$d/hexo-app.yaml" verify)
	mapfile -t APP_ARGS < <(yaml_get "$d/hexo-app.yaml" args)
	if ! build "$d"; then ko "$name: build (see below)"; tail -20 "$d/build.log"; APP_ARGS=(); return; fi
	ok "$name: build both ISAs"
	check "$name: make check" make -C "$d" POPHERMIT="$P" check -s
	run_x86 "$d" >"$d/ref" 2>"$d/ref.err"
	check "$name: x86-64 run prints /$verify/" grep -qE "$verify" "$d/ref"
	norm "$d/ref" >"$d/ref.norm"
	run_arm "$d" >"$d/arm" 2>/dev/null
	check "$name: aarch64 run, output equal" diff -q <(norm "$d/arm") "$d/ref.norm"
	n=$(sed -n 's/^\[hexo-lite\] migration points passed: \([0-9]*\)$/\1/p' "$d/ref.err" | tail -1)
	if [ -z "$n" ] || [ "$n" -lt 2 ]; then ko "$name: has migration points ($n)"; APP_ARGS=(); return; fi
	mid=$(((n + 1) / 2)); rt=$(((n + 2) / 3))
	check "$name: C/R x86->arm at migration point $mid/$n" cr_case "$d" x86 $mid
	check "$name: C/R arm->x86 at migration point $mid/$n" cr_case "$d" arm $mid
	check "$name: post-copy x86->arm at $mid/$n" postcopy_case "$d" $mid $((PORT_BASE + 1800 + RANDOM % 100))
	check "$name: x86->arm->x86 at $rt, then $rt" roundtrip_case "$d" $rt $rt
	APP_ARGS=()
}
if want testapps; then
	for src in "$HERE"/apps/*/; do
		app=$(basename "$src")
		mkdir -p "$T/apps-$app" && cp -r "$src". "$T/apps-$app"/ && ln -sfn "$LITE/util/hermit/Makefile" "$T/apps-$app/Makefile"
		app_matrix "tests/apps/$app" "$T/apps-$app"
	done
	PC=$T/apps-popcorn
	check "popcorn: migrate() to the other node migrates without the flag, callback on the destination" bash -c "
		cd '$PC' && rm -f *.bin stack.bin.* && POPCORN_HOP=4 '$X' prog_x86-64_aligned >o1 2>e1 &&
		grep -qx 'Uhyve: exiting' o1 && grep -q 'checkpoint at migration point 11$' e1 &&
		HERMIT_VERBOSE=1 HERMIT_MIGRATE_RESUME=1 '$A' prog_aarch64_aligned >o2 2>e2 &&
		grep -q 'running the migration callback on_arrival' e2 && cat o1 o2 | norm | diff -q - ref.norm >/dev/null"
	written_case() { rm -f "$1/written.txt"; LIBCSTATE_OUT=written.txt cr_case "$1" "$2" 7 &&
		[ "$(wc -l <"$1/written.txt")" = 10 ]; }
	for src in x86 arm; do
		check "libcstate: a FILE written before and after the point, C/R $src->$(other $src) in one directory" \
			written_case "$T/apps-libcstate" $src
	done
	check "libcnames: the runtime references no libc name an app can define (read, time, signal, ...)" bash -c "
		! nm -u '$P/x86_64-hermit/lib/libhermit.a' '$P/aarch64-hermit/lib/libhermit.a' | grep -qwE 'read|write|time|signal|sleep|open|close|bind|send|recv|connect|socket|listen|accept|poll|index'"
	cp -r "$HERE/progs/vlachain" "$T/vlachain" && ln -sfn "$LITE/util/hermit/Makefile" "$T/vlachain/Makefile"
	check "a VLA on a migration chain fails the build naming function and array" bash -c "
		! make -C '$T/vlachain' POPHERMIT='$P' >'$T/vlachain/build.log' 2>&1 &&
		grep -q 'function fill can be on a migration chain .* variable-length array cells' '$T/vlachain/build.log'"
fi

# ---------------------------------------------------------------- NPB apps (class S)
# The apps' shared NPB code lives in apps/common; each app directory holds symlinks to
# it (npb_*.c/h -> ../common/...), which cp -L copies as regular files, as hexo-ci's app build does.
for app in is ep cg mg ft; do
	want apps || continue
	src=$ROOT/apps/$app
	if [ ! -f "$src/npbparams-S.h" ]; then ko "apps/$app: not present (class S)"; continue; fi
	mkdir -p "$T/$app" && cp -L "$src"/*.c "$src"/*.h "$T/$app"/ 2>/dev/null
	ln -sfn npbparams-S.h "$T/$app/npbparams.h" && ln -sfn "$LITE/util/hermit/Makefile" "$T/$app/Makefile"
	program_matrix "apps/$app" "$T/$app"
done

echo "$PASS passed, $FAIL failed"
[ $FAIL -eq 0 ]
