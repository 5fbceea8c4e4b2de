#!/usr/bin/env bash
# The browser check of the README's test command: installs what is missing, builds the DRIVE bank
# with the default theme and with themes/samba into build-checks/sites/, and checks both in
# Chromium (see check_site.py), after the script-injection check of the hostile fixture bank
# (check_hostile.py). KUNSKAPSBANK_BIN chooses the tool (default: the debug build).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash Tests/Browser/setup.sh
bin=${KUNSKAPSBANK_BIN:-.build/debug/kunskapsbank}
[ -n "${KUNSKAPSBANK_BIN:-}" ] || swift build --product kunskapsbank
mkdir -p build-checks/sites
"$bin" build --content content --output build-checks/sites/drive
"$bin" build --content content --theme samba --output build-checks/sites/samba
# Script injection: the hostile fixture bank, every page loaded in Chromium (check_hostile.py).
"$bin" build --content Tests/Fixtures/hostile/content --output build-checks/sites/fientlig >/dev/null
.venv-browser/bin/python Tests/Browser/check_hostile.py build-checks/sites/fientlig
exec .venv-browser/bin/python Tests/Browser/check_site.py \
    drive=build-checks/sites/drive samba=build-checks/sites/samba "$@"
