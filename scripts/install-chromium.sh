#!/usr/bin/env bash
# Installs Debian's chromium package for the dashboard's browser test (DashboardBrowserTest).
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root (no sudo is
# attempted); exits non-zero when it cannot install, and the test then skips itself.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium: not installed, and installing it needs root: sudo $0" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not installed, and this is not a Debian-like system (no apt-get)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
