#!/usr/bin/env bash
# The README's second command: installs what is missing and runs every test: first the Swift
# tests, then the browser check of the built DRIVE site with the default and the SAMBA theme
# (Tests/Browser/; set KUNSKAPSBANK_UTAN_WEBBLASARE=1 to skip it while iterating).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/beroenden.sh
swift test "$@"
if [ "${KUNSKAPSBANK_UTAN_WEBBLASARE:-}" != "1" ]; then
    bash Tests/Browser/run.sh
fi
