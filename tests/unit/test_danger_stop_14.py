"""Stop 14: the kinds of message held-out sets 39-43 missed or raised falsely, each written in other
words than the set's (paraphrases that fail on the detector or age parser before stop 14)."""

import pytest

from safety.age import parse_age
from safety.danger import detect_danger

EMERGENCIES = [
    pytest.param("pappa slår mamma varje dag men idag slår han henne med en stol", "violence_now",
                 id="a daily habit, but today with a chair"),
    pytest.param("my dad hits my mum every day but today he hits her with a chair", "violence_now",
                 id="every day, but today (en)"),
    pytest.param("pappa har slagit mamma, hon ligger på golv nu", "help_now", id="lying on the floor (learner's Swedish)"),
    pytest.param("mina bröder ska köra mig nånstans ikväll och de säger inte vart", "threat_soon",
                 id="driven off somewhere tonight"),
    pytest.param("min farbror sa att imorgon ska han göra klart med henne", "threat_soon", id="'göra klart med' her tomorrow"),
    pytest.param("nikahn är på lördag nu istället för nästa sommar, de flyttade fram den. jag är 16", "married_off_soon",
                 id="a wedding moved to Saturday 'instead of next summer'"),
    pytest.param("stuck in erbil since july, school began ages ago, my uncle won't book my ticket home and has my passport",
                 "taken_abroad_soon", id="not booking the ticket home is no book"),
]
LOOK_ALIKES = [
    pytest.param("han brukar slå mig men idag slog han mig inte", id="a habit, not today"),
    pytest.param("pappa slår mig ofta men idag var det lugnt", id="a habit, calm today"),
    pytest.param("vi flyger till Marocko på lördag och hälsar på morfar, behöver man visum med svenskt pass?",
                 id="a visa question before an ordinary trip"),
    pytest.param("going to pakistan for the first time next week to see my nan, im 14, any tips for the flight?",
                 id="tips for an ordinary trip, a child writing"),
]


@pytest.mark.parametrize("text,category", EMERGENCIES)
def test_emergencies_are_found_with_their_category(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("emergency", category), verdict


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize("text,category", [
    pytest.param("mamma brukar låsa in mig när hon går till jobbet", "control", id="locked in as a habit"),
    pytest.param("de låser in henne efter skolan, min kompis alltså", "control", id="locked in after school"),
])
def test_a_habit_of_locking_in_is_personal_harm(text, category):
    verdict = detect_danger(text)
    assert verdict.level in ("harm", "emergency") and (verdict.level == "emergency" or verdict.category == category), verdict


@pytest.mark.parametrize("text,age", [
    pytest.param("is it even allowed when i'm 16? my parents read all my texts", 16, id="allowed when I'm 16"),
    pytest.param("är det okej när jag är 15 att de tar min lön", 15, id="okej när jag är 15"),
    pytest.param("får de bestämma över mig så när jag är 14?", 14, id="får de … när jag är 14"),
])
def test_an_age_in_a_question_of_what_is_allowed_is_the_present_age(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", ["when i'm 18 i'm moving out", "när jag är 18 flyttar jag", "is it legal to marry when i'm 16"])
def test_an_age_after_when_is_still_the_future(text):
    assert parse_age(text) is None


@pytest.mark.parametrize("text,age", [
    pytest.param("jag är bi och 15, mamma vet inget", 15, id="jag är bi och 15"),
    pytest.param("i'm trans and 16 and my dad found my binder", 16, id="i'm trans and 16 and …"),
])
def test_a_word_about_the_writer_then_the_age_is_the_age(text, age):
    assert parse_age(text) == age
