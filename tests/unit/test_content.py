"""`make content` (scripts/render_content.py): the review page, and the checks it makes."""
import copy
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from actions.advice import TOPIC_RESPONSES
from common.facts import load_facts
from scripts.render_content import PHONE, TOPICS, known_numbers, problems, variants

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("content")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_content.py"), "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    return result, out


def test_the_render_command_succeeds_and_writes_html_and_markdown(rendered):
    result, out = rendered
    assert result.returncode == 0, result.stderr
    assert (out / "content.html").stat().st_size > 10_000
    assert (out / "content.md").stat().st_size > 10_000


@pytest.mark.parametrize("intent", [intent for intent, _, _ in TOPICS])
def test_every_topic_is_on_the_page_with_both_languages_and_its_sources(rendered, intent):
    _, out = rendered
    page = (out / "content.md").read_text(encoding="utf-8")
    [section] = [part for part in page.split("\n## ") if f"`{TOPIC_RESPONSES[intent][0]}`" in part]
    for name in TOPIC_RESPONSES[intent]:
        assert f"`{name}`" in section
    assert section.count("**sv:**") == section.count("**en:**") == len(TOPIC_RESPONSES[intent])
    assert "Källor / Sources" in section
    assert "[[" not in section  # numbers are filled in from facts.yml


def test_the_html_page_escapes_the_texts(rendered):
    _, out = rendered
    page = (out / "content.html").read_text(encoding="utf-8")
    assert "&quot;heder&quot;" in page  # quotes inside a response are escaped
    assert "<td><div class=\"msg\">" in page
    assert "SAKNAS" not in page


def test_the_html_page_escapes_markup_a_response_might_contain(tmp_path):
    domain = copy.deepcopy(DOMAIN)
    domain["responses"]["utter_greet"][0]["text"] = "<script>alert(1)</script>"
    path = tmp_path / "domain.yml"
    path.write_text(yaml.safe_dump(domain, allow_unicode=True), encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "render_content.py"),
                    "--out", str(tmp_path), "--domain", str(path)], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    page = (tmp_path / "content.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_project_content_has_no_problems():
    assert problems(DOMAIN, load_facts()) == []


def test_a_phone_number_that_facts_yml_lacks_is_reported():
    domain = copy.deepcopy(DOMAIN)
    variant = domain["responses"]["utter_fgm_care"][0]
    variant["text"] += " Ring 020-12 34 56."
    found = problems(domain, load_facts())
    assert found == ["utter_fgm_care: phone number 020-12 34 56 is not in facts.yml"]


def test_a_topic_response_lacking_a_language_is_reported():
    domain = copy.deepcopy(DOMAIN)
    domain["responses"]["utter_school_duty"] = [
        v for v in domain["responses"]["utter_school_duty"] if "condition" not in v
    ]
    assert problems(domain, load_facts()) == ["utter_school_duty: no en variant"]


def test_the_render_command_fails_on_a_problem(tmp_path):
    domain = copy.deepcopy(DOMAIN)
    domain["responses"]["utter_control_core"][1]["text"] += " Ring 08-123 45 67."
    path = tmp_path / "domain.yml"
    path.write_text(yaml.safe_dump(domain, allow_unicode=True), encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "render_content.py"),
                             "--out", str(tmp_path), "--domain", str(path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "08-123 45 67 is not in facts.yml" in result.stderr


@pytest.mark.parametrize("number", ["112", "114 14", "116 111", "020-57 70 70",
                                    "+46 8 405 50 05", "010-223 57 60", "08-123 45 67"])
def test_the_phone_pattern_finds_numbers_as_services_write_them(number):
    assert PHONE.findall(f"Ring {number} nu.") == [number]


@pytest.mark.parametrize("text", ["sedan 1 juni 2022", "lag (1982:316)", "4 kap. 4 e §",
                                  "alla dagar 07–21", "11–19", "prop. 2019/20:131"])
def test_the_phone_pattern_ignores_dates_hours_and_law_references(text):
    assert PHONE.findall(text) == []


def test_every_number_facts_yml_has_is_a_phone_number_by_the_pattern():
    for number in known_numbers(load_facts()):
        assert PHONE.findall(number) == [number]


def test_every_topic_has_a_swedish_and_an_english_title_and_variant():
    for intent, title_sv, title_en in TOPICS:
        assert title_sv and title_en
        for name in TOPIC_RESPONSES[intent]:
            assert set(variants(DOMAIN, name)) == {"sv", "en"}, name


@pytest.mark.parametrize("intent", sorted(TOPIC_RESPONSES))
def test_every_topic_answer_ends_with_follow_up_buttons_in_both_languages(intent):
    last = variants(DOMAIN, TOPIC_RESPONSES[intent][-1])
    for language in ("sv", "en"):
        assert last[language].get("buttons"), f"{intent} ({language}) has no follow-up buttons"
    for name in TOPIC_RESPONSES[intent][:-1]:
        assert not any(v.get("buttons") for v in variants(DOMAIN, name).values()), name


@pytest.mark.parametrize("intent", sorted(TOPIC_RESPONSES))
def test_every_topic_answer_says_where_to_turn(intent):
    for language in ("sv", "en"):
        text = " ".join(variants(DOMAIN, name)[language]["text"]
                        for name in TOPIC_RESPONSES[intent])
        assert "[[services." in text, f"{intent} ({language}) names no service from facts.yml"


def test_no_response_refers_to_closed_or_unverified_services():
    text = yaml.safe_dump(DOMAIN["responses"], allow_unicode=True).lower()
    for name in ("kärleken är fri", "gapf", "origo", "elektra", "linnamottagningen",
                 "tris", "somaya"):
        assert not re.search(rf"\b{name}\b", text), name


@pytest.mark.parametrize("name", ["utter_greet", "utter_default", "utter_out_of_scope"])
def test_greeting_fallback_and_out_of_scope_offer_topics_as_buttons(name):
    for language, variant in variants(DOMAIN, name).items():
        payloads = [button["payload"] for button in variant.get("buttons", [])]
        assert sum(p.lstrip("/") in TOPIC_RESPONSES for p in payloads) >= 3, language
    if name == "utter_default":
        assert all("/request_human" in [b["payload"] for b in v["buttons"]]
                   for v in variants(DOMAIN, name).values())


def test_the_other_language_reply_is_bilingual_and_names_112_in_both_variants():
    for variant in variants(DOMAIN, "utter_other_language").values():
        text = variant["text"]
        assert "I can only write in Swedish and English" in text
        assert "Jag kan bara skriva på svenska och engelska" in text
        assert text.count("[[services.emergency.number]]") == 2
        assert "[[services.terrafem.number]]" in text
