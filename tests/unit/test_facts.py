"""facts.yml and the rendered domain: numbers in one place, markers all resolved."""
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from common.facts import FactsError, OpeningHours, load_facts, lookup, render
from scripts.render_domain import render_file

ROOT = Path(__file__).resolve().parents[2]
PHONE = re.compile(r"(?<![\d-])(?:\+\d[\d ]{6,}\d|0\d{2,3}-[\d ]{5,}\d|1\d{2}(?: \d{2,3}){1,2}|112)(?![\d-])")


def test_every_marker_in_the_domain_resolves(tmp_path):
    count = render_file(ROOT / "domain.yml", tmp_path / "domain.yml")
    rendered = (tmp_path / "domain.yml").read_text(encoding="utf-8")
    assert count > 20
    assert "[[" not in rendered


def test_unknown_marker_is_an_error():
    with pytest.raises(FactsError):
        render("Ring [[services.nowhere.number]]")


def test_every_phone_number_in_responses_comes_from_facts(tmp_path):
    render_file(ROOT / "domain.yml", tmp_path / "domain.yml")
    domain = yaml.safe_load((tmp_path / "domain.yml").read_text(encoding="utf-8"))
    known = {str(entry[key]) for entry in load_facts()["services"].values()
             for key in ("number", "number_abroad") if key in entry}
    found = set()
    for variants in domain["responses"].values():
        for variant in variants:
            texts = [variant.get("text", "")]
            texts += [button["title"] for button in variant.get("buttons", [])]
            for text in texts:
                found.update(PHONE.findall(text))
    assert found, "the responses mention no phone number at all"
    assert found <= known, f"numbers not in facts.yml: {found - known}"


def test_source_responses_state_no_number_outside_markers():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for name, variants in domain["responses"].items():
        for variant in variants:
            text = re.sub(r"\[\[[^\]]+\]\]", "", variant.get("text", ""))
            assert PHONE.findall(text) == [], f"{name} states a number outside facts.yml"


def test_every_service_names_its_source():
    for key, entry in load_facts()["services"].items():
        assert entry.get("source"), f"{key} has no source"
        assert lookup(f"services.{key}.number")


TZ = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (dt.datetime(2026, 11, 24, 8, 59, tzinfo=TZ), False),
        (dt.datetime(2026, 11, 24, 9, 0, tzinfo=TZ), True),
        (dt.datetime(2026, 11, 27, 16, 30, tzinfo=TZ), False),  # Friday closes 16
        (dt.datetime(2026, 11, 28, 12, 0, tzinfo=TZ), False),  # Saturday
    ],
)
def test_opening_hours_follow_the_weekly_table(moment, is_open):
    assert OpeningHours.from_facts().is_open(moment) is is_open


def test_next_opening_after_friday_evening_is_monday_morning():
    hours = OpeningHours.from_facts()
    reopens = hours.next_opening(dt.datetime(2026, 11, 27, 18, 0, tzinfo=TZ))
    assert hours.describe(reopens, "sv") == "måndag 09:00"
    assert hours.describe(reopens, "en") == "Monday 09:00"
