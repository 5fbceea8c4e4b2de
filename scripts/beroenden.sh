#!/usr/bin/env bash
# Installs what building the tool needs and is missing: libcmark-dev (the C library cmark and its
# pkg-config file) and libjemalloc-dev (the memory allocator the tool links). Sourced by bygg.sh
# and testa.sh; does nothing when all is there.
set -euo pipefail

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installerar $* med apt-get …"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
pkg-config --exists jemalloc 2>/dev/null || missing+=(libjemalloc-dev pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
fi
if ! command -v swift >/dev/null 2>&1; then
    echo "fel: swift saknas. Installera Swift 6.3 (https://www.swift.org/install/) och försök igen." >&2
    exit 1
fi
