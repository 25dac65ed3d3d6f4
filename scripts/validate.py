"""`rasa data validate --fail-on-warnings`, knowing which responses actions send.

Runs the same checks as the Rasa CLI, all of them failing on warnings, with one
refinement: Rasa warns about every response not used in a story or rule, but
many of Stödchatten's responses are sent by custom actions
(`dispatcher.utter_message(response="utter_…")`). Those are accepted only when an
action in actions/ really sends them, and every response an action sends must
exist in the domain. Any other warning fails the validation.
Usage: python scripts/validate.py  (from the project root, after `make render`)
"""
from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path
from typing import List, Set

ROOT = Path(__file__).resolve().parent.parent
UNUSED = re.compile(r"The utterance '([^']+)' is not used in any story or rule\.")
SENT_BY_ACTION = re.compile(r"""["'](utter_[a-z0-9_]+)["']""")


def responses_sent_by_actions(actions_dir: Path = ROOT / "actions") -> Set[str]:
    """Response names that actions send (every utter_… string literal in actions/)."""
    names: Set[str] = set()
    for path in actions_dir.glob("*.py"):
        names.update(SENT_BY_ACTION.findall(path.read_text(encoding="utf-8")))
    return names


def main() -> int:
    """Validate; print problems; exit 1 on any."""
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.utils.common import EXPECTED_WARNINGS
    from rasa.validator import Validator

    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "build" / "domain.yml"), [str(ROOT / "data")]
    )
    problems: List[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        validator = Validator.from_importer(importer)
        checks = {
            "domain": validator.verify_domain_validity(),
            "actions in stories and rules": validator.verify_actions_in_stories_rules(),
            "forms": validator.verify_forms_in_stories_rules() and validator.verify_form_slots(),
            "slot mappings": validator.verify_slot_mappings(),
            "intents in stories": validator.verify_intents_in_stories(ignore_warnings=False),
            "repeated examples": validator.verify_example_repetition_in_intents(ignore_warnings=False),
            "story structure": validator.verify_story_structure(ignore_warnings=False),
        }
        validator.verify_utterances_in_stories(ignore_warnings=True)
    problems += [f"check failed: {name}" for name, ok in checks.items() if not ok]

    sent = responses_sent_by_actions()
    domain_responses = set(validator.domain.responses)
    problems += [f"an action sends '{name}', which the domain lacks"
                 for name in sorted(sent - domain_responses)]
    for warning in caught:
        text = str(warning.message)
        unused = UNUSED.search(text)
        if unused and unused.group(1) in sent:
            continue
        if issubclass(warning.category, (DeprecationWarning, PendingDeprecationWarning,
                                         FutureWarning)):
            continue  # library deprecations are not data problems
        if any(issubclass(warning.category, category) and re.match(pattern, text)
               for category, pattern in EXPECTED_WARNINGS):
            continue  # warnings Rasa raises unconditionally and filters itself
        problems.append(f"warning: {text}")

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"validate: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"validate: data, domain and stories are valid "
          f"({len(sent)} responses are sent by actions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
