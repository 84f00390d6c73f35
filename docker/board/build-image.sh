#!/usr/bin/env bash
# Builds the arm64 board userland image: Debian bookworm minbase (debootstrap --arch=arm64, run
# under qemu-user via binfmt) with openssh-server and procps, imported with `docker import`.
# Usage: build-image.sh TAG [MIRROR]
# The image runs nothing by itself; drivers start it with `sleep infinity` and exec into it.
set -euo pipefail

tag="${1:?usage: build-image.sh TAG [MIRROR]}"
mirror="${2:-http://deb.debian.org/debian}"
packages="openssh-server,procps,coreutils"

if docker image inspect "$tag" >/dev/null 2>&1; then
  echo "[board-image] $tag already present" >&2
  exit 0
fi

rootfs="$(mktemp -d /tmp/hexo-board-rootfs.XXXXXX)"
trap 'rm -rf "$rootfs"' EXIT

echo "[board-image] debootstrap arm64 bookworm into $rootfs" >&2
debootstrap --variant=minbase --arch=arm64 --include="$packages" bookworm "$rootfs" "$mirror" \
  >"$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log" >&2; rm -f "$rootfs.log"; exit 3; }
rm -f "$rootfs.log"

# sshd: keys only, no DNS lookups, host keys supplied at start by the driver or the test.
mkdir -p "$rootfs/run/sshd" "$rootfs/root/.ssh"
chmod 700 "$rootfs/root/.ssh"
rm -f "$rootfs"/etc/ssh/ssh_host_*
cat >"$rootfs/etc/ssh/sshd_config.d/hexo-ci.conf" <<'CONF'
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UseDNS no
PrintMotd no
CONF
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*

echo "[board-image] docker import as $tag" >&2
tar -C "$rootfs" -c . | docker import \
  --platform linux/arm64 \
  --change 'CMD ["sleep", "infinity"]' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  - "$tag" >/dev/null
echo "[board-image] built $tag" >&2
