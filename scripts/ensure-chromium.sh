#!/usr/bin/env bash
# Makes sure Debian's Chromium exists at /usr/bin/chromium for the Playwright tests.
# Playwright's browser downloads are not available here, so the system package is used.
# Only installs when run as root (CI); otherwise explains what to do and fails.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "ensure-chromium: found $CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM missing; installing Debian's chromium with apt-get …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: installed $CHROMIUM"
    exit 0
  fi
  echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi

cat >&2 <<MSG
ensure-chromium: $CHROMIUM is missing.
The browser tests (npm run test:e2e) use the system Chromium, not a Playwright download.
Install it, for example on Debian/Ubuntu:

  sudo apt-get update && sudo apt-get install -y chromium

then run the tests again.
MSG
exit 1
