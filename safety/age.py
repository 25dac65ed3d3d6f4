"""Parse the writer's own age from a message: "jag är 15", "femton år", "går i åttan", "I'm 16"."""
from __future__ import annotations

import re
from typing import Dict, Optional

from safety.normalise import fold

MIN_AGE, MAX_AGE = 5, 99


def _number_words() -> Dict[str, int]:
    """Swedish and English number words 5–99, folded (åtta -> atta)."""
    sv_units = ["", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio"]
    sv_teens = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
                "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19}
    sv_tens = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60,
               "sjuttio": 70, "attio": 80, "nittio": 90}
    en_units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    en_teens = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
    en_tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}
    words: Dict[str, int] = {**sv_teens, **en_teens, "en": 1}
    for units, tens, joiner in ((sv_units, sv_tens, ""), (en_units, en_tens, " ")):
        for value, word in enumerate(units[5:], start=5):
            words[word] = value
        for ten_word, ten in tens.items():
            words[ten_word] = ten
            for value, unit in enumerate(units[1:], start=1):
                words[f"{ten_word}{joiner}{unit}"] = ten + value
    words["tjugoen"] = 21
    del words["en"]
    return words


NUMBER_WORDS = _number_words()
_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(\d{{1,2}}|{_WORDS})"
NOT_AN_AGE_AFTER = r"(?! ?(?:min|minuter|minutes|mins|sek|kr|kronor|procent|st|timmar|hours|h|dagar|days|veckor|weeks|manader|months|ar sedan|ar sen|years ago|30|00|15|45))"

SELF_AGE = [
    # "jag är 15", "ja e 15", "I'm 16", "I am sixteen" (optionally "år", "years old")
    re.compile(rf"\b(?:jag ar|jag e|ja ar|ja e|jag ar typ|i m|im|i am|iam)(?: typ| bara| just| only)? {NUM}\b{NOT_AN_AGE_AFTER}"),
    # Swedish inverted order: "nu är jag 30", "idag är jag 17"
    re.compile(rf"\b(?:ar|e) jag {NUM}\b{NOT_AN_AGE_AFTER}"),
    # "15 år gammal", "16 years old", "16 yo", "16 bast", "16åring" written "16 aring"
    re.compile(rf"\b{NUM} ?(?:ar gammal|ar gammalt|years old|yrs old|year old|yo|y o|bast|aring)\b"),
]
GRADES = {"ettan": 1, "tvaan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6, "sjuan": 7,
          "attan": 8, "nian": 9}
GRADE = re.compile(r"\bgar (?:i|pa) (" + "|".join(GRADES) + r")\b( pa gymnasiet| pa gymnasie\w*)?")
GYMNASIUM_YEAR = re.compile(r"\bgar (forsta|andra|tredje) aret pa gymnasiet\b")
GYMNASIUM_ORDINAL = {"forsta": 16, "andra": 17, "tredje": 18}
EN_GRADE = re.compile(r"\b(?:in |i m in |im in )?(?:grade|year) (\d{1,2})\b|\b(\d{1,2}) ?(?:th|rd|nd|st) grade\b")
# "15", "15 år", "femton.", "16 years" as the whole message
ONLY_AGE = re.compile(rf"^(?:jag ar |i m |im )?{NUM}(?: ar| years?| bast)?$")
# a bare "15 år" counts when nobody else is the subject and it is no duration
BARE_YEARS = re.compile(rf"(?:^|\b(\w+) ){NUM} ar\b(?! sedan| sen)")
DURATION_WORDS = {"i", "for", "pa", "om", "under", "efter", "sedan", "sen", "varit", "bott",
                  "in", "pa", "nastan", "over", "kl", "klockan"}
OTHER_SUBJECT = re.compile(
    r"\b(?:hon|han|hen|de|dom|she|he|they|syster|syrra|syrran|bror|brorsan|brorsa|lillasyster|"
    r"lillebror|kusin|kompis|van|dotter|son|sister|brother|cousin|friend|daughter|mamma|pappa|"
    r"mum|mom|dad)\b(?: \w+){0,3}$"
)
PAST_SELF = re.compile(r"\b(?:nar jag var|nar jag fyllde|when i was|since i was|sedan jag var|sen jag var)$")


def _value(token: str) -> Optional[int]:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def _valid(age: Optional[int]) -> Optional[int]:
    return age if age is not None and MIN_AGE <= age <= MAX_AGE else None


def _preceded_by_other_or_past(text: str, start: int) -> bool:
    before = text[:start].strip()
    return bool(OTHER_SUBJECT.search(before) or PAST_SELF.search(before))


def parse_age(text: str) -> Optional[int]:
    """The writer's own age (5–99), or None when the message does not state it."""
    folded = fold(text)
    if not folded:
        return None
    only = ONLY_AGE.match(folded)
    if only:
        return _valid(_value(only.group(1)))
    for pattern in SELF_AGE:
        for match in pattern.finditer(folded):
            if pattern is SELF_AGE[1] and _preceded_by_other_or_past(folded, match.start()):
                continue
            age = _valid(_value(match.group(1)))
            if age is not None:
                return age
    year = GYMNASIUM_YEAR.search(folded)
    if year:
        return GYMNASIUM_ORDINAL[year.group(1)]
    grade = GRADE.search(folded)
    if grade:
        offset = 15 if grade.group(2) else 6
        return _valid(GRADES[grade.group(1)] + offset)
    en_grade = EN_GRADE.search(folded)
    if en_grade:
        number = int(en_grade.group(1) or en_grade.group(2))
        if 1 <= number <= 12:
            return number + 6
    for match in BARE_YEARS.finditer(folded):
        word_before = match.group(1)
        if word_before in DURATION_WORDS or _preceded_by_other_or_past(folded, match.start(2)):
            continue
        if word_before in ("ar", "e") and _preceded_by_other_or_past(folded, match.start(1) if match.group(1) else 0):
            continue
        age = _valid(_value(match.group(2)))
        if age is not None:
            return age
    return None
