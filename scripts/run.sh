#!/usr/bin/env bash
# Start Stödchatten on the embedded default (SQLite): the action server and the
# Rasa server, both on 127.0.0.1. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1
if [ -f .env ]; then set -a; . ./.env; set +a; fi
# One source of defaults: common/settings.py (a random API token if none is set).
eval "$(.venv/bin/python -m common.settings --with-secrets)"
mkdir -p "$STOD_VAR_DIR"
.venv/bin/python -c "from casedata import migrate; migrate('$STOD_CASES_DB_URL')"

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "run: stopping…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

SANIC_HOST=127.0.0.1 .venv/bin/python -m rasa_sdk --actions actions \
  --port "$STOD_ACTION_SERVER_PORT" &
pids+=($!)
.venv/bin/rasa run --model models/stodchatten.tar.gz --endpoints endpoints.yml \
  --credentials credentials.yml --interface "$STOD_RASA_HOST" --port "$STOD_RASA_PORT" \
  --enable-api --auth-token "$STOD_RASA_TOKEN" &
pids+=($!)

# --- counsellor console (issue 5): 127.0.0.1:STOD_CONSOLE_PORT ---
.venv/bin/python -m console &
pids+=($!)

until curl -sf "http://$STOD_RASA_HOST:$STOD_RASA_PORT/" >/dev/null 2>&1; do
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "run: a server failed to start" >&2; exit 1; }; done
  sleep 1
done
cat <<MSG

Stödchatten is running (embedded default: SQLite in $STOD_VAR_DIR).
  Rasa server:   http://$STOD_RASA_HOST:$STOD_RASA_PORT/  (REST: POST /webhooks/rest/webhook)
  Action server: http://127.0.0.1:$STOD_ACTION_SERVER_PORT/health
  Web chat:      http://$STOD_RASA_HOST:$STOD_RASA_PORT/webhooks/webchat/  (embed: /webhooks/webchat/widget.js)
  Rasa HTTP API: private, needs ?token=… (STOD_RASA_TOKEN; set it in .env to know it)
Try:  curl -s localhost:$STOD_RASA_PORT/webhooks/rest/webhook -d '{"sender":"demo","message":"hej"}'
  Counsellor console: http://127.0.0.1:$STOD_CONSOLE_PORT/
    first user (asks for the password):  .venv/bin/python -m console.users create NAME --role admin
    roles: counsellor (queue, chats), admin (audit log, accounts), trainer
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}"
