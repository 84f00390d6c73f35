#!/usr/bin/env bash
# Boots a virtual board built by build.sh, for humans: the serial console is this terminal
# (press Enter for a root shell; Ctrl-A X quits QEMU), SSH is forwarded from 127.0.0.1:PORT.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 IMAGE_DIR PORT   (IMAGE_DIR is the HEXO_IMAGE_DIR that build.sh printed)" >&2
    exit 2
fi
dir=$(cd "$1" && pwd)
port=$2
initrd=$(sed -n 's/^ *"initrd": "\(.*\)",$/\1/p' "$dir/manifest.json" 2> /dev/null || true)
for f in manifest.json vmlinuz "$initrd" id_ed25519 ssh_host_ed25519_key.pub; do
    [ -f "$dir/$f" ] || { echo "boot.sh: $dir/$f is missing: run qemu-images/build.sh" >&2; exit 3; }
done

cmdline=$(sed -n 's/^ *"cmdline": "\(.*\)",$/\1/p' "$dir/manifest.json")
known_hosts="$dir/known_hosts.$port"
[ -w "$dir" ] || known_hosts=$(mktemp --suffix=".known_hosts.$port")
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/ssh_host_ed25519_key.pub")" > "$known_hosts"
cat <<EOF
Booting $dir (about 10 s under TCG). Once sshd is up:
  ssh -i $dir/id_ed25519 -o UserKnownHostsFile=$known_hosts -o StrictHostKeyChecking=yes -p $port hexo@127.0.0.1
  ssh ... hexo@127.0.0.1 poweroff      # powers the board off and ends QEMU
Inside the board, the host's 127.0.0.1:P is reachable as 10.0.2.2:P.
EOF

# pauth-impdef=on: Debian's kernel signs return addresses; QEMU's default (architected QARMA)
# pointer authentication is slow under TCG and doubles the boot time.
exec qemu-system-aarch64 -M virt,virtualization=on,gic-version=2 -cpu max,pauth-impdef=on -m 1G -smp 2 -nographic -no-reboot \
    -kernel "$dir/vmlinuz" -initrd "$dir/$initrd" \
    -append "$cmdline" \
    -netdev "user,id=n0,hostfwd=tcp:127.0.0.1:$port-:22" -device virtio-net-pci,netdev=n0,romfile= \
    -device virtio-rng-pci
