"""ActionSessionStart: welcome with the anonymity facts, safety slots carried over."""
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet

from actions.session import CARRIED_SLOTS, ActionSessionStart


async def test_new_session_sends_welcome_and_listens(dispatcher, tracker_factory, domain, sent):
    tracker = tracker_factory(slots=dict.fromkeys(CARRIED_SLOTS))
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events == [SessionStarted(), ActionExecuted("action_listen")]
    assert sent() == ["utter_welcome"]


async def test_expired_session_keeps_risk_and_report_flags(
    dispatcher, tracker_factory, domain
):
    tracker = tracker_factory(slots={
        "safety_level": "emergency", "report_concern": True, "user_age": 15,
        "handover": "requested", "language": "en", "danger_category": "locked_in",
        "harm_category": None, "age_asked": True,
    })
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events == [
        SessionStarted(),
        SlotSet("safety_level", "emergency"),
        SlotSet("report_concern", True),
        SlotSet("user_age", 15),
        SlotSet("handover", "requested"),
        SlotSet("language", "en"),
        SlotSet("danger_category", "locked_in"),
        SlotSet("age_asked", True),
        ActionExecuted("action_listen"),
    ]
