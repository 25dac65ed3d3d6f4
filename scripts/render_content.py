"""Render every response, per topic and language, for the people who own the content.

Writes build/content.html (one readable, escaped page) and build/content.md: for
each advice topic its messages in Swedish and English in the order the person
sees them, the buttons, and the sources of every number, hour and law the topic
uses (from facts.yml). Conversation basics, the safety responses and every other
response follow. Numbers are shown filled in from facts.yml, exactly as users
see them. Fails (exit 1) on a marker facts.yml lacks.
Usage: python scripts/render_content.py [--out DIR]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Sequence, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common.facts import MARKER, FactsError, load_facts, render  # noqa: E402

LANGUAGES = ("sv", "en")
# phone numbers as Swedish services write them: +46 8 405 50 05, 020-57 70 70,
# 116 111, 114 14, 112 (years, law sections and dates do not match)
PHONE = re.compile(
    r"(?<![\d-])(?:\+\d[\d ]{6,}\d|0\d{1,3}-[\d ]{5,}\d|1\d{2}(?: \d{2,3}){1,2}|11\d\d?)(?![\d-])"
)

# Topic titles and the intents of the topic (the intents' responses come from
# actions/advice.py, which sends them; the basics are answered by rules).
TOPICS: Sequence[Tuple[str, str, str]] = (
    ("ask_what_is_honour_violence", "Vad är hedersrelaterat våld och förtryck?",
     "What is honour-related violence and oppression?"),
    ("ask_control", "Kontroll och begränsningar", "Control and restrictions"),
    ("ask_forced_marriage", "Tvångsäktenskap", "Forced marriage"),
    ("ask_child_marriage", "Barnäktenskap", "Child marriage"),
    ("ask_taken_abroad", "Att bli tagen utomlands", "Being taken abroad"),
    ("ask_fgm", "Könsstympning", "Female genital mutilation"),
    ("ask_lgbtq", "Hbtqi och heder", "LGBTQ+ in an honour context"),
    ("ask_protected_housing", "Skyddat boende", "Protected housing"),
    ("ask_social_services", "Socialtjänsten", "Social services"),
    ("ask_police_report", "Polisanmälan", "Reporting to the police"),
    ("ask_after_leaving", "Efter att ha lämnat", "After leaving"),
    ("ask_school", "Skolan", "School"),
    ("ask_help_someone", "Anhöriga och vänner som vill hjälpa", "Relatives and friends who want to help"),
    ("professional_inquiry", "Yrkesverksamma (inte målgruppen)", "Professionals (not the target group)"),
    ("wants_to_control", "Den som vill kontrollera (inte målgruppen)", "People who want to control (not the target group)"),
)
BASICS: Sequence[Tuple[str, str]] = (
    ("Hälsning", "utter_greet"),
    ("Hej då", "utter_goodbye"),
    ("Tack", "utter_thank"),
    ("Är du en robot?", "utter_iamabot"),
    ("Utanför ämnet", "utter_out_of_scope"),
    ("Förstod inte (med ämnesknappar)", "utter_default"),
    ("Språkval", "utter_language_set"),
    ("Annat språk", "utter_other_language"),
)


@dataclass
class Section:
    """One topic or group: its responses in order and the facts they rely on."""

    key: str
    title: str
    responses: List[str]
    note: str = ""
    sources: List[Tuple[str, str, str]] = field(default_factory=list)


def variants(domain: Mapping[str, Any], name: str) -> Dict[str, Mapping[str, Any]]:
    """{'sv': variant, 'en': variant} of one response (unconditioned = Swedish)."""
    found: Dict[str, Mapping[str, Any]] = {}
    for variant in domain["responses"].get(name, []):
        language = "sv"
        for condition in variant.get("condition") or []:
            if condition.get("name") == "language":
                language = condition.get("value")
        found.setdefault(language, variant)
    return found


def fact_sources(domain: Mapping[str, Any], names: Sequence[str],
                 facts: Mapping[str, Any]) -> List[Tuple[str, str, str]]:
    """(facts entry, what it says, source) for every entry the responses' markers use."""
    seen: Dict[str, Tuple[str, str, str]] = {}
    for name in names:
        for variant in domain["responses"].get(name, []):
            for key in MARKER.findall(variant.get("text", "")):
                parts = key.split(".")
                path = ".".join(parts[:-1]) if len(parts) > 2 else key
                if path in seen:
                    continue
                entry: Any = facts
                for part in path.split("."):
                    entry = entry.get(part, {}) if isinstance(entry, Mapping) else {}
                if isinstance(entry, Mapping):
                    said = " ".join(str(entry[k]) for k in ("name", "number", "sv", "since_sv")
                                    if entry.get(k))
                    source = str(entry.get("source", ""))
                else:
                    said, source = str(entry), "facts.md"
                seen[path] = (path, said, source)
    return sorted(seen.values())


def sections(domain: Mapping[str, Any], facts: Mapping[str, Any]) -> List[Section]:
    """Topics first, then the basics, then every other response of the domain."""
    from actions.advice import NOT_TARGET_GROUP, TOPIC_RESPONSES

    result: List[Section] = []
    used: set = set()
    for intent, title_sv, title_en in TOPICS:
        names = list(TOPIC_RESPONSES[intent])
        note = (
            "Ingen bekräftelse som utsatt och ingen orosanmälan från detta ämne."
            if intent in NOT_TARGET_GROUP
            else "Om frågan också berättar om egen utsatthet: först "
                 "utter_disclosure_validate (och för barn utter_report_concern_child), "
                 "sist utter_ask_age om åldern är okänd och inte frågats."
        )
        result.append(Section(intent, f"{title_sv} / {title_en}", names, note,
                              fact_sources(domain, names, facts)))
        used.update(names)
    basics = [name for _, name in BASICS]
    result.append(Section("basics", "Samtalets grunder / Conversation basics", basics, "",
                          fact_sources(domain, basics, facts)))
    used.update(basics)
    rest = [name for name in domain["responses"] if name not in used]
    result.append(Section("safety", "Säkerhet, anonymitet, överlämning / Safety, privacy, handover",
                          rest, "Skickas av säkerhetskärnan (actions/ och regler).",
                          fact_sources(domain, rest, facts)))
    return result


def _buttons(variant: Mapping[str, Any]) -> List[Tuple[str, str]]:
    return [(b.get("title", ""), b.get("payload", "")) for b in variant.get("buttons") or []]


def to_markdown(parts: Sequence[Section], domain: Mapping[str, Any],
                facts: Mapping[str, Any]) -> str:
    lines = ["# Stödchatten – alla svar / all responses", "",
             f"Renderad {dt.date.today().isoformat()} från domain.yml och facts.yml "
             "(`make content`). Nummer och tider ändras bara i facts.yml.", ""]
    for section in parts:
        lines += [f"## {section.title}", ""]
        if section.note:
            lines += [f"_{section.note}_", ""]
        for name in section.responses:
            found = variants(domain, name)
            lines += [f"### `{name}`", ""]
            for language in LANGUAGES:
                variant = found.get(language)
                if variant is None:
                    lines += [f"**{language}: SAKNAS / MISSING**", ""]
                    continue
                text = render(variant.get("text", ""), facts)
                lines += [f"**{language}:**", ""] + [f"> {line}" if line else ">"
                                                    for line in text.splitlines()] + [""]
                for title, payload in _buttons(variant):
                    lines.append(f"- [{title}] → `{payload}`")
                if _buttons(variant):
                    lines.append("")
        if section.sources:
            lines += ["**Källor / Sources:**", ""]
            lines += [f"- `{key}` = {value} — {source}" for key, value, source in section.sources]
            lines.append("")
    return "\n".join(lines) + "\n"


def to_html(parts: Sequence[Section], domain: Mapping[str, Any],
            facts: Mapping[str, Any]) -> str:
    e = html.escape
    out = ["<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\">",
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
           "<title>Stödchatten – alla svar</title><style>",
           "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
           "line-height:1.45;color:#1d1d1d}",
           "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
           "td,th{border:1px solid #ccc;padding:.5rem;vertical-align:top;width:50%}",
           "th{background:#f2f2f2;text-align:left}.msg{white-space:pre-wrap}"
           ".name{font-family:monospace;color:#555}.btn{display:inline-block;border:1px solid #888;"
           "border-radius:1rem;padding:0 .6rem;margin:.2rem .2rem 0 0;font-size:.9em}"
           ".note{color:#555;font-style:italic}.missing{color:#b00;font-weight:bold}",
           "nav a{margin-right:.8rem}</style></head><body>",
           "<h1>Stödchatten – alla svar / all responses</h1>",
           f"<p>Renderad {e(dt.date.today().isoformat())} från <code>domain.yml</code> och "
           "<code>facts.yml</code> (<code>make content</code>). Nummer, tider och lagar ändras "
           "bara i <code>facts.yml</code>.</p><nav>"]
    out += [f"<a href=\"#{e(s.key)}\">{e(s.title.split(' / ')[0])}</a>" for s in parts]
    out.append("</nav>")
    for section in parts:
        out.append(f"<section id=\"{e(section.key)}\"><h2>{e(section.title)}</h2>")
        if section.note:
            out.append(f"<p class=\"note\">{e(section.note)}</p>")
        out.append("<table><tr><th>Svenska</th><th>English</th></tr>")
        for name in section.responses:
            found = variants(domain, name)
            out.append(f"<tr><td colspan=\"2\" class=\"name\">{e(name)}</td></tr><tr>")
            for language in LANGUAGES:
                variant = found.get(language)
                if variant is None:
                    out.append("<td class=\"missing\">SAKNAS / MISSING</td>")
                    continue
                text = render(variant.get("text", ""), facts)
                buttons = "".join(
                    f"<span class=\"btn\" title=\"{e(payload)}\">{e(title)}</span>"
                    for title, payload in _buttons(variant))
                out.append(f"<td><div class=\"msg\">{e(text)}</div>{buttons}</td>")
            out.append("</tr>")
        out.append("</table>")
        if section.sources:
            out.append("<h3>Källor / Sources</h3><ul>")
            out += [f"<li><code>{e(key)}</code> = {e(value)} — {e(source)}</li>"
                    for key, value, source in section.sources]
            out.append("</ul>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def known_numbers(facts: Mapping[str, Any]) -> set:
    """Every phone number facts.yml has."""
    return {str(entry[key]) for entry in facts["services"].values()
            for key in ("number", "number_abroad") if key in entry}


def problems(domain: Mapping[str, Any], facts: Mapping[str, Any]) -> List[str]:
    """What a content owner must fix: a topic response lacking a language or missing,
    a phone number that is not in facts.yml, an unknown facts marker."""
    from actions.advice import TOPIC_RESPONSES

    found: List[str] = []
    topic_names = [name for names in TOPIC_RESPONSES.values() for name in names]
    for name in topic_names + [name for _, name in BASICS]:
        languages = set(variants(domain, name))
        for language in LANGUAGES:
            if language not in languages:
                found.append(f"{name}: no {language} variant")
    numbers = known_numbers(facts)
    for name, response_variants in domain["responses"].items():
        for variant in response_variants:
            texts = [variant.get("text", "")] + [title for title, _ in _buttons(variant)]
            for text in texts:
                try:
                    rendered = render(text, facts)
                except FactsError as error:
                    found.append(f"{name}: {error}")
                    continue
                for number in PHONE.findall(rendered):
                    if number not in numbers:
                        found.append(f"{name}: phone number {number} is not in facts.yml")
    return found


def build(out_dir: Path, domain_file: Path = ROOT / "domain.yml") -> Tuple[Path, Path]:
    """Write content.html and content.md into out_dir; return their paths."""
    domain = yaml.safe_load(domain_file.read_text(encoding="utf-8"))
    facts = load_facts()
    parts = sections(domain, facts)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path, md_path = out_dir / "content.html", out_dir / "content.md"
    html_path.write_text(to_html(parts, domain, facts), encoding="utf-8")
    md_path.write_text(to_markdown(parts, domain, facts), encoding="utf-8")
    return html_path, md_path


def main(argv: List[str]) -> int:
    """Render the content pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    parser.add_argument("--domain", type=Path, default=ROOT / "domain.yml")
    args = parser.parse_args(argv)
    domain = yaml.safe_load(args.domain.read_text(encoding="utf-8"))
    found = problems(domain, load_facts())
    for problem in found:
        print(f"render_content: {problem}", file=sys.stderr)
    try:
        html_path, md_path = build(args.out, args.domain)
    except FactsError as error:
        print(f"render_content: {error}", file=sys.stderr)
        return 1
    print(f"wrote {html_path} and {md_path}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
