#!/usr/bin/env bash
# Prepares this host for hexo-ci: Debian packages, arm64 apt lists, a running dockerd, binfmt for aarch64.
# Idempotent: every step checks first and does nothing when already done.
set -euo pipefail

log() { printf '[setup] %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
  log "must run as root (it installs Debian packages and starts dockerd); re-run with sudo"
  exit 3
fi

# package -> a file it provides; a package is installed only when its file is missing.
declare -A want=(
  [docker.io]=/usr/sbin/dockerd
  [qemu-user-static]=/usr/bin/qemu-aarch64-static
  [binfmt-support]=/usr/sbin/update-binfmts
  [debootstrap]=/usr/sbin/debootstrap
  [gcc-aarch64-linux-gnu]=/usr/bin/aarch64-linux-gnu-gcc
  [libc6-dev-arm64-cross]=/usr/aarch64-linux-gnu/lib/libc.a
  [qemu-system-arm]=/usr/bin/qemu-system-aarch64
  [python3-pyelftools]=/usr/lib/python3/dist-packages/elftools/__init__.py
  [openssh-client]=/usr/bin/ssh-keygen
  [openssh-server]=/usr/sbin/sshd
  [rsync]=/usr/bin/rsync
  [cpio]=/usr/bin/cpio
  [zstd]=/usr/bin/zstd
  [git]=/usr/bin/git
  [make]=/usr/bin/make
  [maven]=/usr/bin/mvn
  [gcc]=/usr/bin/gcc
  [libc6-dev]=/usr/include/stdio.h
  [openjdk-17-jdk-headless]=/usr/lib/jvm/java-17-openjdk-amd64/bin/javac
  [docker-registry]=/usr/bin/docker-registry
  [gdbserver]=/usr/bin/gdbserver
  [chromium]=/usr/bin/chromium
  [fonts-dejavu-core]=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
)
missing=()
for p in "${!want[@]}"; do
  [ -e "${want[$p]}" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The virtual board's recipe reads Debian's arm64 package lists (kernel, package versions).
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
  log "adding arm64 as an apt architecture"
  dpkg --add-architecture arm64
fi
if ! apt-cache show --no-all-versions linux-image-arm64:arm64 >/dev/null 2>&1; then
  log "apt-get update (arm64 package lists)"
  apt-get update -qq
fi

# dockerd: the Debian engine. A client-only docker elsewhere on PATH talks to it over the socket.
if ! /usr/bin/docker version >/dev/null 2>&1 && ! docker version >/dev/null 2>&1; then
  log "starting dockerd (log: /var/log/hexo-ci-dockerd.log)"
  mkdir -p /var/log
  nohup /usr/sbin/dockerd >/var/log/hexo-ci-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker version >/dev/null 2>&1 && break
    sleep 1
  done
  if ! docker version >/dev/null 2>&1; then
    log "dockerd did not come up in 60 s; its last log lines:"
    tail -n 20 /var/log/hexo-ci-dockerd.log >&2 || true
    exit 3
  fi
fi

# binfmt for aarch64, so static aarch64 programs and arm64 containers run transparently.
if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
fi
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  update-binfmts --enable qemu-aarch64 || true
fi
if ! grep -q enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null; then
  log "binfmt for aarch64 is not enabled: check /proc/sys/fs/binfmt_misc and update-binfmts --display qemu-aarch64"
  exit 3
fi
log "host ready: docker $(docker version --format '{{.Server.Version}}'), binfmt qemu-aarch64 $(head -n1 /proc/sys/fs/binfmt_misc/qemu-aarch64)"
