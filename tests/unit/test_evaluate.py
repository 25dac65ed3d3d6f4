"""scripts/evaluate.py helpers: the confusion report and the per-language split for cross-validation."""
from pathlib import Path

import yaml

from scripts.evaluate import confusion, confusion_markdown, score, split_by_language


def test_confusion_counts_every_expected_and_predicted_pair():
    rows = [{"expected": "ask_fgm", "predicted": "ask_fgm"},
            {"expected": "ask_fgm", "predicted": "disclose_harm"},
            {"expected": "ask_fgm", "predicted": "disclose_harm"},
            {"expected": "greet", "predicted": "greet"}]
    assert confusion(rows) == {"ask_fgm": {"ask_fgm": 1, "disclose_harm": 2}, "greet": {"greet": 1}}
    lines = confusion_markdown(confusion(rows))
    assert lines[2] == "| ask_fgm | disclose_harm | 2 | 0.67 |"
    assert len(lines) == 3


def test_score_reports_macro_f1_per_language():
    messages = [{"text": "hej", "lang": "sv", "intent": "greet"},
                {"text": "vad är skyddat boende", "lang": "sv", "intent": "ask_protected_housing"},
                {"text": "hi", "lang": "en", "intent": "greet"}]
    parses = [{"intent": {"name": "greet"}, "entities": []},
              {"intent": {"name": "greet"}, "entities": []},
              {"intent": {"name": "greet"}, "entities": []}]
    result = score(messages, parses)
    assert result["per_language"]["en"] == {"messages": 1, "intent_accuracy": 1.0, "macro_f1": 1.0}
    assert result["per_language"]["sv"]["intent_accuracy"] == 0.5
    assert result["confusion"]["ask_protected_housing"] == {"greet": 1}


def test_training_examples_are_split_by_their_language(tmp_path):
    nlu = tmp_path / "nlu"
    nlu.mkdir()
    (nlu / "a.yml").write_text(
        'version: "3.1"\nnlu:\n  - intent: ask_fgm\n    examples: |\n'
        "      - är könsstympning förbjudet i sverige\n"
        "      - is female genital mutilation illegal in sweden\n"
        "  - intent: other_language\n    examples: |\n      - Hablas español\n",
        encoding="utf-8")
    paths = split_by_language(nlu, tmp_path / "out")
    sv = yaml.safe_load(Path(paths["sv"]).read_text(encoding="utf-8"))["nlu"]
    en = yaml.safe_load(Path(paths["en"]).read_text(encoding="utf-8"))["nlu"]
    assert sv == [{"intent": "ask_fgm", "examples": "- är könsstympning förbjudet i sverige\n"}]
    assert en == [{"intent": "ask_fgm",
                   "examples": "- is female genital mutilation illegal in sweden\n"}]
