"""The danger detector alone on the NLU training data: emergency recall, false alarms, misses.

Runs `safety.danger.detect_danger` (no model, no Rasa) over every example in
data/nlu/*.yml and prints, per intent and overall:

* emergency recall — level "emergency" on examples of intent `emergency`;
* false-alarm rate — level "emergency" on examples of every other intent;

then, with -v, lists the missed emergencies and the false alarms with the
detector's category, matched phrase and what suppressed it. The training data
is what the detector's tables are written against, so these figures say how
well the tables cover it; the development sets (scripts/detector_figures.py)
and the held-out sets say how well they generalise.

    .venv/bin/python scripts/detector_training_figures.py [-v] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List, Tuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detector_figures import ratio, verdict_summary  # noqa: E402  (scripts/, beside this file)
from safety.danger import detect_danger  # noqa: E402

NLU_DIR = ROOT / "data" / "nlu"
EMERGENCY = "emergency"
# entity annotations in an example: "[Irak](country)", "[Irak]{"entity": "country"}"
_ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def load(nlu_dir: Path = NLU_DIR) -> List[Tuple[str, str, str]]:
    """(intent, text, file name) of every intent example in the NLU files."""
    examples: List[Tuple[str, str, str]] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            intent = block.get("intent")
            if not intent:
                continue  # synonyms, regexes, lookup tables
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    text = _ANNOTATION.sub(r"\1", line[2:].strip())
                    if text:
                        examples.append((intent, text, path.name))
    return examples


def figures(examples: List[Tuple[str, str, str]]) -> Dict[str, Any]:
    """Counts, rates, per-intent figures, misses and false alarms of the detector."""
    per_intent: Dict[str, Dict[str, int]] = defaultdict(lambda: {"examples": 0, "emergency": 0})
    missed: List[Dict[str, Any]] = []
    alarms: List[Dict[str, Any]] = []
    for intent, text, source in examples:
        verdict = detect_danger(text)
        row = per_intent[intent]
        row["examples"] += 1
        fired = verdict.level == "emergency"
        row["emergency"] += fired
        entry = {"text": text, "intent": intent, "file": source, "level": verdict.level,
                 "category": verdict.category, "matched": verdict.matched,
                 "suppressed_by": verdict.suppressed_by}
        if intent == EMERGENCY and not fired:
            missed.append(entry)
        elif intent != EMERGENCY and fired:
            alarms.append(entry)
    emergencies = per_intent[EMERGENCY]["examples"] if EMERGENCY in per_intent else 0
    others = sum(row["examples"] for name, row in per_intent.items() if name != EMERGENCY)
    return {
        "examples": len(examples), "emergencies": emergencies, "non_emergencies": others,
        "emergency_hits": emergencies - len(missed), "false_alarms": len(alarms),
        "emergency_recall": ratio(emergencies - len(missed), emergencies),
        "false_alarm_rate": ratio(len(alarms), others),
        "per_intent": dict(per_intent), "missed_emergencies": missed, "false_alarm_list": alarms,
    }


def _describe(entry: Dict[str, Any]) -> str:
    return (f"    - {entry['text']!r}\n"
            f"        [{entry['intent']} in {entry['file']}; {verdict_summary(entry)}]")


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the missed emergencies and the false alarms")
    parser.add_argument("--json", type=Path, help="write all figures and lists to this file")
    args = parser.parse_args(argv)

    fig = figures(load())
    for intent, row in sorted(fig["per_intent"].items()):
        label = "emergency read" if intent == EMERGENCY else "false alarms"
        print(f"  {intent:<30} n={row['examples']:>4}  {label} {row['emergency']}")
    print(f"ALL training data  n={fig['examples']}  "
          f"emergency recall {fig['emergency_recall']:.3f} ({fig['emergency_hits']}/{fig['emergencies']})  "
          f"false alarms {fig['false_alarm_rate']:.4f} ({fig['false_alarms']}/{fig['non_emergencies']})")
    if args.verbose:
        for title, entries in (("missed emergencies", fig["missed_emergencies"]),
                               ("false alarms", fig["false_alarm_list"])):
            if entries:
                print(f"\n{title} ({len(entries)})")
                for entry in entries:
                    print(_describe(entry))
    if args.json:
        args.json.write_text(json.dumps(fig, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
