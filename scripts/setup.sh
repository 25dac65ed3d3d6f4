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
