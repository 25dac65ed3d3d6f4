"""SafetySignals (inside the Rasa server): the detector outranks the classifier."""
import pytest
from rasa.shared.nlu.training_data.message import Message

from nlu_components.safety_signals import SafetySignals
from safety.danger import detect_danger


def classified(text: str, intent: str, confidence: float = 0.9, ranking=None) -> Message:
    """A message as the classifier left it."""
    ranking = ranking or [{"name": intent, "confidence": confidence}]
    return Message(data={
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": ranking,
        "entities": [],
    })


def run(message: Message) -> Message:
    return SafetySignals().process([message])[0]


def entity(message: Message, name: str):
    return next((e["value"] for e in message.get("entities") if e["entity"] == name), None)


@pytest.mark.parametrize("classifier_intent", ["greet", "nlu_fallback", "out_of_scope", "request_human"])
def test_danger_now_becomes_emergency_whatever_the_classifier_said(classifier_intent):
    message = run(classified("hjälp han slår mig just nu", classifier_intent, 0.99))
    assert message.get("intent") == {"name": "emergency", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "emergency"
    assert entity(message, "danger")


def test_classifier_emergency_in_a_film_context_is_demoted():
    ranking = [{"name": "emergency", "confidence": 0.7}, {"name": "out_of_scope", "confidence": 0.2}]
    message = run(classified("i filmen hotade pappan att döda henne", "emergency", 0.7, ranking))
    assert message.get("intent")["name"] == "out_of_scope"
    assert entity(message, "danger") is None


WEAK_EMERGENCY = 0.3  # a second opinion below LEANING_EMERGENCY


def weak_emergency_under(text: str, intent: str) -> Message:
    """The classifier puts other intents first and gives emergency a weak second opinion."""
    ranking = [{"name": intent, "confidence": 0.5}, {"name": "ask_control", "confidence": 0.32},
               {"name": "emergency", "confidence": WEAK_EMERGENCY}]
    return classified(text, intent, 0.5, ranking)


@pytest.mark.parametrize("text", ["hej en fråga bara, om man hör nån skrika i rummet bredvid, det är mina föräldrar",
                                  "quick q, is it legal to marry off a 15 year old? it's happening sunday"])
def test_emergency_as_the_classifiers_best_guess_under_the_fallback_threshold_stands(text):
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "emergency", "confidence": 0.33},
               {"name": "ask_child_marriage", "confidence": 0.2}]
    message = run(classified(text, "nlu_fallback", 0.4, ranking))
    assert message.get("intent")["name"] == "emergency"


def test_a_weak_emergency_opinion_on_a_personal_control_becomes_the_control_topic():
    message = run(weak_emergency_under("farsan låter mig inte gå på simning", "nlu_fallback"))
    assert message.get("intent")["name"] == "ask_control"
    assert entity(message, "harm") == "control"


@pytest.mark.parametrize("text, intent", [
    ("tack så mycket det hjälpte", "thank"),
    ("imorgon ska jag krossa kemiprovet", "out_of_scope"),
    ("min bror slog mig i tennis igen, han är så bra", "out_of_scope"),
])
def test_a_weak_emergency_opinion_without_a_personal_danger_keeps_the_classifiers_intent(text, intent):
    message = run(weak_emergency_under(text, intent))
    assert message.get("intent")["name"] == intent


@pytest.mark.parametrize("text", [
    "jag tror inte jag ser morgondagen",
    "they said this is my last night here",
    "mamma sa att jag skulle säga hejdå till mitt rum ordentligt",
])
@pytest.mark.parametrize("intent, confidence", [("emergency", 0.5), ("nlu_fallback", 0.45)])
def test_a_classifier_leaning_to_emergency_stands_on_a_personal_message_without_a_danger_word(
        text, intent, confidence):
    assert detect_danger(text).level != "emergency"  # the detector has no phrase for it
    ranking = [{"name": intent, "confidence": confidence}, {"name": "emergency", "confidence": 0.41}]
    if intent == "emergency":
        ranking = [{"name": "emergency", "confidence": confidence}, {"name": "out_of_scope", "confidence": 0.2}]
    message = run(classified(text, intent, confidence, ranking))
    assert message.get("intent")["name"] == "emergency"
    assert entity(message, "danger") == "classifier"


@pytest.mark.parametrize("text", [
    "brorsan och hans vänner står nere vid entrén och tittar upp mot mitt fönster",
    "my uncle keeps driving past my new flat and today he stopped and waved",
])
def test_a_confident_classifier_emergency_on_a_personal_message_stands_without_a_danger_word(text):
    assert detect_danger(text).level != "emergency"  # the detector has no phrase for it
    ranking = [{"name": "emergency", "confidence": 0.95}, {"name": "out_of_scope", "confidence": 0.03}]
    message = run(classified(text, "emergency", 0.95, ranking))
    assert message.get("intent")["name"] == "emergency"


def test_a_confident_classifier_emergency_on_a_film_is_still_demoted():
    ranking = [{"name": "emergency", "confidence": 0.97}, {"name": "out_of_scope", "confidence": 0.02}]
    message = run(classified("i filmen står han utanför hennes fönster varje natt", "emergency", 0.97, ranking))
    assert message.get("intent")["name"] == "out_of_scope"


def test_classifier_only_emergency_is_kept_and_marked():
    message = run(classified("jag är så rädd vad ska jag göra", "emergency", 0.8))
    assert message.get("intent")["name"] == "emergency"
    assert entity(message, "danger") == "classifier"


def test_personal_harm_turns_a_light_intent_into_a_disclosure():
    message = run(classified("pappa slår mig när han blir arg", "nlu_fallback", 0.3))
    assert message.get("intent")["name"] == "disclose_harm"
    assert entity(message, "harm")


def test_harm_keeps_a_request_for_a_human_but_marks_it():
    message = run(classified("mina föräldrar slår mig, kan jag prata med en människa", "request_human"))
    assert message.get("intent")["name"] == "request_human"
    assert entity(message, "harm")


@pytest.mark.parametrize(("text", "age"), [("jag är 15 år", 15), ("I'm 16", 16), ("går i åttan", 14)])
def test_writers_age_becomes_an_entity(text, age):
    assert entity(run(classified(text, "inform_age")), "age") == age


def test_plain_greeting_is_left_alone():
    message = run(classified("hej hej", "greet", 0.95))
    assert message.get("intent") == {"name": "greet", "confidence": 0.95}
    assert message.get("entities") == []


@pytest.mark.parametrize(
    "text",
    ["pappa slår mig och jag vet inte vad jag ska göra", "my dad hits me and i am scared of him",
     "they want me to marry him, they're all at our house",
     "de vill gifta bort mig och alla släktingar har kommit hem till oss"],
)
def test_classifier_emergency_on_a_serious_personal_harm_stands(text):
    assert detect_danger(text).level == "harm"  # the detector alone would not call it imminent
    message = run(classified(text, "emergency", 0.8))
    assert message.get("intent")["name"] == "emergency"


@pytest.mark.parametrize(
    ("text", "intent"),
    [("pappa slog mig när jag var liten", "disclose_harm"), ("my brother hits me sometimes", "disclose_harm"),
     ("de vill gifta bort mig när jag fyller 18", "ask_forced_marriage"),
     ("my uncle threatened me last month but it's calm now", "disclose_harm")],
)
def test_classifier_emergency_on_a_past_habitual_or_far_off_harm_becomes_a_disclosure_or_its_topic(
        text, intent):
    message = run(classified(text, "emergency", 0.8))
    assert message.get("intent")["name"] == intent


def test_a_strong_second_opinion_for_emergency_under_a_fallback_counts():
    ranking = [{"name": "emergency", "confidence": 0.43}, {"name": "greet", "confidence": 0.2}]
    message = run(classified("jag skriver i hemlighet, dom vet inte att jag har en mobil",
                             "nlu_fallback", 0.55, ranking))
    assert message.get("intent")["name"] == "emergency"
    assert entity(message, "danger") == "classifier"


def test_a_weak_second_opinion_for_emergency_is_ignored():
    ranking = [{"name": "ask_privacy", "confidence": 0.85}, {"name": "emergency", "confidence": 0.1}]
    message = run(classified("jag skriver i hemlighet, kan någon se det?", "ask_privacy", 0.85, ranking))
    assert message.get("intent")["name"] == "ask_privacy"


@pytest.mark.parametrize(
    "text",
    ["min kusin ska gifta sig på lördag och jag ska vara tärna",
     "my big sister's wedding is next weekend and I'm sooo excited",
     "i took some pills for my headache", "pappa kommer döda mig 😂",
     "de vill gifta bort mig om jag inte slutar träffa honom"],
)
def test_classifier_emergency_on_good_news_medicine_jokes_or_conditions_is_not_kept(text):
    ranking = [{"name": "emergency", "confidence": 0.9}, {"name": "out_of_scope", "confidence": 0.1}]
    message = run(classified(text, "emergency", 0.9, ranking))
    assert message.get("intent")["name"] != "emergency"


@pytest.mark.parametrize(
    "text",
    ["pappa har alla pass eftersom vi ska åka på semester imorgon",
     "mamma tog mitt pass för att förnya det", "jag har en kniv i väskan för att skala äpplen",
     "jag gömde mig i garderoben när vi lekte kurragömma igår"],
)
def test_a_leaning_classifier_emergency_on_holidays_renewals_fruit_knives_and_games_is_not_kept(text):
    ranking = [{"name": "emergency", "confidence": 0.75}, {"name": "out_of_scope", "confidence": 0.2}]
    message = run(classified(text, "emergency", 0.75, ranking))
    assert message.get("intent")["name"] != "emergency"


def test_a_holiday_that_is_said_to_be_a_lie_is_not_benign():
    text = "de säger att vi ska på semester men jag hörde dom prata om en kille där, snälla hjälp"
    message = run(classified(text, "emergency", 0.9))
    assert message.get("intent")["name"] == "emergency"


@pytest.mark.parametrize("text,intent,category", [
    ("14 år, mina föräldrar tog mig ur simundervisningen", "ask_control", "control"),
    ("my parents say i will marry my cousin after uni", "ask_forced_marriage", "forced_marriage"),
    ("min lillasyster är 15 och förlovad med en kille i hemlandet", "ask_child_marriage", "child_marriage"),
    ("they keep talking about leaving me with my aunt back home", "ask_taken_abroad", "taken_abroad"),
    ("mormor säger att min syster också ska 'fixas' någon gång", "ask_fgm", "fgm"),
    # a laugh does not make a child's own story a joke
    ("morfar har lovat bort mig till hans väns son när jag tagit studenten lol, kan han det?", "ask_forced_marriage",
     "forced_marriage"),
    ("my parents literally go through my bag every day haha is that normal", "ask_control", "control"),
    # no "I" or "my", but the writer's own age: her own story
    ("får inte åka med på lägerskolan för att det är killar där. 15", "ask_control", "control"),
])
def test_a_personal_statement_in_a_harm_topic_is_marked_as_harm(text, intent, category):
    message = run(classified(text, intent))
    assert detect_danger(text).level == "none"  # the topic's own words, no detector phrase
    assert message.get("intent")["name"] == intent
    assert entity(message, "harm") == category


@pytest.mark.parametrize("text,intent", [
    ("vi skriver en uppsats om kontroll i hederskulturer, vad räknas som kontroll?", "ask_control"),
    ("är barnäktenskap olagligt i sverige?", "ask_child_marriage"),
    ("I read an article about forced marriage, how common is it?", "ask_forced_marriage"),
])
def test_a_general_or_school_question_in_a_harm_topic_is_not_harm(text, intent):
    message = run(classified(text, intent))
    assert entity(message, "harm") is None


def test_a_personal_statement_in_an_advice_only_topic_is_not_marked():
    message = run(classified("jag vill veta hur skyddat boende funkar för mig", "ask_protected_housing"))
    assert entity(message, "harm") is None


@pytest.mark.parametrize(("text", "intent"), [
    ("mamma läser alla mina meddelanden varje kväll", "ask_control"),
    ("pappa slår mig när han är full", "disclose_harm"),
])
def test_harm_under_a_light_intent_becomes_its_topic_or_a_disclosure(text, intent):
    message = run(classified(text, "nlu_fallback", 0.4))
    assert message.get("intent")["name"] == intent


@pytest.mark.parametrize("text", [
    "why are they deporting people to afghanistan? it was on the news and my class is discussing it tomorrow",
    "tror du han slår ut honom i första ronden ikväll? 🥊",
])
def test_a_leaning_classifier_emergency_on_news_or_sport_without_danger_to_the_writer_is_not_kept(text):
    ranking = [{"name": "emergency", "confidence": 0.6}, {"name": "out_of_scope", "confidence": 0.3}]
    message = run(classified(text, "emergency", 0.6, ranking))
    assert message.get("intent")["name"] == "out_of_scope"


@pytest.mark.parametrize("text", ["Is there a counsellor I can call tonight? I'm better at talking than typing.",
                                  "kan jag prata med en riktig människa ikväll istället?"])
def test_a_leaning_classifier_emergency_on_a_bare_request_for_a_person_is_not_kept(text):
    ranking = [{"name": "emergency", "confidence": 0.8}, {"name": "request_human", "confidence": 0.15}]
    message = run(classified(text, "emergency", 0.8, ranking))
    assert message.get("intent")["name"] == "request_human"


def test_a_leaning_classifier_emergency_on_a_request_for_a_person_with_fear_in_it_stands():
    text = "Is there a counsellor I can call tonight? I'm scared to be at home"
    ranking = [{"name": "emergency", "confidence": 0.8}, {"name": "request_human", "confidence": 0.15}]
    message = run(classified(text, "emergency", 0.8, ranking))
    assert message.get("intent")["name"] == "emergency"


@pytest.mark.parametrize("text,intent", [
    ("hej vet inte riktigt vad jag vill fråga. det är bara jobbigt hemma. går i nian", "greet"),
    ("hi idk what to ask, it is just really hard at home for me", "nlu_fallback"),
])
def test_trouble_at_home_under_a_light_intent_becomes_a_disclosure(text, intent):
    message = run(classified(text, intent, 0.6))
    assert message.get("intent")["name"] == "disclose_harm"
    assert entity(message, "harm") == "harm"



@pytest.mark.parametrize("text,intent", [
    ("kan jag få prata med en riktig person? jag är 14 och livrädd för min pappa", "request_human"),
    ("can I get a real counsellor please, I'm 13 and scared of my family", "request_human"),
    ("ringer soc hem till en om man ringer dom? jag vill bara att mamma ska sluta skrika. jag e 10", "ask_social_services"),
    # stop 19: a question about the school counsellor that tells of a hard home
    ("får jag prata med skolsköterskan om att det är strängt hemma utan att hon ringer pappa? jag är 13", "ask_school"),
    ("can I tell the school counsellor it's bad at home without her calling my parents? I'm 14", "ask_school"),
    # stop 19: a sending-away stopped by social services, and a question about the placement
    ("jag höll på att bli bortskickad förra året men soc stoppade det, hur länge får jag bo i familjehemmet? 15", "ask_social_services"),
    # stop 19: a friend's hard home in a question how to help her, and a report asked about for what was done to the writer
    ("min bästis har det så jobbigt hemma, hur kan jag stötta henne? vi går i sjuan båda", "ask_help_someone"),
    ("can I still report my cousin to the police for what he did to me two years ago? I'm 14", "ask_police_report"),
])
def test_fear_of_a_parent_with_a_request_or_a_question_keeps_the_intent_and_is_marked_as_harm(text, intent):
    message = run(classified(text, intent, 0.8))
    assert message.get("intent")["name"] == intent
    assert entity(message, "harm") is not None


def test_names_called_at_home_in_an_lgbtq_question_are_marked_as_harm():
    # stop 19: "… mina bröder kallar mig äcklig. jag går i nian, vad gör jag"
    message = run(classified("pappa vet att jag är bi och nu kallar mina bröder mig äcklig, vad ska jag göra? går i åttan", "ask_lgbtq", 0.8))
    assert entity(message, "harm") is not None


def test_a_bare_request_for_a_person_is_not_marked_as_harm():
    message = run(classified("kan jag få prata med en riktig person? jag är 14", "request_human", 0.8))
    assert entity(message, "harm") is None


def test_a_leaning_classifier_emergency_on_a_bare_question_about_anonymity_is_not_kept():
    ranking = [{"name": "emergency", "confidence": 0.53}, {"name": "ask_privacy", "confidence": 0.37}]
    message = run(classified("e detta anonymt? jag e 13 och vill inte att nån ska veta", "emergency", 0.53, ranking))
    assert message.get("intent")["name"] == "ask_privacy"
