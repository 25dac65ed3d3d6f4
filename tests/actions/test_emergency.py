"""ActionEscalateEmergency: level, case, on-call notification, children's report."""
import pytest
from rasa_sdk.events import SlotSet

from actions.emergency import ActionEscalateEmergency

DANGER = [{"entity": "danger", "value": "threat_to_kill"}]


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_emergency_raises_level_records_case_and_notifies_oncall(
    dispatcher, tracker_factory, domain, cases, notifier, sent, language
):
    tracker = tracker_factory(
        slots={"language": language}, intent="emergency", entities=DANGER
    )
    events = await ActionEscalateEmergency().run(dispatcher, tracker, domain)

    assert events == [SlotSet("safety_level", "emergency")]
    assert sent() == ["utter_emergency_flagged"]
    [case] = cases.cases_for("conv-1")
    assert (case.kind, case.category, case.status, case.language) == (
        "emergency", "threat_to_kill", "queued", language
    )
    [payload] = notifier.payloads
    assert payload["case_id"] == case.id
    assert payload["category"] == "threat_to_kill"
    assert "text" not in payload  # nothing the person wrote leaves the system


async def test_emergency_keeps_level_already_set_by_the_rasa_server(
    dispatcher, tracker_factory, domain, cases, notifier
):
    tracker = tracker_factory(slots={"safety_level": "emergency"}, intent="emergency")
    events = await ActionEscalateEmergency().run(dispatcher, tracker, domain)
    assert events == []
    assert [c.kind for c in cases.cases_for("conv-1")] == ["emergency"]


async def test_child_in_emergency_also_gets_report_of_concern(
    dispatcher, tracker_factory, domain, cases, notifier, sent
):
    tracker = tracker_factory(
        slots={"user_age": 14, "safety_level": "emergency"}, intent="emergency",
        entities=DANGER,
    )
    events = await ActionEscalateEmergency().run(dispatcher, tracker, domain)

    assert events == [SlotSet("report_concern", True)]
    assert sent() == ["utter_emergency_flagged_child"]
    assert sorted(c.kind for c in cases.cases_for("conv-1")) == ["emergency", "report"]


async def test_repeated_emergency_does_not_duplicate_the_case(
    dispatcher, tracker_factory, domain, cases, notifier
):
    tracker = tracker_factory(intent="emergency", entities=DANGER)
    await ActionEscalateEmergency().run(dispatcher, tracker, domain)
    await ActionEscalateEmergency().run(dispatcher, tracker, domain)
    assert len(cases.cases_for("conv-1")) == 1
    assert len(notifier.payloads) == 2


async def test_database_failure_still_notifies_and_never_claims_a_flag(
    dispatcher, tracker_factory, domain, cases, notifier, sent
):
    class Broken:
        def open_case(self, *args, **kwargs):
            raise RuntimeError("database down")

    from actions.base import SafetyAction

    SafetyAction.repository = Broken()  # type: ignore[assignment]
    tracker = tracker_factory(intent="emergency", entities=DANGER)
    events = await ActionEscalateEmergency().run(dispatcher, tracker, domain)

    assert events == [SlotSet("safety_level", "emergency")]
    assert sent() == []  # no "I have marked this as urgent" when it was not recorded
    assert notifier.payloads[0]["case_id"] is None
