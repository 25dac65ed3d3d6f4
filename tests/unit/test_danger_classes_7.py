"""Classes added after development set 9: each emergency class with near-misses that must stay calm.

The messages are paraphrases, not the set's own strings: they prove the class, not one message."""
import pytest

from safety.danger import detect_danger


def _level(text: str) -> str:
    return detect_danger(text).level


@pytest.mark.parametrize("text", [
    "they tied me up",
    "my brothers tied me to the bed",
    "de band fast mig i stolen",
    "pappa har bundit fast henne",
])
def test_tied_up_now_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "sorry can't meet, i'm tied up at work",
    "my sister tied my shoelaces together as a joke lol",
    "vi band fast båten vid bryggan",
])
def test_busy_or_tying_things_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "blöder från pannan, brorsan slog mig med en flaska",
    "bleeding from my head, my dad threw a plate at me",
    "jag blöder ur munnen, han sparkade mig",
])
def test_bleeding_from_violence_now_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "jag ramlade av cykeln och blöder från pannan",
    "i fell and i'm bleeding from my lip, what do i put on it",
])
def test_bleeding_from_an_accident_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "vad händer om man hoppar från 8e våningen. jag står på balkongen nu",
    "what happens if you jump from the 5th floor? i'm standing on the balcony",
])
def test_present_balcony_outweighs_a_hypothetical_question(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "vad händer om någon hoppar från 6e våningen?",
    "what happens if someone jumps from the 5th floor, is it always fatal? (for a physics task)",
])
def test_a_real_hypothetical_question_without_a_present_situation_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "is it legal for parents to lock you in your room? asking because i've been in here for 3 days",
    "är det olagligt att låsa in sitt barn? frågar eftersom jag har suttit inlåst i två dagar",
])
def test_a_question_asked_because_of_an_ongoing_own_situation_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "is it illegal for parents to lock you in a room?",
    "är det olagligt att låsa in sitt barn?",
])
def test_a_general_legal_question_about_locking_in_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "idk if this is the right place lol but dad said if i don't break up with him my cousins will 'deal with me' tonight",
    "mamma sa att om jag inte slutar träffa henne så kommer mina bröder ta hand om mig i helgen",
    "if i don't come home straight after school my uncles will deal with me today",
])
def test_a_veiled_threat_with_a_near_date_is_an_emergency_even_with_lol(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "my brother said he'll deal with the dishes tonight lol",
    "mormor ska ta hand om mig i helgen när mamma jobbar",
    "if i don't finish my homework my mum will deal with me lol, she's so strict about grades",
    "my sister will kill me if she sees i borrowed her jacket lol",
])
def test_jokes_and_care_about_others_are_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "His family says that if I don't go through with the nikah on Sunday something will happen to my sister.",
    "de säger att om jag inte gifter mig på lördag så kommer något att hända med min mamma",
])
def test_a_threat_to_a_relative_to_force_a_near_wedding_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "my cousin's wedding is on saturday and i hope nothing bad happens to my mum's cake",
    "in the film the groom says something will happen to her family if she won't marry him",
])
def test_wedding_talk_without_a_threat_to_the_writer_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "I'm currently in Somalia, they brought me here in june and now they say I'm staying. They have my passport.",
    "sitter i irak sen 2 månader, dom har mitt pass och säger att jag ska gifta mig här",
])
def test_held_abroad_now_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "we're going to iraq in the summer to visit grandma, so excited",
    "i was in pakistan for 3 weeks last summer, it was fun",
])
def test_a_holiday_or_a_past_stay_abroad_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "i've been thinking about ending it for months and today i have a plan",
    "har tänkt på att avsluta allt länge men ikväll har jag en plan",
])
def test_suicidal_thoughts_with_a_plan_dated_now_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "i'm thinking about ending it with my boyfriend, any advice?",
    "we have a plan for the weekend, going to the cinema tonight",
])
def test_breaking_up_or_ordinary_plans_are_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "imorgon kommer tanten som ska göra det på mig och min syster",
    "tomorrow the woman who will do it to me and my cousins comes to our house",
])
def test_the_woman_who_will_do_it_tomorrow_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "de har tagit min mobil, skriver från en kompis. bröllopet är på fredag och jag vill inte",
    "they took my phone, writing from a friend's. the wedding is on sunday and i don't want to",
])
def test_own_wedding_within_days_after_mentioning_a_friend_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "min kompis bröllop är på lördag och jag vill inte gå, vad ska jag säga",
])
def test_a_friends_wedding_the_writer_does_not_want_to_attend_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "I ran away yesterday. My brother wrote in the family chat that whoever finds me should bring me to him.",
    "jag har rymt och pappa skrev att vem som än hittar mig ska ta hem mig",
    "can you call the police for me, i can't talk, he'll hear",
])
def test_a_bounty_after_fleeing_or_a_listener_near_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "the news says whoever finds the lost dog gets a reward",
    "i can't talk right now, i'm at the cinema",
])
def test_news_or_an_ordinary_busy_is_no_emergency(text):
    assert _level(text) != "emergency"


@pytest.mark.parametrize("text", [
    "my dad has been hitting my brother for the last 15 min, he's crying",
    "he has been beating her for the past 10 minutes and i'm alone with them",
])
def test_violence_going_on_for_the_last_minutes_is_an_emergency(text):
    assert _level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "my coach had us running for the last 20 min, i'm dead lol",
    "he used to hit her when we were little",
])
def test_sport_or_past_violence_is_no_emergency(text):
    assert _level(text) != "emergency"
