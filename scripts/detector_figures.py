"""The danger detector alone on the development sets: recall, false alarms, misses.

Runs `safety.danger.detect_danger` (no model, no Rasa) over every
tests/eval/dev_*.yml and prints, per file and overall:

* emergency recall — level "emergency" on messages marked `emergency: true`;
* false-alarm rate — level "emergency" on messages marked `emergency: false`;
* harm recall — level "emergency" or "harm" on messages marked `harm: true`;
* harm false positives — level "emergency" or "harm" on messages marked `harm: false`;

then lists the missed emergencies, the false alarms and (with --harm) the missed
harms. Only development sets are read: held-out sets are never opened here.

    .venv/bin/python scripts/detector_figures.py [--harm] [--quiet] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Dict, List

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety.danger import detect_danger  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
PATTERN = "dev_*.yml"


def load(path: Path) -> List[Dict[str, Any]]:
    """The labelled messages of one development set."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]


def ratio(hits: int, total: int) -> float:
    """hits / total, NaN for an empty total (also used by detector_training_figures.py)."""
    return hits / total if total else float("nan")


def figures(messages: List[Dict[str, Any]]) -> Dict[str, Any]:
    """Counts, rates and the misses of the detector on one set of messages."""
    emergencies = [m for m in messages if m.get("emergency")]
    others = [m for m in messages if not m.get("emergency")]
    harmful = [m for m in messages if m.get("harm")]
    harmless = [m for m in messages if not m.get("harm")]
    verdicts = {id(m): detect_danger(m["text"]) for m in messages}

    def level(message: Dict[str, Any]) -> str:
        return verdicts[id(message)].level

    def row(message: Dict[str, Any]) -> Dict[str, Any]:
        verdict = verdicts[id(message)]
        return {"text": message["text"], "note": message.get("note"), "level": verdict.level,
                "category": verdict.category, "matched": verdict.matched,
                "suppressed_by": verdict.suppressed_by}

    missed = [row(m) for m in emergencies if level(m) != "emergency"]
    alarms = [row(m) for m in others if level(m) == "emergency"]
    harm_missed = [row(m) for m in harmful if level(m) == "none"]
    harm_extra = [row(m) for m in harmless if level(m) != "none"]
    return {
        "messages": len(messages),
        "emergencies": len(emergencies), "non_emergencies": len(others), "harmful": len(harmful),
        "emergency_hits": len(emergencies) - len(missed), "false_alarms": len(alarms),
        "harm_hits": len(harmful) - len(harm_missed),
        "emergency_recall": ratio(len(emergencies) - len(missed), len(emergencies)),
        "false_alarm_rate": ratio(len(alarms), len(others)),
        "harm_recall": ratio(len(harmful) - len(harm_missed), len(harmful)),
        "harm_false_positives": len(harm_extra), "harmless": len(harmless),
        "missed_emergencies": missed, "false_alarm_list": alarms, "missed_harm": harm_missed,
        "harm_on_harmless": harm_extra,
    }


def _line(name: str, fig: Dict[str, Any]) -> str:
    return (f"{name:<28} n={fig['messages']:>4}  "
            f"emergency recall {fig['emergency_recall']:.3f} ({fig['emergency_hits']}/{fig['emergencies']})  "
            f"false alarms {fig['false_alarm_rate']:.3f} ({fig['false_alarms']}/{fig['non_emergencies']})  "
            f"harm recall {fig['harm_recall']:.3f} ({fig['harm_hits']}/{fig['harmful']})  "
            f"harm on harmless {fig['harm_false_positives']}/{fig['harmless']}")


def verdict_summary(entry: Dict[str, Any]) -> str:
    """What the detector said of one message: level/category, what suppressed it, the phrase.
    Also used by scripts/detector_training_figures.py."""
    why = f"{entry['level']}/{entry['category']}"
    if entry["suppressed_by"]:
        why += f" suppressed_by={entry['suppressed_by']}"
    if entry["matched"]:
        why += f" matched={entry['matched']!r}"
    return why


def _describe(entry: Dict[str, Any]) -> str:
    return f"    - {entry['text']!r}\n        [{verdict_summary(entry)}] note: {entry['note']}"


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--harm", action="store_true",
                        help="also list harm messages read as none, and harmless ones read as harm")
    parser.add_argument("--quiet", action="store_true", help="figures only, no lists")
    parser.add_argument("--json", type=Path, help="write all figures and misses to this file")
    args = parser.parse_args(argv)

    paths = sorted(p for p in EVAL_DIR.glob(PATTERN) if p.name.startswith("dev_"))
    per_file: Dict[str, Dict[str, Any]] = {}
    everything: List[Dict[str, Any]] = []
    for path in paths:
        messages = load(path)
        everything.extend(messages)
        per_file[path.name] = figures(messages)
    overall = figures(everything)

    for name, fig in per_file.items():
        print(_line(name, fig))
    print(_line("ALL dev sets", overall))
    if not args.quiet:
        for name, fig in per_file.items():
            lists = [("missed emergencies", fig["missed_emergencies"]),
                     ("false alarms", fig["false_alarm_list"])]
            if args.harm:
                lists.append(("harm read as none", fig["missed_harm"]))
                lists.append(("harmless read as harm or emergency", fig["harm_on_harmless"]))
            for title, entries in lists:
                if entries:
                    print(f"\n{name}: {title} ({len(entries)})")
                    for entry in entries:
                        print(_describe(entry))
    if args.json:
        args.json.write_text(json.dumps({"files": per_file, "overall": overall},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
