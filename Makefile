# Stödchatten — `make help` lists the targets. The two commands for a newcomer:
#   make run    set up, train if needed, start everything (SQLite)
#   make test   set up, train if needed, run every test (this is what CI runs)
SHELL := /bin/bash
PY    := .venv/bin/python
RASA  := .venv/bin/rasa
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
.DEFAULT_GOAL := help

.PHONY: help install render validate train test test-unit test-actions test-stories \
        test-integration test-widget eval bench run shell clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-17s %s\n", $$1, $$2}'

install: ## Create .venv (Python 3.10), install pinned requirements, build the spaCy pipeline
	@bash scripts/setup.sh

render: install ## Fill the [[facts]] markers of domain.yml from facts.yml into build/domain.yml
	@$(PY) scripts/render_domain.py

validate: render ## rasa data validate --fail-on-warnings, aware of responses sent by actions (no training)
	$(PY) scripts/validate.py

train: render ## Train models/stodchatten.tar.gz if config, domain or data changed
	@bash scripts/train.sh

test: validate train ## Every test: validation, conversation tests, then pytest (CI runs this)
	$(MAKE) --no-print-directory test-stories
	$(PY) -m pytest tests

test-unit: install ## Unit tests: detector, age parser, facts, case data (no model needed)
	$(PY) -m pytest tests/unit

test-actions: install ## Action tests in the rasa-sdk style (no servers needed)
	$(PY) -m pytest tests/actions

test-stories: train ## Conversation tests: rasa test --fail-on-prediction-errors
	$(RASA) test core --model models/stodchatten.tar.gz --stories tests/stories \
	  --fail-on-prediction-errors --out results/stories

test-integration: train ## Start Rasa + action server, talk over REST, read the tracker
	$(PY) -m pytest tests/integration

# --- web chat widget (channel/, widget/) ---
test-widget: train ## Web chat: channel tests (socket.io) and browser tests (Chromium + Playwright)
	$(PY) -m pytest tests/channel tests/browser tests/integration/test_webchat.py

eval: train ## Safety and intent figures on the held-out set -> reports/eval.{json,md}
	$(PY) scripts/evaluate.py

bench: train ## Messages per second and latency over REST -> reports/bench.md
	$(PY) scripts/bench.py

run: train ## Start the action server and the Rasa server on 127.0.0.1 (SQLite)
	@bash scripts/run.sh

shell: train ## Talk to the assistant in the terminal (needs the action server: make run)
	@eval "$$($(PY) -m common.settings --with-secrets)"; \
	$(RASA) shell --model models/stodchatten.tar.gz --endpoints endpoints.yml

clean: ## Remove build output, models and local databases (keeps .venv)
	rm -rf build models results reports var .pytest_cache

# --- advice content (issue 3) ------------------------------------------------
.PHONY: content
content: install ## Render every response per topic and language -> build/content.{html,md}; fails on a number not in facts.yml or a missing language
	$(PY) scripts/render_content.py
