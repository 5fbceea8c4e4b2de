#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the tool (release) and builds the
# bank in content/ into site/. Extra arguments go to `kunskapsbank build`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/beroenden.sh
swift build -c release --product kunskapsbank
exec .build/release/kunskapsbank build --content content --output site "$@"
