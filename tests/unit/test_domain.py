"""The domain as content: both languages everywhere, every response an action sends exists."""
from pathlib import Path

import pytest
import yaml

from scripts.validate import responses_sent_by_actions

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def _language_of(variant):
    for condition in variant.get("condition", []):
        if condition.get("name") == "language":
            return condition.get("value")
    return "sv"  # the unconditioned variant is the Swedish default


@pytest.mark.parametrize("name", sorted(DOMAIN["responses"]))
def test_every_response_has_a_swedish_and_an_english_variant(name):
    languages = {_language_of(variant) for variant in DOMAIN["responses"][name]}
    assert languages == {"sv", "en"}


def test_every_response_an_action_sends_exists_in_the_domain():
    sent = responses_sent_by_actions()
    assert "utter_report_concern_child" in sent
    assert sent <= set(DOMAIN["responses"])


def test_emergency_response_starts_with_the_emergency_number_in_both_languages():
    for variant in DOMAIN["responses"]["utter_emergency_112"]:
        first_line = variant["text"].splitlines()[0]
        assert "[[services.emergency.number]]" in first_line


def test_buttons_only_send_known_intents():
    intents = set(DOMAIN["intents"])
    for variants in DOMAIN["responses"].values():
        for variant in variants:
            for button in variant.get("buttons", []):
                assert button["payload"].lstrip("/") in intents
