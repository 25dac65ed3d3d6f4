"""Build the blank Swedish spaCy pipeline with lookup lemmas that config.yml loads by path.

No trained Swedish spaCy model can be downloaded here, so the pipeline is
`spacy.blank("sv")` plus the lookup lemmatizer, whose tables come from the
spacy-lookups-data package. Usage: python scripts/build_spacy_pipeline.py [DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy

DEFAULT_DIR = Path(__file__).resolve().parent.parent / ".spacy" / "sv_lookup"


def build(target: Path) -> None:
    """Create the pipeline and save it to `target`."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    sample = [token.lemma_ for token in nlp("flickorna slogs och bilarna försvann")]
    print(f"spaCy pipeline saved to {target}; lemmas: {sample}")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
