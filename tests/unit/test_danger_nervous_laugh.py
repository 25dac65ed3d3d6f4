"""A nervous laugh before the real thing does not make danger a joke; a laugh at the danger does."""
import pytest

from safety.danger import detect_danger

NERVOUS_THEN_DANGER = [
    "lol this is probably nothing but my brother said he's going to kill me tonight when he gets home",
    "haha ok this sounds so dramatic but my parents have locked me in and took my phone",
    "haha okej det här låter dramatiskt men mina föräldrar har låst ytterdörren och tagit min mobil",
    "haha jag är säkert bara dramatisk men jag har gömt mig i skogen för att pappa kör runt och letar efter mig",
    "lol vet inte varför jag skriver men brorsan sa att han ska döda mig ikväll",
    "xd sorry this is weird but my dad is outside my door with a knife",
    "sorry if i'm in the wrong chat lol but my brothers have locked me in and took my phone",
    "förlåt om det är fel ställe haha men pappa har låst in mig och tagit mobilen",
    "brorsan står utanför dörren och skriker att han ska slå ihjäl mig lol vet inte vad jag ska göra",
    "my cousin said he will kill me tonight haha idk if i should take it seriously",
]

LAUGHING_AT_IT = [
    "ha ha min syster kommer döda mig för att jag tog hennes tröja",
    "haha men seriöst min mamma kommer döda mig om jag glömmer mjölken",
    "lol min bror kommer döda mig men det är lugnt han skojar alltid",
    "my brother chased me around the house with a water gun lol",
    "haha my mum is going to kill me, i forgot her birthday cake lol",
    "min mamma kommer döda mig lol jag glömde mjölken, vad ska jag göra",
]


@pytest.mark.parametrize("text", NERVOUS_THEN_DANGER)
def test_a_laugh_and_a_but_before_the_danger_leave_it_an_emergency(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", LAUGHING_AT_IT)
def test_a_laugh_at_the_danger_itself_keeps_it_a_joke(text):
    assert detect_danger(text).level != "emergency"
