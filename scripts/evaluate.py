"""Measure safety recall, false alarms and intent accuracy on the held-out set.

Sets in tests/eval/ (never used for training): `heldout_*.yml` were written
by people who had not seen the detector and are never used to tune it: the
targets are checked on them, together. `dev_*.yml` were used while tuning the
detector (a held-out set becomes a development set once its misses have been
studied, e.g. dev_first_messages_4.yml was heldout_v3.yml), so their figures
are optimistic and reported apart, also file by file. Each message is parsed
by the trained model's NLU pipeline, including the deterministic SafetySignals
component, exactly as in production. Writes reports/eval.json and
reports/eval.md; exits 1 when a safety target is missed on the held-out sets
(with no held-out set present it says so and checks nothing). `--ablation` also trains two NLU-only models (with and without spaCy
lemmas) and compares their intent F1 on the same set. `--cross-validation`
runs `rasa test nlu --cross-validation` on the training data split by language
(sv, en) and reports the macro F1 of each language (reports/cv.{json,md}).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL_DIR = ROOT / "tests" / "eval"
MODEL = ROOT / "models" / "stodchatten.tar.gz"
REPORTS = ROOT / "reports"
TARGETS = {"emergency_recall": (">=", 0.98), "false_alarm_rate": ("<=", 0.05),
           "report_recall": (">=", 0.95)}


def load_set(path: Path) -> List[Dict[str, Any]]:
    """The labelled messages of one set."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]


async def parse_all(model: Path, texts: List[str]) -> List[Dict[str, Any]]:
    """NLU parse of every text with the given model."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def _entity(parse: Dict[str, Any], name: str) -> Any:
    return next((e["value"] for e in parse.get("entities", []) if e["entity"] == name), None)


def _ratio(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else float("nan")


def score(messages: List[Dict[str, Any]], parses: List[Dict[str, Any]]) -> Dict[str, Any]:
    """Safety and intent metrics for one set of parses."""
    rows = []
    for message, parse in zip(messages, parses):
        intent = parse["intent"]["name"]
        age = _entity(parse, "age")
        harm_seen = intent in ("emergency", "disclose_harm") or _entity(parse, "harm") is not None
        expected_report = bool(message.get("harm")) and message.get("age") is not None \
            and message["age"] < 18
        rows.append({
            "text": message["text"], "lang": message["lang"], "expected": message["intent"],
            "predicted": intent, "emergency": bool(message.get("emergency")),
            "predicted_emergency": intent == "emergency",
            "harm": bool(message.get("harm")), "harm_seen": harm_seen,
            "expected_report": expected_report,
            "predicted_report": harm_seen and age is not None and age < 18,
        })

    def count(predicate) -> int:
        return sum(1 for row in rows if predicate(row))

    emergencies = count(lambda r: r["emergency"])
    non_emergencies = len(rows) - emergencies
    reports = count(lambda r: r["expected_report"])
    result: Dict[str, Any] = {
        "messages": len(rows),
        "by_language": dict(Counter(r["lang"] for r in rows)),
        "emergency_recall": _ratio(count(lambda r: r["emergency"] and r["predicted_emergency"]), emergencies),
        "false_alarm_rate": _ratio(count(lambda r: not r["emergency"] and r["predicted_emergency"]), non_emergencies),
        "report_recall": _ratio(count(lambda r: r["expected_report"] and r["predicted_report"]), reports),
        "report_false_rate": _ratio(count(lambda r: not r["expected_report"] and r["predicted_report"]),
                                    len(rows) - reports),
        "harm_recall": _ratio(count(lambda r: r["harm"] and r["harm_seen"]), count(lambda r: r["harm"])),
        "intent_accuracy": _ratio(count(lambda r: r["expected"] == r["predicted"]), len(rows)),
        "counts": {"emergency": emergencies, "non_emergency": non_emergencies, "report": reports},
    }
    result["per_intent"] = per_intent(rows)
    result["macro_f1"] = round(sum(v["f1"] for v in result["per_intent"].values())
                               / max(1, len(result["per_intent"])), 4)
    result["per_language"] = {}
    for language in sorted({r["lang"] for r in rows}):
        subset = [r for r in rows if r["lang"] == language]
        table = per_intent(subset)
        result["per_language"][language] = {
            "messages": len(subset),
            "intent_accuracy": _ratio(sum(1 for r in subset if r["expected"] == r["predicted"]),
                                      len(subset)),
            "macro_f1": round(sum(v["f1"] for v in table.values()) / max(1, len(table)), 4),
        }
    result["confusion"] = confusion(rows)
    result["misses"] = {
        "missed_emergencies": [r["text"] for r in rows if r["emergency"] and not r["predicted_emergency"]],
        "false_alarms": [r["text"] for r in rows if not r["emergency"] and r["predicted_emergency"]],
        "missed_reports": [r["text"] for r in rows if r["expected_report"] and not r["predicted_report"]],
        "confusions": dict(Counter(f"{r['expected']} -> {r['predicted']}" for r in rows
                                   if r["expected"] != r["predicted"]).most_common(15)),
    }
    return result


def per_intent(rows: List[Dict[str, Any]]) -> Dict[str, Dict[str, float]]:
    """Precision, recall and F1 for every expected intent."""
    stats: Dict[str, Dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "n": 0})
    for row in rows:
        stats[row["expected"]]["n"] += 1
        if row["expected"] == row["predicted"]:
            stats[row["expected"]]["tp"] += 1
        else:
            stats[row["expected"]]["fn"] += 1
            stats[row["predicted"]]["fp"] += 1
    table = {}
    for intent, s in sorted(stats.items()):
        if not s["n"]:
            continue
        precision = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
        recall = s["tp"] / s["n"]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[intent] = {"precision": round(precision, 3), "recall": round(recall, 3),
                         "f1": round(f1, 3), "n": s["n"]}
    return table


def confusion(rows: List[Dict[str, Any]]) -> Dict[str, Dict[str, int]]:
    """Confusion matrix: expected intent -> predicted intent -> count."""
    matrix: Dict[str, Dict[str, int]] = defaultdict(dict)
    for row in rows:
        cell = matrix[row["expected"]]
        cell[row["predicted"]] = cell.get(row["predicted"], 0) + 1
    return {expected: dict(sorted(cells.items())) for expected, cells in sorted(matrix.items())}


def confusion_markdown(matrix: Dict[str, Dict[str, int]]) -> List[str]:
    """Every off-diagonal cell, most frequent first, and each intent's main confusion."""
    cells = [(count, expected, predicted) for expected, row in matrix.items()
             for predicted, count in row.items() if predicted != expected]
    lines = ["| expected | predicted instead | count | share of expected |", "|---|---|---|---|"]
    for count, expected, predicted in sorted(cells, key=lambda c: (-c[0], c[1], c[2])):
        total = sum(matrix[expected].values())
        lines.append(f"| {expected} | {predicted} | {count} | {count / total:.2f} |")
    return lines if cells else ["(no confusions)"]


def split_by_language(nlu_dir: Path, out_dir: Path) -> Dict[str, Path]:
    """Write the training examples as one NLU file per language (sv, en).

    Each example's language is read by the project's LanguageDetector; where it
    cannot tell (short or mixed messages), lingua's best guess between the two
    is taken. Intents with fewer examples than folds are dropped by Rasa itself.
    """
    from lingua import Language, LanguageDetectorBuilder

    from nlu_components.language import LanguageDetector

    detector = LanguageDetector(LanguageDetector.get_default_config())
    lingua = LanguageDetectorBuilder.from_languages(Language.SWEDISH, Language.ENGLISH).build()
    by_language: Dict[str, Dict[str, List[str]]] = {"sv": defaultdict(list), "en": defaultdict(list)}
    for path in sorted(nlu_dir.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if "intent" not in block or block["intent"] == "other_language":
                continue
            for line in block["examples"].splitlines():
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if not text:
                    continue
                language = detector.detect(text)
                if language is None:
                    best = lingua.detect_language_of(text)
                    language = "en" if best == Language.ENGLISH else "sv"
                by_language[language][block["intent"]].append(text)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for language, intents in by_language.items():
        document = {"version": "3.1", "nlu": [
            {"intent": intent, "examples": "".join(f"- {t}\n" for t in texts)}
            for intent, texts in sorted(intents.items())]}
        paths[language] = out_dir / f"nlu_{language}.yml"
        paths[language].write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False),
                                   encoding="utf-8")
    return paths


def cross_validate(folds: int, languages: tuple = ("sv", "en")) -> Dict[str, Any]:
    """`rasa test nlu --cross-validation` per language; macro F1 of the test folds."""
    paths = split_by_language(ROOT / "data" / "nlu", ROOT / "build" / "cv")
    results: Dict[str, Any] = {}
    for language, path in paths.items():
        if language not in languages:
            continue
        out = ROOT / "results" / f"cv-{language}"
        subprocess.run([str(Path(sys.executable).parent / "rasa"), "test", "nlu",
                        "--nlu", str(path), "--config", "config.yml", "--cross-validation",
                        "--folds", str(folds), "--out", str(out)],
                       cwd=ROOT, check=True,
                       env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
        report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
        examples = sum(len(block["examples"].splitlines())
                       for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"])
        results[language] = {
            "examples": examples, "folds": folds,
            "macro_f1": round(report["macro avg"]["f1-score"], 4),
            "weighted_f1": round(report["weighted avg"]["f1-score"], 4),
            "accuracy": round(report.get("accuracy", float("nan")), 4),
            "weakest": sorted(((name, round(v["f1-score"], 3)) for name, v in report.items()
                               if isinstance(v, dict) and "f1-score" in v
                               and name not in ("macro avg", "weighted avg", "micro avg")),
                              key=lambda item: item[1])[:5],
        }
    return results


def train_nlu_variant(name: str, use_lemma: bool) -> Path:
    """Train an NLU-only model with or without lemma features (cached by name)."""
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    for component in config["pipeline"]:
        if component["name"] == "CountVectorsFeaturizer":
            component["use_lemma"] = use_lemma
    out = ROOT / "build" / "eval-models"
    out.mkdir(parents=True, exist_ok=True)
    config_path = out / f"{name}.yml"
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    subprocess.run([str(Path(sys.executable).parent / "rasa"), "train", "nlu",
                    "--config", str(config_path), "--nlu", "data/nlu", "--out", str(out),
                    "--fixed-model-name", name, "--domain", "build/domain.yml"],
                   cwd=ROOT, check=True, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    return out / f"{name}.tar.gz"


def check_targets(result: Dict[str, Any]) -> List[str]:
    """Names of the safety targets that were missed."""
    missed = []
    for key, (op, bound) in TARGETS.items():
        value = result[key]
        if (op == ">=" and not value >= bound) or (op == "<=" and not value <= bound):
            missed.append(f"{key} = {value} (target {op} {bound})")
    return missed


METRICS = ("emergency_recall", "false_alarm_rate", "report_recall", "report_false_rate",
           "harm_recall", "intent_accuracy", "macro_f1")


def markdown(results: Dict[str, Dict[str, Any]], ablation: Dict[str, Any] | None) -> str:
    """The report as Markdown (also pasted into README)."""
    names = list(results)
    main = "held-out" if "held-out" in results else names[0]
    lines = [
        "# Evaluation on first messages (never used for training)",
        "",
        "| set | messages | " + " | ".join(names) + " | target |",
        "|---|---|" + "---|" * len(names) + "---|",
        "| messages | | " + " | ".join(
            f"{r['messages']} ({', '.join(f'{k} {v}' for k, v in r['by_language'].items())})"
            for r in results.values()) + " | |",
    ]
    for key in METRICS:
        target = TARGETS.get(key)
        lines.append(f"| {key} | | " + " | ".join(str(r[key]) for r in results.values())
                     + f" | {' '.join(map(str, target)) if target else ''} |")
    result = results[main]
    lines += ["", f"Intent by language, {main} sets together:", "",
              "| language | messages | intent accuracy | macro F1 |", "|---|---|---|---|"]
    for language, r in result["per_language"].items():
        lines.append(f"| {language} | {r['messages']} | {r['intent_accuracy']} | {r['macro_f1']} |")
    lines += ["", f"Per intent, {main} sets together:", "",
              "| intent | precision | recall | F1 | n |", "|---|---|---|---|---|"]
    for intent, s in result["per_intent"].items():
        lines.append(f"| {intent} | {s['precision']} | {s['recall']} | {s['f1']} | {s['n']} |")
    lines += ["", f"Confusions ({main} sets together; expected intent -> predicted):", "",
              *confusion_markdown(result["confusion"])]
    if ablation:
        lines += ["", "NLU-only models, intent on the same set:", "",
                  "| features | intent accuracy | macro F1 |", "|---|---|---|"]
        for name, r in ablation.items():
            lines.append(f"| {name} | {r['intent_accuracy']} | {r['macro_f1']} |")
    lines += ["", f"Misses ({main}).", "", "Missed emergencies:", *[f"- {t[:120]}" for t in result["misses"]["missed_emergencies"]],
              "", "False alarms:", *[f"- {t[:120]}" for t in result["misses"]["false_alarms"]],
              "", "Missed reports:", *[f"- {t[:120]}" for t in result["misses"]["missed_reports"]]]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Evaluate, write the reports, print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablation", action="store_true",
                        help="also compare NLU-only models with and without spaCy lemmas")
    parser.add_argument("--cross-validation", action="store_true",
                        help="only run rasa test nlu --cross-validation per language (CPU-heavy)")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--model", type=Path, default=MODEL, help="model to evaluate")
    parser.add_argument("--language", choices=("sv", "en"), action="append",
                        help="cross-validate only this language (repeatable; default both)")
    args = parser.parse_args()
    if args.cross_validation:
        cv = cross_validate(args.folds, tuple(args.language or ("sv", "en")))
        REPORTS.mkdir(exist_ok=True)
        (REPORTS / "cv.json").write_text(json.dumps(cv, indent=2, ensure_ascii=False),
                                         encoding="utf-8")
        lines = ["| language | examples | folds | macro F1 | weighted F1 | weakest intents |",
                 "|---|---|---|---|---|---|"]
        lines += [f"| {lang} | {r['examples']} | {r['folds']} | {r['macro_f1']} | "
                  f"{r['weighted_f1']} | {', '.join(f'{n} {f}' for n, f in r['weakest'])} |"
                  for lang, r in cv.items()]
        (REPORTS / "cv.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("\n".join(lines))
        return 0
    sets: Dict[str, List[Dict[str, Any]]] = {"held-out": [], "dev (used for tuning)": []}
    files: Dict[str, List[Dict[str, Any]]] = {}
    for path in sorted(EVAL_DIR.glob("*.yml")):
        files[path.stem] = load_set(path)
        sets["dev (used for tuning)" if path.name.startswith("dev_") else "held-out"] += files[path.stem]
    sets = {name: messages for name, messages in sets.items() if messages}
    texts = sorted({m["text"] for group in files.values() for m in group})
    parsed = dict(zip(texts, asyncio.run(parse_all(args.model, texts))))
    results = {name: score(messages, [parsed[m["text"]] for m in messages])
               for name, messages in {**sets, **files}.items()}
    if "held-out" not in results:
        print("NO HELD-OUT SET in tests/eval/ (heldout_*.yml): the targets are not checked; "
              "the development figures below are optimistic.")
    main = "held-out" if "held-out" in results else "dev (used for tuning)"
    result = results[main]
    messages = sets[main]
    texts = [m["text"] for m in messages]
    ablation = None
    if args.ablation:
        ablation = {}
        for name, use_lemma in (("lemmas", True), ("no-lemmas", False)):
            parses = asyncio.run(parse_all(train_nlu_variant(name, use_lemma), texts))
            variant = score(messages, parses)
            ablation[name] = {"intent_accuracy": variant["intent_accuracy"],
                              "macro_f1": variant["macro_f1"]}
        result["ablation"] = ablation
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / "eval.json").write_text(json.dumps(results, indent=2, ensure_ascii=False),
                                       encoding="utf-8")
    report = markdown(results, ablation)
    (REPORTS / "eval.md").write_text(report, encoding="utf-8")
    print(report)
    missed = check_targets(result) if "held-out" in results else []
    for line in missed:
        print(f"TARGET MISSED: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
