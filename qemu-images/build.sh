#!/usr/bin/env bash
# Builds the hexo-ci arm64 virtual board from Debian packages only:
#   - Debian's arm64 kernel (linux-image-<abi>-arm64), taken from the .deb;
#   - a debootstrap --variant=minbase rootfs with OpenSSH (and SFTP), busybox, kmod, sudo, packed
#     with overlay/ into one compressed cpio that the kernel boots as its root filesystem;
#   - a user `hexo` in group kvm, whose key pair and the board's SSH host key are generated per image.
# The image is cached under a key of the recipe files and the package versions; when nothing
# changed, the build reuses the image and returns at once. The last stdout line is
# HEXO_IMAGE_DIR=<dir>, for callers that parse the output.
set -euo pipefail

usage() {
    cat <<EOF
usage: $0 [--out DIR] [--force]
  --out DIR   cache directory for images (default: \${HEXO_CI_CACHE:-/var/cache/hexo-ci}/qemu-images);
              the image goes to DIR/<key>/
  --force     rebuild even if DIR/<key>/ exists
environment: HEXO_DEBIAN_MIRROR (default http://deb.debian.org/debian), HEXO_DEBIAN_SUITE (default bookworm)
EOF
}

recipe_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out_base="${HEXO_CI_CACHE:-/var/cache/hexo-ci}/qemu-images"
force=false
while [ $# -gt 0 ]; do
    case "$1" in
        --out) [ $# -ge 2 ] || { usage >&2; exit 2; }; out_base=$2; shift 2 ;;
        --out=*) out_base=${1#--out=}; shift ;;
        --force) force=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

suite=${HEXO_DEBIAN_SUITE:-bookworm}
mirror=${HEXO_DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages=(openssh-server openssh-sftp-server busybox-static kmod sudo)
cmdline="console=ttyAMA0 rdinit=/init panic=-1"
start=$(date +%s)

step() { echo "[qemu-images $(( $(date +%s) - start ))s] $*"; }
die() { echo "build.sh: $*" >&2; exit 3; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and device nodes need it)"
for tool in debootstrap apt-get apt-cache dpkg-deb ssh-keygen cpio zstd depmod modprobe sha256sum flock; do
    command -v "$tool" > /dev/null || die "'$tool' is missing: apt-get install debootstrap cpio zstd kmod openssh-client"
done
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] \
    || die "no binfmt handler for aarch64: apt-get install qemu-user-static binfmt-support; update-binfmts --enable qemu-aarch64"

candidate() { apt-cache policy "$1" | awk '/Candidate:/ { print $2 }'; }

# Debian's arm64 package lists tell the kernel's ABI name and the versions that go into the key.
if [ -z "$(candidate linux-image-arm64:arm64)" ] || [ "$(candidate linux-image-arm64:arm64)" = "(none)" ]; then
    step "adding the arm64 architecture to apt"
    dpkg --add-architecture arm64
    apt-get update -qq || true
fi
kernel_pkg=$(apt-cache depends linux-image-arm64:arm64 | awk '/Depends: linux-image-[0-9]/ { sub(":arm64", "", $2); print $2; exit }')
[ -n "$kernel_pkg" ] || die "cannot find the arm64 kernel package: is deb.debian.org reachable for apt-get update?"
kernel_version=$(candidate "$kernel_pkg:arm64")
kernel_release=${kernel_pkg#linux-image-}

versions="suite=$suite kernel=$kernel_pkg=$kernel_version"
for p in "${packages[@]}"; do versions+=" $p=$(candidate "$p:arm64")"; done
key=$( {
    echo "$versions"
    echo "$cmdline"
    cd "$recipe_dir"
    find build.sh overlay -type f | LC_ALL=C sort | while read -r f; do echo "$f"; sha256sum < "$f"; done
} | sha256sum | cut -c1-16)
image_dir="$out_base/$key"

mkdir -p "$out_base"
exec 9> "$out_base/.lock-$key"
flock 9

if [ -f "$image_dir/manifest.json" ] && ! $force; then
    step "reusing image $key (recipe and package versions unchanged): $image_dir"
    echo "HEXO_IMAGE_DIR=$image_dir"
    exit 0
fi

step "building image $key: $versions"
work="$out_base/.build-$key"
rm -rf "$work"
mkdir -p "$work"
cleanup() {
    # A failed debootstrap can leave its chroot mounts behind; never rm -rf through them.
    for m in $(awk -v w="$work" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r); do umount -l "$m" || true; done
    rm -rf "$work"
}
trap cleanup EXIT
root="$work/rootfs"

step "downloading $kernel_pkg $kernel_version"
(cd "$work" && apt-get download -q "$kernel_pkg:arm64=$kernel_version" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
kernel_deb=$(ls "$work"/linux-image-*_arm64.deb 2> /dev/null | head -1)
[ -n "$kernel_deb" ] || die "apt-get download $kernel_pkg:arm64 failed"
dpkg-deb -x "$kernel_deb" "$work/kernel"

step "debootstrap $suite arm64 minbase (second stage runs under qemu-user-static via binfmt)"
debootstrap --arch=arm64 --variant=minbase --include="$(IFS=,; echo "${packages[*]}")" \
    "$suite" "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed (log above)"; }

step "configuring the rootfs"
cp -a "$recipe_dir/overlay/." "$root/"
chown -R root:root "$root/init" "$root/etc/hexo" "$root/etc/inittab" "$root/etc/sudoers.d" "$root/usr/local/bin"
chmod 0755 "$root/init" "$root/usr/local/bin/poweroff"
chmod 0440 "$root/etc/sudoers.d/hexo"
chroot "$root" /bin/sh -e -c '
    getent group kvm > /dev/null || groupadd --system kvm
    useradd --create-home --shell /bin/bash --groups kvm hexo
    usermod --password "*" hexo   # no password, but not locked: sshd refuses locked accounts
'
rm -f "$root"/etc/ssh/ssh_host_*
ssh-keygen -q -t ed25519 -N '' -C "hexo-vboard-$key" -f "$root/etc/ssh/ssh_host_ed25519_key"
ssh-keygen -q -t ed25519 -N '' -C "hexo@hexo-vboard-$key" -f "$work/id_ed25519"
install -d -m 0700 "$root/home/hexo/.ssh"
install -m 0600 "$work/id_ed25519.pub" "$root/home/hexo/.ssh/authorized_keys"
chroot "$root" chown -R hexo:hexo /home/hexo/.ssh
[ -e "$root/dev/console" ] || mknod -m 0600 "$root/dev/console" c 5 1

step "installing kernel modules for the boot"
moddir="lib/modules/$kernel_release"
depmod -b "$work/kernel" "$kernel_release"
grep -v -e '^#' -e '^$' "$recipe_dir/overlay/etc/hexo/modules" | while read -r m; do
    modprobe -d "$work/kernel" -S "$kernel_release" --show-depends "$m" | awk '$1 == "insmod" { print $2 }'
done | sort -u | while read -r ko; do
    rel=${ko#"$work/kernel/"}
    install -D -m 0644 "$ko" "$root/$rel"
done
cp "$work/kernel/$moddir"/modules.order "$work/kernel/$moddir"/modules.builtin* "$root/$moddir/" 2> /dev/null || true
depmod -b "$root" "$kernel_release"

step "trimming documentation, locales and apt caches"
rm -rf "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
    "$root"/usr/share/lintian "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/var/cache/debconf/*-old "$root"/var/lib/dpkg/*-old
installed=$(chroot "$root" dpkg-query -W -f '${Package}=${Version}\n' "${packages[@]}" libc6 | paste -sd' ')

step "packing rootfs.cpio.zst"
mkdir -p "$work/out"
(cd "$root" && find . -mount -print0 | LC_ALL=C sort -z | cpio --null -o -H newc --quiet) \
    | zstd -q -T0 -15 > "$work/out/rootfs.cpio.zst"
cp "$work/kernel/boot/vmlinuz-$kernel_release" "$work/out/vmlinuz"
install -m 0600 "$work/id_ed25519" "$work/out/id_ed25519"
cp "$work/id_ed25519.pub" "$work/out/id_ed25519.pub"
cp "$root/etc/ssh/ssh_host_ed25519_key.pub" "$work/out/ssh_host_ed25519_key.pub"
# One line for any forwarded port on 127.0.0.1; callers that know the port may write their own.
echo "[127.0.0.1]:* $(cut -d' ' -f1,2 "$root/etc/ssh/ssh_host_ed25519_key.pub")" > "$work/out/known_hosts"

rootfs_bytes=$(du -sb "$root" | cut -f1)
cat > "$work/out/manifest.json" <<EOF
{
  "key": "$key",
  "suite": "$suite",
  "arch": "arm64",
  "kernel_package": "$kernel_pkg",
  "kernel_version": "$kernel_version",
  "kernel_release": "$kernel_release",
  "kernel": "vmlinuz",
  "initrd": "rootfs.cpio.zst",
  "cmdline": "$cmdline",
  "qemu_machine": "virt,virtualization=on,gic-version=2",
  "qemu_cpu": "max",
  "user": "hexo",
  "private_key": "id_ed25519",
  "known_hosts": "known_hosts",
  "host_public_key": "ssh_host_ed25519_key.pub",
  "guest_address": "10.0.2.15",
  "host_address_seen_from_guest": "10.0.2.2",
  "packages": "$installed",
  "rootfs_bytes": $rootfs_bytes,
  "build_seconds": $(( $(date +%s) - start )),
  "built_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
EOF

rm -rf "$image_dir"
mv "$work/out" "$image_dir"
step "image $key ready in $image_dir ($(du -sh "$image_dir" | cut -f1))"
echo "HEXO_IMAGE_DIR=$image_dir"
