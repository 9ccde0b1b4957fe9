#!/usr/bin/env bash
# Chromium and its driver for the viewer's browser test (tests/viewer/test_viewer_browser.py).
# Installs the distribution's packages with apt-get when they are missing and this runs as
# root; otherwise says why not and exits 0, and that test skips itself with the reason.
set -uo pipefail
have() { command -v "$1" >/dev/null 2>&1; }
if (have chromium || have chromium-browser || have google-chrome) \
   && (have chromedriver || [ -x /usr/lib/chromium/chromedriver ]); then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! have apt-get; then
  echo "install_browser: no Chromium/chromedriver and not root with apt-get;" \
       "the browser test will be skipped (apt-get install chromium chromium-driver)" >&2
  exit 0
fi
echo "install_browser: apt-get install chromium chromium-driver (for the browser test) ..." >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q chromium chromium-driver >/dev/null; then
  apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null \
    || echo "install_browser: apt-get failed; the browser test will be skipped" >&2
fi
exit 0
