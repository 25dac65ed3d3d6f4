"""The writer's own age in a message: "jag är 15", "femton år", "går i åttan", "I'm 16"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, Optional, Pattern

from safety.normalise import clip, fold

MIN_AGE, MAX_AGE = 5, 99

_SV_UNITS = ("", "ett", "tva", "tre", "fyra", "fem", "sex", "sju", "atta", "nio")
_SV_TEENS = ("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
             "nitton")
_SV_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "attio", "nittio")
_EN_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen")
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _number_words(units: tuple, teens: tuple, tens: tuple, joiners: tuple) -> Dict[str, int]:
    """Number words 5–99 of one language, with the given joiners between tens and units."""
    words = {word: value for value, word in enumerate(units) if value >= MIN_AGE}
    words.update({word: 10 + value for value, word in enumerate(teens)})
    for index, ten_word in enumerate(tens):
        ten = 20 + 10 * index
        words[ten_word] = ten
        for value, unit in enumerate(units[1:], start=1):
            for joiner in joiners:
                words[f"{ten_word}{joiner}{unit}"] = ten + value
    return words


NUMBER_WORDS: Dict[str, int] = {
    **_number_words(_SV_UNITS, _SV_TEENS, _SV_TENS, ("", " ")),
    **_number_words(_EN_UNITS, _EN_TEENS, _EN_TENS, ("", " ")),
    "aderton": 18, "tjugoen": 21, "tjugo en": 21, "tjuge": 20,
}
_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(?P<n>(?<![\w])\d{{1,2}}(?!\d)|\b(?:{_WORDS})\b)"

# what may follow "jag är 15" when the 15 is not an age
_UNITS = (r"min|minuter|minuters|minutes?|mins|sek|sekunder|seconds?|timmar|timme|hours?|h|dagar|"
          r"dag|days?|veckor|vecka|weeks?|manader|manad|months?|kr|kronor|procent|percent|st|"
          r"meter|m|km|mil|miles?|kg|cm|grader|degrees|ganger|times|poang|points|foot|feet|ft|"
          r"ar sedan|ar sen|years ago|\d")
NOT_A_UNIT = rf"(?! ?(?:{_UNITS})\b)"
AGE_WORD = r"(?: ?(?:ar gammal|ar gammalt|ar|years? old|years?|yrs old|yrs|yo|y o|bast))?"
SELF = r"(?:jag|ja|jg|i m|im|i am|iam)"
BE = r"(?:ar|e|a)"
ADVERB = r"(?:typ |bara |redan |nu |only |just |like |about |ca |cirka |ungefar |literally |litterally |lit |bokstavligen |ocksa |med |also |too )?"

# a few years, ahead ("om två år", "in three years") or gone by ("för fyra år sen")
_FEW_YEARS = {"ett": 1, "en": 1, "one": 1, "tva": 2, "two": 2, "tre": 3, "three": 3, "fyra": 4, "four": 4, "fem": 5, "five": 5,
              **{str(n): n for n in range(1, 10)}}

# words after which "när jag är 18" speaks of the future, not of now
_CONDITIONAL_BEFORE = re.compile(r"\b(?:nar|om|tills|innan|forran|when|until|if|once|till)\s*$")
# ... but a question whether something is allowed at the writer's age speaks of now: "is that legal when im 17",
# "får de göra så när jag är 15"
_ASKS_IF_ALLOWED = re.compile(r"\b(?:legal|allowed|ok|okay|lagligt|tillatet|okej|far (?:de|dom|han|hon|man)(?: \w+){0,4})\s+(?:when|nar)\s*$"
                              # stop 17: what the writer may do at her age, "can i take the bus to a shelter if im 15?"
                              r"|\b(?:can|may|could|kan|far) (?:i|jag)(?: \w+){0,8}\s+(?:if|om)\s*$")
# a person other than the writer as the subject of the clause
_THIRD_PERSON = re.compile(
    r"^(?:hon|han|hen|den|det|de|dom|som|she|he|it|they|who|that|hans|hennes|his|her|their|"
    r"syster\w*|syrr\w*|bror\w*|lillasyster\w*|lillebror\w*|storasyster\w*|storebror\w*|kusin\w*|"
    r"kompis\w*|van|vannen|vaninna\w*|bastis\w*|dotter|dottern|son|sonen|barn\w*|mamma\w*|pappa\w*|"
    r"mor|far|morsan|farsan|flickvan\w*|pojkvan\w*|sister\w*|brother\w*|cousin\w*|friend\w*|"
    r"daughter\w*|sons?|mom|mum|mother|dad|father|girlfriend|boyfriend|kid|child|s)$"
)
_WRITER = re.compile(r"^(?:jag|ja|jg|i|im|iam)$")
# words right before "15 år" that make it a duration, a point in time or somebody else's
_NOT_AGE_BEFORE = frozenset({
    "i", "for", "pa", "om", "under", "efter", "sedan", "sen", "in", "over", "nastan", "kl",
    "klockan", "har", "bott", "varit", "levt", "jobbat", "gift", "var", "was", "blev", "fyllde",
    "turned", "mina", "mitt", "min", "dessa", "de", "alla", "forsta", "sista", "senaste", "nara",
    # a level, a chapter or a bus, where "är" folds like "år": "bana 9 är omöjlig"
    "bana", "banan", "level", "niva", "nivan", "kapitel", "chapter", "sida", "page", "avsnitt", "episode",
    "sasong", "season", "nummer", "nr", "linje", "buss", "bussen", "bus", "rum", "room",
})
# hedges between "om" and "fem år": "om typ fem år" (in about five years)
_HEDGES = frozenset({"typ", "ca", "cirka", "ungefar", "bara", "knappt", "nastan", "about", "like", "around", "only"})
_POSSESSIVES = frozenset({"my", "min", "mitt", "mina", "her", "his", "their", "our", "hennes", "hans",
                         "deras", "var", "vara", "your", "din", "ditt"})
_ARTICLES = frozenset({"a", "an", "en", "ett"})
# a person the writer is given to: "med en 40 åring", "to a 30 year old"
_WITH_WHOM = frozenset({"med", "with", "to", "till", "av", "by", "for"})
# somebody unnamed the writer is given to: "med nån typ 30", "to some guy like 30"
_SOMEONE = frozenset({"nan", "nagon", "nagan", "some", "someone", "somebody", "kille", "snubbe", "gubbe", "guy", "man", "dude"})
_NOT_AGE_AFTER = re.compile(
    r"^(?:sedan|sen|ago|kvar|till|tidigare|senare|fangelse|i fangelse|yngre|aldre|mellan|har|"
    r"older|younger|in prison)\b"
)

ONLY_AGE = re.compile(rf"^(?:(?:jag|ja) {BE} |i m |im |i am |age |alder )?{NUM}{AGE_WORD}$")
# a message that opens with the writer's age and goes on: "sixteen and mum says …", "15 och rädd"
OPENING_AGE = re.compile(rf"^{NUM}(?: ?(?:ar|years? old|yo|y o))? (?:and|och|o|a|n|&) ")
GRADES = {"ettan": 1, "tvaan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6, "sjuan": 7,
          "attan": 8, "nian": 9}
_ORDINAL_GRADES = {"forsta": 1, "andra": 2, "tredje": 3, "fjarde": 4, "femte": 5, "sjatte": 6, "sjunde": 7, "attonde": 8, "nionde": 9}
GYMNASIUM_ORDINALS = {"forsta": 1, "andra": 2, "tredje": 3, "sista": 3, "1": 1, "2": 2, "3": 3, "first": 1, "second": 2, "third": 3}
_GRADE = "|".join(GRADES)
_GYM = r"(?:gymnasiet|gymnasie\w*|gymmet|gymnasium)"
# clause breaks (an aside in brackets too: "(är 17)"); "." and "," only before a space, so
# "15.30" and "16 y.o." stay whole
_CLAUSE_BREAK = re.compile(r"[!?;()\n]+|[.,]+(?=\s|$)")


@dataclass(frozen=True)
class AgeRule:
    """One way of stating an age: a pattern, how to read the age, and whose age it may be."""

    pattern: Pattern[str]
    read: Callable[["re.Match[str]"], Optional[int]]
    check_subject: bool = True
    check_duration: bool = False
    # a clause that is only an age belongs to the person named just before it
    check_previous: bool = False


def _number(match: "re.Match[str]") -> Optional[int]:
    """The number in group `n`, in digits or words."""
    token = match.group("n")
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token)


def _grade(match: "re.Match[str]") -> Optional[int]:
    """Age from a school grade: 'åttan' (year 8) → 14, 'ettan på gymnasiet' → 16."""
    token = match.group("grade")
    grade = GRADES.get(token) or int(token[0])
    return grade + (15 if match.group("gym") else 6)


def _gymnasium_year(match: "re.Match[str]") -> Optional[int]:
    """Age from a gymnasium year: 'första året' → 16, 'år 2' → 17."""
    return 15 + GYMNASIUM_ORDINALS[match.group("year")]


def _school_year(match: "re.Match[str]") -> Optional[int]:
    """Age from 'årskurs 8' or '8th grade': year + 6."""
    return int(match.group("year")) + 6


AGE_RULES = (
    # "jag är 18 i morgon", "I'm 16 on Friday": one year younger today
    AgeRule(re.compile(rf"\b{SELF} (?:{BE} |blir |turn |m turning )?{NUM} (?:i morgon|imorgon|imorrn|tomorrow|pa \w+dag|on \w+day|nasta vecka|next week)\b"),
            lambda m: (_number(m) or 0) - 1, False),
    # "jag är 15", "ja e typ 15 år", "I'm 16", "I am sixteen years old"
    AgeRule(re.compile(rf"\b{SELF} (?:{BE} )?{ADVERB}{NUM}{NOT_A_UNIT}"), _number, False),
    # inverted Swedish: "nu är jag 15", "idag är jag 17"
    AgeRule(re.compile(rf"\b{BE} (?:jag|ja) {ADVERB}{NUM}{NOT_A_UNIT}"), _number, False),
    # "my age is 15", "min ålder är 15", "age: 15"
    AgeRule(re.compile(rf"\b(?:my age|min alder|alder|age|aged) (?:is |ar |e )?{NUM}{NOT_A_UNIT}"),
            _number),
    # "15 år gammal", "16 years old", "16yo", "16 y/o", "16 bast", "15-åring"
    AgeRule(re.compile(rf"{NUM} ?(?:ar gammal|ar gammalt|years? old|yrs? old|yo|y o|bast|"
                       rf"aring|arig)\b"), _number),
    # "går i åttan", "går i 8an", "går i ettan på gymnasiet"
    AgeRule(re.compile(rf"\b(?:gar|sitter|pluggar|ar|e) (?:ju |bara |fortfarande |typ |sjalv |ocksa |egentligen )?(?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)\b"
                       rf"(?P<gym> pa {_GYM})?"), _grade),
    # "vi går båda i åttan", "min bästis och jag går båda i åttan": the writer is in that year too
    AgeRule(re.compile(rf"\b(?:vi|(?:min |mitt |mina )?\w+ (?:och|o) jag) (?:gar|ar|e) (?:bada |alla |ju )?(?:i samma klass )?(?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> pa {_GYM})?"),
            _grade, False),
    # stop 18: inverted, "nu går jag i åttan", "sen dess går jag i nian"
    AgeRule(re.compile(rf"\b(?:gar|ar|e) (?:jag|ja) (?:ju |nu |typ )?(?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> pa {_GYM})?"), _grade, False),
    # stop 18: "min bästa vän går i nian med mig": the writer is in that year too
    AgeRule(re.compile(rf"\b(?:gar|ar|e) (?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)(?P<gym> pa {_GYM})? med mig\b"), _grade, False),
    # "gick i nian förra året, nu i ettan på gymnasiet": the year now
    AgeRule(re.compile(rf"\bnu (?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> pa {_GYM})?"), _grade, False),
    # stop 19: the Swedish school year in English: "i'm in nian if that matters", "i'm in ettan on gymnasiet btw"
    AgeRule(re.compile(rf"\b(?:i m|im|i am) (?:in|i) (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> (?:pa|on|at|in) {_GYM})?"), _grade, False),
    # "när jag fyller 18 om ett år", "when I turn 18 in three years": that many years younger now
    AgeRule(re.compile(rf"\b(?:jag |ja |i )?(?:fyller|turn|turning) {NUM} (?:om ett ar|nasta ar|next year|in a year)\b"),
            lambda m: (_number(m) or 0) - 1),
    AgeRule(re.compile(rf"\b(?:jag |ja |i )?(?:fyller|turn|turning) {NUM} (?:om|in) (?P<k>tva|tre|fyra|two|three|four|[2-4]) (?:ar|years)\b"),
            lambda m: (_number(m) or 0) - _FEW_YEARS[m.group("k")]),
    # "jag heter S och är 13"
    AgeRule(re.compile(rf"\b(?:jag heter|my name is|i m called) \w+ (?:och|o|and) (?:ar|e|i m|im|i am) {ADVERB}{NUM}{NOT_A_UNIT}"), _number, False),
    # a clause that opens with the school year: "ettan på gymnasiet. mina kusiner …", "nian här"
    AgeRule(re.compile(rf"^(?P<grade>{_GRADE}|[1-9] ?an)(?P<gym> pa {_GYM})?(?: har| here)?$"),
            _grade, False),
    # stop 18: "ettan gy" (the gymnasium abbreviated), "ettan på gymnasiet och min pappa har …"
    AgeRule(re.compile(rf"^(?P<grade>ettan|tvaan|trean|[1-3] ?an) (?P<gym>(?:pa )?gy)$"), _grade, False),
    AgeRule(re.compile(rf"^(?P<grade>{_GRADE}|[1-9] ?an)(?P<gym> pa {_GYM}) (?:och|o|men)\b"), _grade, False),
    # "går första året på gymnasiet", "gymnasiet år 2", "år 2 på gymnasiet"
    AgeRule(re.compile(rf"\b(?P<year>forsta|andra|tredje|sista) aret pa {_GYM}"), _gymnasium_year),
    AgeRule(re.compile(rf"\b{_GYM} (?:ar|ak|arskurs) (?P<year>[123])\b"), _gymnasium_year),
    AgeRule(re.compile(rf"\b(?:ar|ak|arskurs) (?P<year>[123]) pa {_GYM}"), _gymnasium_year),
    # stop 17: "1a på gymnasiet", "I'm in my first year of gymnasiet"
    AgeRule(re.compile(rf"\b(?P<year>[123]) ?a pa {_GYM}"), _gymnasium_year),
    AgeRule(re.compile(rf"\b(?:in (?:my|the) )?(?P<year>first|second|third) year (?:of|at|in) {_GYM}"), _gymnasium_year),
    # stop 17: "jag har inte ens fyllt 16", "not even 16 yet": one year younger
    AgeRule(re.compile(rf"\b(?:jag |ja )?(?:har|ar) (?:inte|int) (?:ens |an |annu )?fyllt {NUM}{NOT_A_UNIT}"), lambda m: (_number(m) or 0) - 1, False),
    AgeRule(re.compile(rf"\b(?:i m|im|i am) not (?:even )?{NUM} yet\b"), lambda m: (_number(m) or 0) - 1, False),
    # "går i årskurs 8", "i'm in 8th grade", "year 9"
    AgeRule(re.compile(r"\b(?:gar i |in )?(?:min |my )?(?:ak|arskurs|klass|grade|year|yr) (?P<year>[1-9])[a-f]?\b"),
            _school_year),
    AgeRule(re.compile(r"\b(?P<year>[1-9]) ?(?:th|rd|nd|st|e|de|onde) (?:grade|grader|klass)\b"),
            _school_year),
    # "i won't see my 16th birthday", "min 16:e födelsedag är nästa vecka": one year younger now
    AgeRule(re.compile(r"\b(?:my|min) (?P<n>1\d) ?(?:th|e)? (?:birthday|fodelsedag)\b(?! (?:was|var)\b)(?!.*\b(?:yesterday|igar|last (?:week|month))\b)"),
            lambda m: int(m.group("n")) - 1, False),
    # "10th grade", "11th grade" (US, year + 6); "I'm in year 10" (a UK year, year + 5)
    AgeRule(re.compile(r"\b(?P<year>1[0-2]) ?(?:th) grader?\b"), _school_year),
    AgeRule(re.compile(r"\b(?:in )?(?:my )?year (?P<year>1[0-3])\b(?! (?:old|olds|years?|ago|sen|sedan))"),
            lambda m: int(m.group("year")) + 5),
    # "I'm in year ten", "in year eleven": a UK year written out
    AgeRule(re.compile(r"\b(?:i m |im |i am )?in (?:my )?year (?P<year>seven|eight|nine|ten|eleven|twelve|thirteen)\b"),
            lambda m: {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}[m.group("year")] + 5),
    # "tjej 16", "kille 15 här", "girl, 14" at the start of a clause
    AgeRule(re.compile(rf"^(?:jag ar |ja e |im |i m |i am )?(?:en )?(?:tjej|kille|flicka|pojke|girl|boy|guy|"
                       rf"female|male|hen) (?:pa |of |aged )?{NUM}{NOT_A_UNIT}"), _number, False),
    # "16f", "22 F", "f16" (age and sex, as in forum posts), at the start of a clause
    AgeRule(re.compile(r"^(?P<n>1\d|[2-9]\d) ?(?:f|m|tjej|kille|girl|boy|guy)\b|^(?:f|m) ?(?P<n2>1\d|[2-9]\d)\b"),
            lambda m: int(m.group("n") or m.group("n2")), False),
    # a clause that is only an age: "…, 17, och …", "… blir det värre. är 14", "16 år."
    AgeRule(re.compile(rf"^(?:(?:jag |ja )?(?:ar|e) |im |i m |i am |age |alder )?{NUM}"
                       rf"(?: ?(?:ar gammal|ar|years? old|years?|yrs|yo|y o|bast))?(?: btw| typ| ba| bara| har| here)?$"),
            _number, False, check_previous=True),
    # "jag fyller 16 i maj", "I'm turning 16 soon": one year younger now ("när jag fyller 18"
    # is a condition, not an age: the conditional check drops it)
    AgeRule(re.compile(rf"\b(?:jag|ja|i|i m|im|i am) (?:fyller|turn|turning) {NUM}{NOT_A_UNIT}"),
            lambda m: (_number(m) or 0) - 1, False),
    # "jag fyllde 13 i förrgår", "I just turned 16"
    AgeRule(re.compile(rf"\b(?:jag|ja|i) (?:just )?(?:fyllde|turned) {NUM}{NOT_A_UNIT}"),
            _number, False),
    # the subject left out at the start of a clause: "… dom får inte veta. fyllde 14 i augusti"
    AgeRule(re.compile(rf"^(?:just |nyss )?(?:fyllde|turned) {NUM}{NOT_A_UNIT}"), _number, False),
    # "jag har precis fyllt 16", "har fyllt 15" (a clause's start), "I've just turned 16"
    AgeRule(re.compile(rf"(?:\b(?:jag|ja) |^)har (?:precis |nyss |just )?fyllt {NUM}{NOT_A_UNIT}"), _number, False),
    AgeRule(re.compile(rf"\b(?:i ve|ive|i have) (?:just )?turned {NUM}{NOT_A_UNIT}"), _number, False),
    # "ska fylla 17 i december", "turning 16 next month" at a clause's start: one year younger now
    AgeRule(re.compile(rf"(?:\b(?:jag )?(?:ska|kommer att|kommer) fylla|^turning) {NUM}{NOT_A_UNIT}"), lambda m: (_number(m) or 0) - 1, False),
    # "fyller 17 i augusti" at a clause's start: one year younger now
    AgeRule(re.compile(rf"^(?:ska |jag ska )?fyller {NUM}{NOT_A_UNIT}"), lambda m: (_number(m) or 0) - 1, False),
    # "är kille 17", "tjej 15 här": the writer's sex, then the age
    AgeRule(re.compile(rf"(?:\b(?:jag )?(?:ar|e) |^)(?:en )?(?:kille|tjej|girl|boy) {NUM}{NOT_A_UNIT}"), _number, False),
    # "fjortis btw": a fourteen-year-old, in slang
    AgeRule(re.compile(r"(?:^|\b(?:jag ar|jag e|ja e) )(?:en )?fjortis\b"), lambda m: 14, False),
    # "är 16 nu och …", "e 17 nu" at the start of a clause
    AgeRule(re.compile(rf"^(?:men |och |o |but )?(?:ar|e) {NUM}(?: ar)? nu\b"), _number, False),
    # Swedish without "jag": "är 17 och …", "hej hej, e 14", "och är 15", "är ju bara 16"
    AgeRule(re.compile(rf"^(?:(?:ja|hej|hejsan|tja|tjena|men|och|o|assa|alltsa|typ|btw|ok|okej|haha|lol|"
                       rf"sorry|forlat|sa|nej) )*(?:ar|e) {ADVERB}{NUM}{NOT_A_UNIT}"), _number, False),
    AgeRule(re.compile(rf"\b(?:och|o) (?:ar|e) {ADVERB}{NUM}{NOT_A_UNIT}"), _number),
    AgeRule(re.compile(rf"\b(?:ar|e) (?:ju )?(?:bara|endast) {NUM}{NOT_A_UNIT}"), _number),
    # the age as an aside at the end: "… e 15 btw", "16 if that matters", "går i nian om ni undrar"
    AgeRule(re.compile(rf"\b(?:(?:ar|e|i m|im|i am) )?{NUM}(?: ?(?:ar|years? old|yo))? (?:btw|fyi|if that "
                       rf"matters|if it matters|om ni undrar|om det spelar (?:nan )?roll)\b"), _number),
    # "vi är båda 14", "we're both 15": the writer is one of them
    AgeRule(re.compile(rf"\b(?:vi (?:ar|e)|we re|were|we are) (?:bada|both|alla|all) {NUM}{NOT_A_UNIT}"),
            _number, False),
    # "vi e 14 båda", "vi e 16" at the end of a clause: the writer is one of them
    AgeRule(re.compile(rf"\b(?:vi (?:ar|e)|we re|were|we are) (?:bara |ju |typ |only |just )?{NUM}(?: ar)?(?: (?:bada|bagge|both|alla|all|allihop)(?: (?:tva|two|of us))?)?(?:$| and i\b| och jag\b| o jag\b| (?:and|och|o) (?:alone|home alone|ensamma|sjalva|scared|radda)\b)"),
            _number, False),
    # "jag är gay och 16", "i'm bi and 15": a word about the writer, then the age at the clause's end
    AgeRule(re.compile(rf"\b(?:jag (?:ar|e)|ja e|i m|im|i am) (?!inte |not )\w+(?: \w+)? (?:och|o|and) {NUM}(?: ?(?:ar|years? old|yo))?(?: nu| now)?(?:$| (?:and|och|o|men|but)\b)"),
            _number, False),
    # stop 18: "jag är snart 14", "I'm almost 14": one year younger now
    AgeRule(re.compile(rf"\b(?:jag (?:ar|e)|ja e|i m|im|i am) (?:snart|nastan|almost|nearly) {NUM}{NOT_A_UNIT}"), lambda m: (_number(m) or 0) - 1, False),
    # stop 20: "sixteen going on seventeen"
    AgeRule(re.compile(rf"\b{NUM} going on (?:\d{{2}}|\w+teen)\b"), _number, False),
    # stop 20: the message opens with it, "snart 15 och dom har bokat flyg …", "almost 14 and …"
    AgeRule(re.compile(rf"^(?:snart|nastan|almost|nearly) {NUM} (?:och|o|and)\b"), lambda m: (_number(m) or 0) - 1, False),
    # stop 15: "16 snart" at a clause's end or alone, "blir 16 snart": one year younger now
    AgeRule(re.compile(rf"(?:^(?:blir |fyller |ar |e )?|\b(?:jag|ja) (?:blir|fyller) ){NUM} snart$"), lambda m: (_number(m) or 0) - 1, False),
    # "om två år när jag är 18": that many years younger now
    AgeRule(re.compile(rf"\bom (?P<k>ett|tva|tre|fyra|[1-4]) ar (?:nar|da) (?:jag|ja) (?:ar|e|blir|fyller) {NUM}"),
            lambda m: (_number(m) or 0) - (_FEW_YEARS.get(m.group("k")) or 1), False),
    # "jag går ettan på gymnasiet", "går nian": the school year without "i"
    AgeRule(re.compile(rf"\b(?:jag |ja )?gar (?P<grade>{_GRADE})\b(?P<gym> pa {_GYM})?"), _grade, False),
    # "jag vill ju gå klart nian": the school year she is in
    AgeRule(re.compile(rf"\b(?:ga|gar) klart (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> pa {_GYM})?"), _grade, False),
    # "jag gick i 7an förra året": a year higher now
    AgeRule(re.compile(rf"\b(?:jag |ja )?gick (?:i|pa) (?P<grade>{_GRADE}|[1-9] ?an)\b(?P<gym> pa {_GYM})? (?:forra aret|i fjol|ifjol|last year)"),
            lambda m: (_grade(m) or 0) + 1, False),
    # stop 16: "jag är hennes lillebror 12 år": the writer named by kin, the age in the same clause
    AgeRule(re.compile(rf"\b(?:jag (?:ar|e)|ja e|i m|im|i am) (?:hennes|hans|deras|her|his|their) (?:\w+ )?"
                       rf"(?:lillebror|storebror|bror|brorsa|syster|lillasyster|storasyster|syrra|kusin|brother|sister|cousin)\w* {NUM}(?: ?ar| years old)?\b"), _number),
    # stop 16: "går i femte klass", "går ju i nian", "går bara i åttan"
    AgeRule(re.compile(r"\b(?:jag |ja )?(?:gar|ga) i (?P<ord>forsta|andra|tredje|fjarde|femte|sjatte|sjunde|attonde|nionde) klass\b"),
            lambda m: _ORDINAL_GRADES[m.group("ord")] + 6, False),
    # stop 16: "17 nu så snart", "om man är 15 som jag"
    AgeRule(re.compile(rf"^{NUM} nu\b"), _number, False),
    AgeRule(re.compile(rf"\bom man (?:ar|e) {NUM} som jag\b"), _number, False),
    # stop 16: "my cousin and I are both 15": the writer is one of them
    AgeRule(re.compile(rf"\b(?:and i|och jag|o jag) (?:are|ar|e) (?:both|bada|bagge) {NUM}{NOT_A_UNIT}"), _number, False),
    # "femtonåring här", "är en 16-åring"
    AgeRule(re.compile(rf"\b(?P<n>{_WORDS})aring\b"), lambda match: NUMBER_WORDS.get(match.group("n"))),
    # "vi e två 15-åringar": the writer is one of them
    AgeRule(re.compile(rf"\b(?:vi (?:ar|e)|we re|we are) (?:tva|tre|bada|two|three|both) {NUM} ?(?:aringar|year olds)\b"), _number, False),
    # "she's 14 like me", "hon är 15 som jag", "she's 14 the same as me": the writer is that age too
    AgeRule(re.compile(rf"\b(?:she s|shes|he s|hes|she is|he is|hon (?:ar|e)|han (?:ar|e)) (?:only |just |bara )?{NUM}(?: ar| years old)? "
                       rf"(?:like me|too like me|som jag|precis som jag|också som jag|(?:the )?same as me|samma som (?:jag|mig)|"
                       rf"lika gammal som (?:jag|mig)|(?:o|och|and) jag (?:ocksa|med)|(?:o|och) det (?:ar|e) jag (?:med|ocksa)|and me too|and so am i)\b"), _number),
    # a bare "15 år" at the start of a clause: "15 år, bor i Malmö", "är 15 år"
    AgeRule(re.compile(rf"{NUM} ?ar\b"), _number, True, True),
)


def _valid(age: Optional[int]) -> Optional[int]:
    """The age if it is within 5–99, else None."""
    return age if age is not None and MIN_AGE <= age <= MAX_AGE else None


def _clauses(text: str) -> Iterator[str]:
    """The folded clauses of a message (split at . ! ? ; , and new lines)."""
    for clause in _CLAUSE_BREAK.split(text):
        folded = fold(clause)
        if folded:
            yield folded


def _subject_is_writer(before: str) -> bool:
    """Whether the nearest subject before the age is the writer (or nobody else)."""
    for word in reversed(before.split()[-6:]):
        if _WRITER.match(word):
            return True
        if _THIRD_PERSON.match(word):
            return False
    return True


def _is_duration(before: str, after: str) -> bool:
    """Whether a bare 'N år' is a duration or point in time ('i 15 år', '15 år sedan')."""
    words = before.split()
    return bool((words and words[-1] in _NOT_AGE_BEFORE) or _NOT_AGE_AFTER.match(after)
                or (len(words) >= 2 and words[-1] in _HEDGES and words[-2] in _NOT_AGE_BEFORE))


def _accepts(rule: AgeRule, clause: str, match: "re.Match[str]") -> bool:
    """Whether a match of `rule` states the writer's own present age."""
    before, after = clause[: match.start()], clause[match.end():].strip()
    if _CONDITIONAL_BEFORE.search(before) and not rule.check_subject and not _ASKS_IF_ALLOWED.search(before):
        return False
    if rule.check_duration and _is_duration(before, after):
        return False
    words = before.split()
    if words and words[-1] in _POSSESSIVES:
        return False  # "my 9 year old cousin", "min 12-åriga syster"
    if words and words[-1] in _ARTICLES and len(words) >= 2 and words[-2] in _WITH_WHOM:
        return False  # "gifta mig med en 40 åring", "married to a 30 year old"
    unhedged = [word for word in words if word not in _HEDGES]
    if len(unhedged) >= 2 and unhedged[-1] in _SOMEONE and unhedged[-2] in ("med", "with", "to", "till") \
            and match.group(0)[:1].isdigit():
        return False  # "förlova mig med nån typ 30 år gammal", "to some guy like 30" (stop 16)
    if words and words[-1] in _ARTICLES and not any(_WRITER.match(word) for word in words) and not (
            len(words) >= 2 and words[-2] in ("ar", "e") and not any(_THIRD_PERSON.match(w) for w in words)):
        # "a 14 year old pupil", "en 15-årig flicka" (but "I'm a 14 year old girl", "är en 16-åring")
        return False
    return not rule.check_subject or _subject_is_writer(before)


_PRONOUNS = frozenset({"det", "den", "de", "dom", "it", "that", "s", "som", "who"})


# people a professional writes about: "my client (17)", "one of our girls (16)"
_CLIENT = re.compile(r"^(?:client\w*|klient\w*|elev\w*|pupils?|students?|patient\w*|players?|spelare\w*|"
                     r"girls|boys|tjejer\w*|killar\w*)$")


# the writer named by kin: "jag är hennes lillebror", "i'm her older sister"
_WRITER_AS_KIN = re.compile(r"^(?:jag (?:ar|e)|ja e|i m|im|i am) (?:hennes|hans|deras|her|his|their) (?:\w+ )?\w+$")


def _names_someone_else(previous: str) -> bool:
    """Whether the clause before ends with another person ('min syster, 12', 'my client (17)')."""
    if _WRITER_AS_KIN.match(previous):
        return False  # "jag är hennes lillebror, 14": the writer names herself by kin
    words = previous.split()[-1:]
    return any((_THIRD_PERSON.match(w) and w not in _PRONOUNS) or _CLIENT.match(w) for w in words)


# a clock time cut off by its full stop: "vi ses kl. 17" (stop 18)
_CLOCK_BEFORE = re.compile(r"\b(?:kl|klockan|at)$")


def _age_in_clause(clause: str, previous: str = "") -> Optional[int]:
    """The writer's age stated in one folded clause, if any."""
    for rule in AGE_RULES:
        for match in rule.pattern.finditer(clause):
            age = _valid(rule.read(match))
            if age is None or not _accepts(rule, clause, match):
                continue
            if rule.check_previous and (_names_someone_else(previous) or _CLOCK_BEFORE.search(previous)):
                continue
            return age
    return None


_NOW = re.compile(r"\b(?:nu|now)\b")


# the age as the message's last word, after a sentence or "och": "… inte att jag ska flytta. 14";
# with "e" after a closing emoji: "… mamma gör inget 😭😭 e 10" (stop 19)
_LAST_WORD_AGE = re.compile(r"(?:(?<!\bkl)(?<!\bklockan)[.?!(\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*|\b(?:och|o|and) )(?:(?:e|är|ar) )?(?P<n>1[0-9]|[5-9])(?:\s+(?:nu|now))?\s*\)?\s*$")


# an age back then and the years since: "när jag var 12, det är 4 år sen nu", "when i was 10 … it's been 5 years"
_AGE_THEN_AND_YEARS_SINCE = re.compile(
    rf"\b(?:nar jag var|when i was) (?P<then>\d{{1,2}}|{_WORDS})\b(?: ar| years old)?(?: \w+){{0,8}}? "
    rf"(?:det ar|det e|det var|its|it s|it is|it was|it has been|its been|it s been|sedan dess har det gatt) (?:typ |about |like |nu |now )?(?P<years>\d{{1,2}}|{_WORDS}) (?:ar|years)(?: (?:sen|sedan|ago))?\b")


# the same in the other order: "pappa slog mig för typ 3 år sen när jag var 13" (stop 16)
_YEARS_SINCE_AND_AGE_THEN = re.compile(
    rf"\bfor (?:typ |ca |cirka |ungefar )?(?P<years>\d{{1,2}}|ett|en|tva|tre|fyra|fem|{_WORDS}) ar (?:sen|sedan) (?:nar|da) (?:jag|ja) (?:var|va) (?P<then>\d{{1,2}}|{_WORDS})\b")


# "…, same as me", "…, samma som jag": the writer has the age just said
_SAME_AS_ME = re.compile(r"^(?:(?:the )?same as me|same age as me|samma som (?:jag|mig)|lika gammal som (?:jag|mig)|precis som jag"
                         r"|(?:jag|ja) (?:med|ocksa)|me too|so am i)$")  # "hon är 14, jag med" (stop 18)
_AGE_AT_END = re.compile(rf"\b(?:is|s|ar|e) (?P<n>\d{{1,2}}|{_WORDS})(?: ar| years old)?$")


def _number_of(word: str) -> Optional[int]:
    """A number written in digits or in words (sv or en)."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _years(word: str) -> Optional[int]:
    """A number of years said as a word or in digits: "tre" → 3, "12" → 12."""
    return _FEW_YEARS.get(word) or _number_of(word)


# years left to a birthday named before them, across sentences: "när jag fyller 18, alltså om tre år", "… fyllt 18. det e 5 år kvar"
_YEARS_LEFT_TO = re.compile(
    r"\b(?:jag|ja|i) (?:fyller|fyllt|har fyllt|turn|ve turned|turned) (?P<target>1[6-9]|sexton|sjutton|arton|eighteen|seventeen|sixteen)\b(?: \w+){0,24}? "
    r"(?:(?:alltsa|dvs|that s|thats|so|which is) (?:om|in) (?P<years>\d|ett|tva|tre|fyra|fem|sex|one|two|three|four|five|six) (?:ar|years)\b"
    r"|(?:det (?:e|ar)|it s|its|that s|thats) (?:typ |bara |ca |about |like |only |still )?(?P<years2>\d|ett|tva|tre|fyra|fem|sex|one|two|three|four|five|six) (?:ar|years) (?:kvar|dit|away|left|to go)\b)")


def parse_age(text: str) -> Optional[int]:
    """The writer's own age (5–99) stated in a message, or None."""
    if not isinstance(text, str):
        return None
    text = clip(text)
    folded = fold(text)
    only = ONLY_AGE.match(folded)
    if only:
        return _valid(_number(only)) if only.group("n") != "sex" else None
    opening = OPENING_AGE.match(folded)
    if opening and opening.group("n") != "sex":
        return _valid(_number(opening))
    previous, found = "", []
    for clause in _clauses(text):
        age = _age_in_clause(clause, previous)
        if age is None and _SAME_AS_ME.match(clause):
            # "she's 14, same as me": the age of the clause before is the writer's too
            before = _AGE_AT_END.search(previous)
            age = _valid(_number_of(before.group("n"))) if before else None
        if age is not None:
            found.append((clause, age))
        previous = clause
    if not found:
        # an age counted from another one across sentences: years left to a birthday named before them
        # ("… när jag fyller 18, alltså om tre år", "… fyllt 18. det är tre år kvar" are 15, stop 20) or
        # years since an age then ("min pappa slog mig när jag var 12, det är 4 år sen nu" is 16)
        left = _YEARS_LEFT_TO.search(folded)
        if left:
            target, years = _number_of(left.group("target")), _years(left.group("years") or left.group("years2"))
            if target is not None and years is not None:
                return _valid(target - years)
        since = _AGE_THEN_AND_YEARS_SINCE.search(folded) or _YEARS_SINCE_AND_AGE_THEN.search(folded)
        if since:
            then, years = _number_of(since.group("then")), _years(since.group("years"))
            if then is not None and years is not None:
                return _valid(then + years)
    if found:
        # the present age before an old one: "sen jag fyllde 12, nu är jag 14" is 14
        return next((age for clause, age in found if _NOW.search(clause)), found[0][1])
    # the age as the last word: "… hur kommer man ut? 17", "jag är svensk medborgare o 17", "(17 nu)"
    last = _LAST_WORD_AGE.search(text)
    if last:
        return _valid(int(last.group("n")))
    return None

