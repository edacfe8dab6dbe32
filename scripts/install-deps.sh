#!/bin/sh
# Installs the Debian packages entente needs to build and test. Idempotent: when every package is
# already present it touches nothing (and needs no network). Runs apt-get through sudo when not root.
set -eu

PACKAGES="build-essential cmake pkg-config zlib1g-dev libgumbo-dev libutf8proc-dev libcli11-dev
          googletest libgtest-dev libbenchmark-dev"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root or sudo to install:$missing" >&2; exit 1
  fi
fi
echo "install-deps: installing$missing"
$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
