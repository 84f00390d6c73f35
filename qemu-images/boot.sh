#!/usr/bin/env bash
# Boots a virtual board built by build.sh, for humans, through the CLI (`hexo-ci board boot`), so
# the QEMU command line exists once, in the qemu-system driver. Prints the ssh command and the
# console log; Ctrl-C powers the board off.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 IMAGE_DIR [HOLD_SECONDS]   (IMAGE_DIR is the HEXO_IMAGE_DIR that build.sh printed)" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$(cd "$1" && pwd)
hold=()
[ $# -eq 2 ] && hold=(--hold "$2")
boards=$(mktemp --suffix=.boards.yaml)
trap 'rm -f "$boards"' EXIT
cat > "$boards" <<YAML
boards:
  - name: vm
    kind: qemu-system
    options: {image: "$dir"}
YAML
"$root/hexo-ci" board boot vm --boards "$boards" "${hold[@]}"
