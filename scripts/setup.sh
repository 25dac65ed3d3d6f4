#!/usr/bin/env bash
# Set up Stödchatten's one virtual environment (.venv, Python 3.10) and the
# Swedish spaCy pipeline. Safe to run again: it only does what is missing or
# out of date (requirements are re-installed when the files change).
set -euo pipefail
cd "$(dirname "$0")/.."

find_python310() {
  local candidate candidates=(python3.10)
  if command -v pyenv >/dev/null 2>&1; then
    candidates+=("$(pyenv root)"/versions/3.10.*/bin/python)
  fi
  candidates+=("$HOME"/.pyenv/versions/3.10.*/bin/python /usr/bin/python3.10 /usr/local/bin/python3.10)
  for candidate in "${candidates[@]}"; do
    if command -v "$candidate" >/dev/null 2>&1 \
       && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  PY=$(find_python310) || {
    echo "setup: Python 3.10 is needed (Rasa 3.6 does not run on 3.11+)." >&2
    echo "setup: install it (e.g. 'pyenv install 3.10') and run this again." >&2
    exit 1
  }
  echo "setup: creating .venv with $PY"
  rm -rf .venv
  "$PY" -m venv .venv
  .venv/bin/pip install --quiet --upgrade "pip<24.1" "setuptools<70" wheel
fi

stamp=.venv/.requirements.sha256
want=$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing requirements (first time: a few minutes)"
  .venv/bin/pip install --quiet -r requirements-dev.txt
  echo "$want" > "$stamp"
fi

if [ ! -f .spacy/sv_lookup/config.cfg ]; then
  .venv/bin/python scripts/build_spacy_pipeline.py .spacy/sv_lookup
fi
echo "setup: ready (.venv, .spacy/sv_lookup)"

# --- web chat widget (widget/) --------------------------------------------------
# socket.io-client (served to browsers by the webchat channel) and axe-core (browser
# tests) from npm, exactly as widget/package-lock.json pins them; Debian's Chromium
# for the Playwright browser tests (never `playwright install`).
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi; }
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq && apt_updated=1; } || return 1
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}
if ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing Node.js and npm (apt) for the web widget"
  apt_install nodejs npm || { echo "setup: npm is needed for widget/ (apt-get install npm)" >&2; exit 1; }
fi
npm_stamp=widget/node_modules/.package-lock.sha256
npm_want=$(sha256sum widget/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$npm_stamp" 2>/dev/null)" != "$npm_want" ]; then
  echo "setup: installing the widget's npm packages (npm ci)"
  (cd widget && npm ci --no-audit --no-fund --loglevel=error)
  echo "$npm_want" > "$npm_stamp"
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium (apt) for the browser tests"
  apt_install chromium || echo "setup: could not install chromium; browser tests will fail (apt-get install chromium)" >&2
fi
echo "setup: web widget ready (widget/node_modules, /usr/bin/chromium)"
