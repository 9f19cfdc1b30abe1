#!/bin/sh
# What the test suite needs beyond npm: LibreOffice (recalculates the written formulas),
# xmllint (validates the manifest), Debian's Chromium (task pane end to end), python3 (score.py).
# Installs what is missing with apt-get when run as root on Debian; otherwise says what to install.
set -e
need=""
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-calc-nogui"
command -v xmllint >/dev/null 2>&1 || need="$need libxml2-utils"
[ -x /usr/bin/chromium ] || need="$need chromium"
command -v python3 >/dev/null 2>&1 || need="$need python3"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: installing$need"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $need
else
  echo "test-deps: the tests need:$need — install them with: sudo apt-get install$need" >&2
  exit 1
fi
