"""Fold text so that spelling variants match alike: case, å/ä/ö/é, symbols, stretched letters."""
from __future__ import annotations

import re
import unicodedata

# The detectors read the start and the end of a long message (where the point
# usually is), so a huge message costs no more than a long one.
HEAD_CHARS = 5000
TAIL_CHARS = 5000

_SWEDISH_LETTERS = str.maketrans(
    {"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "æ": "a", "ø": "o", "ü": "u"}
)
# Zero-width characters, bidi marks and soft hyphens vanish instead of splitting a word;
# combining accents go too, so "ç" reads as "c".
_DROPPED_CATEGORIES = frozenset({"Cf", "Mn", "Me"})
_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_STRETCHED_LETTER = re.compile(r"([^\W\d_])\1{2,}")


def clip(text: str, head: int = HEAD_CHARS, tail: int = TAIL_CHARS) -> str:
    """The first `head` and the last `tail` characters of a long text."""
    if len(text) <= head + tail:
        return text
    return f"{text[:head]} {text[-tail:]}"


def _drop_marks(text: str) -> str:
    """Remove invisible format characters and combining accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) not in _DROPPED_CATEGORIES)
    return unicodedata.normalize("NFC", kept)


def fold(text: str) -> str:
    """Lower-case, å/ä→a, ö→o, é→e, symbols→space, 'hjäääälp'→'hjalp'; never raises."""
    if not isinstance(text, str) or not text:
        return ""
    text = unicodedata.normalize("NFKC", text).lower().translate(_SWEDISH_LETTERS)
    text = _drop_marks(text)
    text = _NOT_LETTER_OR_DIGIT.sub(" ", text)
    text = _STRETCHED_LETTER.sub(r"\1", text)
    return " ".join(text.split())
