#!/usr/bin/env bash
# Train models/stodchatten.tar.gz only when its inputs changed (config, rendered
# domain, training data). The custom NLU components are loaded from code at run
# time, so changing them needs no retraining.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 SQLALCHEMY_SILENCE_UBER_WARNING=1

model=models/stodchatten.tar.gz
stamp=models/.inputs.sha256
want=$(cat config.yml build/domain.yml $(find data -name '*.yml' | sort) | sha256sum | cut -d' ' -f1)
if [ -f "$model" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  echo "train: $model is up to date"
  exit 0
fi
mkdir -p models
.venv/bin/rasa train --config config.yml --domain build/domain.yml --data data \
  --out models --fixed-model-name stodchatten
echo "$want" > "$stamp"
