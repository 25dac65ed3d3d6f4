"""ActionGiveAdvice: topic answers, and the disclosure rules when a topic question carries harm."""
import pytest
from rasa_sdk.events import SlotSet

from actions.advice import NOT_TARGET_GROUP, TOPIC_RESPONSES, ActionGiveAdvice

LANGUAGES = ["sv", "en"]
HARM = [{"entity": "harm", "value": "forced_marriage"}]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", sorted(TOPIC_RESPONSES))
async def test_a_topic_question_without_harm_gets_the_topic_answer_and_changes_nothing(
    dispatcher, tracker_factory, domain, cases, sent, topic, language
):
    tracker = tracker_factory(slots={"language": language}, intent=topic)
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == []
    assert sent() == list(TOPIC_RESPONSES[topic])
    assert cases.cases_for("conv-1") == []


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_child_asking_about_forced_marriage_with_harm_gets_a_report_then_advice(
    dispatcher, tracker_factory, domain, cases, sent, language
):
    tracker = tracker_factory(
        slots={"language": language, "user_age": 15, "harm_category": "forced_marriage"},
        intent="ask_forced_marriage", entities=HARM,
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == [SlotSet("report_concern", True), SlotSet("safety_level", "concern")]
    assert sent() == [
        "utter_disclosure_validate",
        "utter_report_concern_child",
        *TOPIC_RESPONSES["ask_forced_marriage"],
    ]
    [case] = cases.cases_for("conv-1")
    assert (case.kind, case.age, case.category, case.language) == (
        "report", 15, "forced_marriage", language)


@pytest.mark.parametrize("language", LANGUAGES)
async def test_unknown_age_with_harm_is_validated_advised_and_asked_once_at_the_end(
    dispatcher, tracker_factory, domain, cases, sent, language
):
    tracker = tracker_factory(
        slots={"language": language, "harm_category": "control"},
        intent="ask_control", entities=[{"entity": "harm", "value": "control"}],
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == [
        SlotSet("safety_level", "concern"),
        SlotSet("age_asked", True),
        SlotSet("awaiting_age", True),
    ]
    assert sent() == [
        "utter_disclosure_validate", *TOPIC_RESPONSES["ask_control"], "utter_ask_age"]
    assert cases.cases_for("conv-1") == []


@pytest.mark.parametrize("language", LANGUAGES)
async def test_age_already_asked_is_not_asked_again_with_a_second_harmful_question(
    dispatcher, tracker_factory, domain, cases, sent, language
):
    tracker = tracker_factory(
        slots={"language": language, "age_asked": True, "safety_level": "concern",
               "harm_category": "control"},
        intent="ask_taken_abroad", entities=[{"entity": "harm", "value": "taken_abroad"}],
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == []
    assert sent() == ["utter_disclosure_validate", *TOPIC_RESPONSES["ask_taken_abroad"]]


@pytest.mark.parametrize("language", LANGUAGES)
async def test_an_adult_with_harm_gets_concern_but_never_a_report(
    dispatcher, tracker_factory, domain, cases, sent, language
):
    tracker = tracker_factory(
        slots={"language": language, "user_age": 24, "harm_category": "fgm"},
        intent="ask_fgm", entities=[{"entity": "harm", "value": "fgm"}],
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == [SlotSet("safety_level", "concern")]
    assert sent() == ["utter_disclosure_validate", *TOPIC_RESPONSES["ask_fgm"]]
    assert cases.cases_for("conv-1") == []


async def test_harm_category_is_recorded_when_the_slot_is_still_empty(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(slots={"user_age": 30}, intent="ask_school",
                              entities=[{"entity": "harm", "value": "violence"}])
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert events == [SlotSet("harm_category", "violence"), SlotSet("safety_level", "concern")]


async def test_the_level_is_never_lowered_after_an_emergency(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(
        slots={"user_age": 30, "safety_level": "emergency", "harm_category": "violence"},
        intent="ask_police_report", entities=[{"entity": "harm", "value": "violence"}],
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert events == []
    assert sent() == ["utter_disclosure_validate", *TOPIC_RESPONSES["ask_police_report"]]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("topic", sorted(NOT_TARGET_GROUP))
async def test_professionals_and_controllers_get_no_validation_and_no_report_even_with_harm(
    dispatcher, tracker_factory, domain, cases, sent, topic, language
):
    tracker = tracker_factory(
        slots={"language": language, "user_age": 16, "harm_category": "control"},
        intent=topic, entities=[{"entity": "harm", "value": "control"}],
    )
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)

    assert events == []
    assert sent() == list(TOPIC_RESPONSES[topic])
    assert cases.cases_for("conv-1") == []


async def test_a_new_topic_question_releases_a_pending_age_question(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(
        slots={"awaiting_age": True, "age_asked": True}, intent="ask_social_services")
    events = await ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert events == [SlotSet("awaiting_age", False)]
    assert sent() == list(TOPIC_RESPONSES["ask_social_services"])


async def test_a_non_topic_intent_gets_the_fallback_not_a_wrong_answer(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(intent="greet")
    assert await ActionGiveAdvice().run(dispatcher, tracker, domain) == []
    assert sent() == ["utter_default"]


def test_every_topic_intent_of_the_contract_has_an_answer():
    contract = {
        "ask_what_is_honour_violence", "ask_control", "ask_forced_marriage",
        "ask_child_marriage", "ask_taken_abroad", "ask_fgm", "ask_lgbtq",
        "ask_protected_housing", "ask_social_services", "ask_police_report",
        "ask_after_leaving", "ask_school", "ask_help_someone", "professional_inquiry",
        "wants_to_control",
    }
    assert set(TOPIC_RESPONSES) == contract
