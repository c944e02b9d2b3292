#!/usr/bin/env bash
# Installs, where missing, the three engines `npm test` runs in: Debian's
# chromium, firefox-esr and WebKitGTK's WebDriver, with Xvfb for WebKitGTK,
# which has no headless mode. Idempotent: installs nothing when all are there.
# Debian/Ubuntu only; elsewhere install Chrome, Firefox and (on a Mac) enable
# safaridriver by hand. Used by .ci/run; on a laptop: sudo bash scripts/install-browsers.sh
set -euo pipefail

have() { for p in "$@"; do [ -x "$p" ] && return 0; done; return 1; }

need=()
have /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome || need+=(chromium)
have /usr/bin/firefox-esr /usr/bin/firefox || need+=(firefox-esr)
have /usr/bin/WebKitWebDriver || need+=(webkit2gtk-driver)
have /usr/bin/Xvfb || need+=(xvfb)
have /usr/bin/xauth || need+=(xauth)

if [ ${#need[@]} -eq 0 ]; then
  echo "install-browsers: chromium, firefox-esr, webkit2gtk-driver and xvfb are installed"
  exit 0
fi
command -v apt-get >/dev/null || { echo "install-browsers: no apt-get here; install ${need[*]} by hand" >&2; exit 1; }
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)
echo "install-browsers: installing ${need[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
