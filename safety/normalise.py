"""Fold text so that spelling variants match alike: case, å/ä/ö, stretched letters, symbols."""
from __future__ import annotations

import re
import unicodedata

# What the detectors read of a message: its start and its end (where the point
# often is), so that a huge message costs no more than a long one.
HEAD_CHARS = 5000
TAIL_CHARS = 5000

_LETTER_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e",
                              "æ": "a", "ø": "o", "ü": "u", "’": "'", "`": "'"})
_NOT_WORD = re.compile(r"[\W_]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")


def cap(text: str) -> str:
    """The first and last few thousand characters of a long text."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return f"{text[:HEAD_CHARS]} {text[-TAIL_CHARS:]}"


def fold(text: str) -> str:
    """Lower-case, å/ä→a, ö→o, symbols→space, 'hjäääälp'→'hjalp', '15år'→'15 ar'; never raises."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", cap(text)).lower().translate(_LETTER_FOLD)
    text = _NOT_WORD.sub(" ", text)
    text = _STRETCHED.sub(r"\1", text)
    text = _DIGIT_LETTER.sub(" ", text)
    return " ".join(text.split())
