#!/usr/bin/env bash
# The README's second command: installs what is missing and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/beroenden.sh
swift test "$@"
