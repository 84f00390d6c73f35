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
# cryptomgr.notests: the crypto self-tests cost seconds under TCG and test Debian's build, not ours.
cmdline="console=ttyAMA0 rdinit=/init panic=-1 cryptomgr.notests"
start=$(date +%s)

current_step="checking the host"
step() { current_step=$*; echo "[qemu-images $(( $(date +%s) - start ))s] $*"; }
die() { echo "build.sh: $*" >&2; exit 3; }
# Any command that fails under set -e names itself and the step it was in, so callers never get
# a bare exit status.
trap 'rc=$?; echo "build.sh: step \"$current_step\": command failed (exit $rc): $BASH_COMMAND" >&2; exit $rc' ERR

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and device nodes need it)"
for tool in debootstrap apt-get apt-cache dpkg-deb ssh-keygen cpio gzip sha256sum flock; do
    command -v "$tool" > /dev/null || die "'$tool' is missing: apt-get install debootstrap cpio openssh-client"
done
# zstd unpacks faster and smaller; Debian's kernel takes gzip too, so zstd stays optional.
if command -v zstd > /dev/null; then
    compress=(zstd -q -T0 -3) decompress=(zstd -q -d -c) ext=zst
else
    compress=(gzip -6) decompress=(gzip -d -c) ext=gz
fi
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] \
    || die "no binfmt handler for aarch64: apt-get install qemu-user-static binfmt-support; update-binfmts --enable qemu-aarch64"

# Debian's arm64 package lists give the kernel's ABI package and the versions that go into the
# key; one apt-cache call, because each one re-reads all lists (about a second).
# apt-cache exits 100 for a name it does not know (arm64 not yet an apt architecture): that is an
# empty answer here, not a failure.
show_candidates() {
    { apt-cache show --no-all-versions linux-image-arm64:arm64 "${packages[@]/%/:arm64}" 2> /dev/null || true; } \
        | awk '/^Package:/ { p = $2 } /^Version:/ { v[p] = $2 }
               /^Depends:/ && p == "linux-image-arm64" { k = $2 }
               END { for (p in v) print p "=" v[p]; if (k) print "kernel-package=" k }' | LC_ALL=C sort
}
step "reading Debian's arm64 package lists"
candidates=$(show_candidates)
if ! grep -q '^kernel-package=' <<< "$candidates"; then
    if ! dpkg --print-foreign-architectures | grep -qx arm64; then
        step "adding the arm64 architecture to apt"
        dpkg --add-architecture arm64
    fi
    step "apt-get update (arm64 package lists)"
    apt-get update -qq > "${TMPDIR:-/tmp}/hexo-qemu-images-apt.$$.log" 2>&1 \
        || { cat "${TMPDIR:-/tmp}/hexo-qemu-images-apt.$$.log" >&2; rm -f "${TMPDIR:-/tmp}/hexo-qemu-images-apt.$$.log"; die "apt-get update failed (output above)"; }
    rm -f "${TMPDIR:-/tmp}/hexo-qemu-images-apt.$$.log"
    candidates=$(show_candidates)
fi
kernel_pkg=$(sed -n 's/^kernel-package=//p' <<< "$candidates")
[ -n "$kernel_pkg" ] || die "cannot find Debian's arm64 kernel package: is deb.debian.org reachable for apt-get update?"
kernel_release=${kernel_pkg#linux-image-}
versions="suite=$suite $(grep -v '^kernel-package=' <<< "$candidates" | paste -sd' ')"

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
    awk -v w="$work" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r | while read -r m; do umount -l "$m" || true; done
    rm -rf "$work" "$out_base"/.base-*.tmp.$$
}
trap cleanup EXIT
root="$work/rootfs"
# Commands in the rootfs get the guest's PATH, not the caller's.
in_root() { PATH=/usr/sbin:/usr/bin:/sbin:/bin chroot "$root" "$@"; }

step "downloading $kernel_pkg"
(cd "$work" && apt-get download -q "$kernel_pkg:arm64") > "$work/apt-download.log" 2>&1 \
    || { cat "$work/apt-download.log" >&2; die "apt-get download $kernel_pkg:arm64 failed"; }
kernel_deb=$(find "$work" -maxdepth 1 -name 'linux-image-*_arm64.deb' | head -1)
[ -n "$kernel_deb" ] || die "apt-get download $kernel_pkg:arm64 left no .deb"
dpkg-deb -x "$kernel_deb" "$work/kernel"
kernel_version=$(dpkg-deb -f "$kernel_deb" Version)

# The debootstrapped base depends only on the suite and the package versions, and it is most
# of the build time, so it is kept (as a tarball) for rebuilds where only the recipe changed.
base_key=$( { echo "$suite ${packages[*]}"; grep -v '^linux-image' <<< "$candidates"; } | sha256sum | cut -c1-16)
base_tar="$out_base/.base-$base_key.tar.$ext"
if [ -f "$base_tar" ]; then
    step "reusing the debootstrapped base $base_key"
    mkdir -p "$root"
    "${decompress[@]}" "$base_tar" | tar -x -C "$root" --numeric-owner
else
    step "debootstrap $suite arm64 minbase (second stage runs under qemu-user-static via binfmt)"
    debootstrap --arch=arm64 --variant=minbase --include="$(IFS=,; echo "${packages[*]}")" \
        "$suite" "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; die "debootstrap failed (log above)"; }
    rm -f "$root"/var/cache/apt/archives/*.deb
    step "saving the debootstrapped base $base_key for rebuilds"
    tar -c -C "$root" --numeric-owner . | "${compress[@]}" > "$base_tar.tmp.$$"
    mv "$base_tar.tmp.$$" "$base_tar"
fi

step "configuring the rootfs"
cp -a "$recipe_dir/overlay/." "$root/"
chown -R root:root "$root/init" "$root/etc/hexo" "$root/etc/inittab" "$root/etc/sudoers.d" "$root/usr/local/bin"
chmod 0755 "$root/init" "$root/usr/local/bin/poweroff"
chmod 0440 "$root/etc/sudoers.d/hexo"
in_root /bin/sh -e -c '
    getent group kvm > /dev/null || groupadd --system kvm
    useradd --create-home --shell /bin/bash --groups kvm hexo
    usermod --password "*" hexo   # no password, but not locked: sshd refuses locked accounts
'
rm -f "$root"/etc/ssh/ssh_host_*
ssh-keygen -q -t ed25519 -N '' -C "hexo-vboard-$key" -f "$root/etc/ssh/ssh_host_ed25519_key"
ssh-keygen -q -t ed25519 -N '' -C "hexo@hexo-vboard-$key" -f "$work/id_ed25519"
install -d -m 0700 "$root/home/hexo/.ssh"
install -m 0600 "$work/id_ed25519.pub" "$root/home/hexo/.ssh/authorized_keys"
in_root chown -R hexo:hexo /home/hexo/.ssh
[ -e "$root/dev/console" ] || mknod -m 0600 "$root/dev/console" c 5 1

step "installing kernel modules for the boot"
# The .deb ships no modules.dep; each module's .modinfo names its dependencies, which is all
# we need to pick the closure of etc/hexo/modules. The rootfs's own depmod indexes the result.
moddir="lib/modules/$kernel_release"
declare -A module_file=() picked=()
while read -r f; do n=${f##*/}; n=${n%.ko}; module_file[${n//-/_}]=$f; done < <(find "$work/kernel/$moddir" -name '*.ko')
pick() {
    local name=${1//-/_} file deps dep
    [ -z "${picked[$name]:-}" ] || return 0
    picked[$name]=1
    file=${module_file[$name]:-}
    if [ -z "$file" ]; then
        grep -q "/$name.ko\$" "$work/kernel/$moddir/modules.builtin" || die "kernel module $name is neither a module nor built in"
        return 0
    fi
    deps=$(tr '\0' '\n' < "$file" | sed -n 's/^depends=//p' | head -1)
    for dep in ${deps//,/ }; do pick "$dep"; done
    install -D -m 0644 "$file" "$root/${file#"$work/kernel/"}"
}
while read -r m; do pick "$m"; done < <(grep -v -e '^#' -e '^$' "$recipe_dir/overlay/etc/hexo/modules")
cp "$work/kernel/$moddir"/modules.order "$work/kernel/$moddir"/modules.builtin* "$root/$moddir/"
in_root depmod "$kernel_release"
step "kernel modules: $(cd "$root/$moddir" && find kernel -name '*.ko' -printf '%f ' | sed 's/\.ko//g')"

# Boot time grows with the rootfs (the kernel unpacks all of it into RAM): drop what a CI board
# never reads. gconv holds iconv's legacy charsets (a sixth of the rootfs); UTF-8 needs none.
step "trimming documentation, locales, iconv charsets and apt caches"
rm -rf "$root"/usr/lib/aarch64-linux-gnu/gconv "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
    "$root"/usr/share/lintian "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/var/cache/debconf/*-old "$root"/var/lib/dpkg/*-old
# shellcheck disable=SC2016 # dpkg-query's format, not a shell expansion
installed=$(in_root dpkg-query -W -f '${Package}=${Version}\n' "${packages[@]}" libc6 | paste -sd' ')

step "packing rootfs.cpio.$ext"
mkdir -p "$work/out"
(cd "$root" && find . -mount -print0 | LC_ALL=C sort -z | cpio --null -o -H newc --quiet) \
    | "${compress[@]}" > "$work/out/rootfs.cpio.$ext"
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
  "initrd": "rootfs.cpio.$ext",
  "cmdline": "$cmdline",
  "qemu_machine": "virt,virtualization=on,gic-version=2",
  "qemu_cpu": "max,pauth-impdef=on",
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
