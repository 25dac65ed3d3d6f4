"""ActionHandleDisclosure and ActionHandleAge: the report-of-concern trigger."""
import pytest
from rasa_sdk.events import SlotSet

from actions.disclosure import ActionHandleAge, ActionHandleDisclosure

HARM = [{"entity": "harm", "value": "violence"}]


@pytest.mark.parametrize("age", [7, 13, 15, 17])
async def test_child_disclosure_sets_report_concern_and_records_report_case(
    dispatcher, tracker_factory, domain, cases, sent, age
):
    tracker = tracker_factory(
        slots={"user_age": age, "harm_category": "violence"}, intent="disclose_harm",
        entities=HARM,
    )
    events = await ActionHandleDisclosure().run(dispatcher, tracker, domain)

    assert events == [SlotSet("report_concern", True), SlotSet("safety_level", "concern")]
    assert sent() == [
        "utter_disclosure_validate",
        "utter_report_concern_child",
        "utter_disclosure_next_steps_child",
        "utter_offer_counsellor",
    ]
    [case] = cases.cases_for("conv-1")
    assert (case.kind, case.age, case.category) == ("report", age, "violence")


@pytest.mark.parametrize("age", [18, 19, 34, 70])
async def test_adult_disclosure_never_sets_report_concern(
    dispatcher, tracker_factory, domain, cases, sent, age
):
    tracker = tracker_factory(
        slots={"user_age": age, "harm_category": "control"}, intent="disclose_harm"
    )
    events = await ActionHandleDisclosure().run(dispatcher, tracker, domain)

    assert events == [SlotSet("safety_level", "concern")]
    assert sent() == [
        "utter_disclosure_validate",
        "utter_disclosure_next_steps_adult",
        "utter_control_core",
        "utter_offer_counsellor",
    ]
    assert cases.cases_for("conv-1") == []


async def test_unknown_age_is_asked_once_gently(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(intent="disclose_harm")
    events = await ActionHandleDisclosure().run(dispatcher, tracker, domain)

    assert events == [
        SlotSet("harm_category", "classifier"),
        SlotSet("safety_level", "concern"),
        SlotSet("age_asked", True),
        SlotSet("awaiting_age", True),
    ]
    assert sent() == ["utter_disclosure_validate", "utter_ask_age"]


async def test_age_is_not_asked_a_second_time(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(
        slots={"age_asked": True, "harm_category": "control", "safety_level": "concern"},
        intent="disclose_harm",
    )
    events = await ActionHandleDisclosure().run(dispatcher, tracker, domain)

    assert events == []
    assert sent() == [
        "utter_disclosure_validate",
        "utter_disclosure_next_steps_unknown_age",
        "utter_control_core",
        "utter_offer_counsellor",
    ]


async def test_age_given_after_disclosure_triggers_report_for_a_child(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(
        slots={"user_age": 15, "awaiting_age": True, "age_asked": True,
               "harm_category": "forced_marriage", "safety_level": "concern"},
        intent="inform_age", text="jag är 15",
    )
    events = await ActionHandleAge().run(dispatcher, tracker, domain)

    assert events == [SlotSet("awaiting_age", False), SlotSet("report_concern", True)]
    assert sent() == [
        "utter_report_concern_child",
        "utter_disclosure_next_steps_child",
        "utter_forced_marriage_core",
        "utter_offer_counsellor",
    ]
    assert [c.kind for c in cases.cases_for("conv-1")] == ["report"]


async def test_declined_age_gets_general_advice_and_no_report(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(
        slots={"awaiting_age": True, "age_asked": True, "harm_category": "control",
               "safety_level": "concern"},
        intent="deny", text="vill inte säga",
    )
    events = await ActionHandleAge().run(dispatcher, tracker, domain)

    assert events == [SlotSet("awaiting_age", False)]
    assert sent() == [
        "utter_age_declined",
        "utter_disclosure_next_steps_unknown_age",
        "utter_control_core",
        "utter_offer_counsellor",
    ]
    assert cases.cases_for("conv-1") == []


async def test_age_without_any_disclosure_is_just_noted(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(slots={"user_age": 14}, intent="inform_age")
    events = await ActionHandleAge().run(dispatcher, tracker, domain)
    assert events == []
    assert sent() == ["utter_age_noted"]
    assert cases.cases_for("conv-1") == []


@pytest.mark.parametrize(
    "harm, core",
    [
        ("control", "utter_control_core"),
        ("forced_marriage", "utter_forced_marriage_core"),
        ("marriage", "utter_forced_marriage_core"),
        ("taken_abroad", "utter_taken_abroad_signs"),
        ("fgm", "utter_fgm_core"),
        ("violence", None),
        ("threats", None),
        ("classifier", None),
    ],
)
async def test_disclosure_answer_adds_the_core_advice_of_the_harms_topic(
    dispatcher, tracker_factory, domain, cases, sent, harm, core
):
    tracker = tracker_factory(
        slots={"user_age": 16, "harm_category": harm}, intent="disclose_harm",
        entities=[{"entity": "harm", "value": harm}],
    )
    await ActionHandleDisclosure().run(dispatcher, tracker, domain)
    expected = ["utter_disclosure_validate", "utter_report_concern_child",
                "utter_disclosure_next_steps_child"]
    assert sent() == expected + ([core] if core else []) + ["utter_offer_counsellor"]
