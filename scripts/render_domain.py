"""Render domain.yml into build/domain.yml, filling [[facts]] markers from facts.yml.

Responses refer to numbers, hours and law names as [[services.bris.number]] so that
an operator corrects a number once, in facts.yml. Rasa trains and runs on the
rendered copy. Fails (exit 1) on a marker that facts.yml does not have.
Usage: python scripts/render_domain.py [SOURCE] [TARGET]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from common.facts import MARKER, FactsError, render  # noqa: E402


def render_file(source: Path, target: Path) -> int:
    """Write the rendered domain; return the number of markers filled."""
    text = source.read_text(encoding="utf-8")
    count = len(MARKER.findall(text))
    rendered = render(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != rendered:
        target.write_text(rendered, encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    """Render SOURCE (domain.yml) to TARGET (build/domain.yml)."""
    source = Path(argv[0]) if argv else ROOT / "domain.yml"
    target = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "domain.yml"
    try:
        count = render_file(source, target)
    except FactsError as error:
        print(f"render_domain: {error}", file=sys.stderr)
        return 1
    print(f"rendered {count} facts markers into {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
