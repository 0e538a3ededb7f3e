#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests use, when running as root with apt (CI, a fresh machine).
set -uo pipefail
PACKAGES=(git postgresql nsd)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "install-test-deps: not root or no apt-get; missing: ${missing[*]}"
  exit 1
fi
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
