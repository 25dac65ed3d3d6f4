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


async def test_explicit_session_start_right_after_the_automatic_one_sends_no_second_welcome(
    dispatcher, domain, sent
):
    from rasa_sdk import Tracker

    events = [
        {"event": "action", "name": "action_session_start"},
        {"event": "session_started"},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "/session_start",
         "parse_data": {"intent": {"name": "session_start"}}},
    ]
    tracker = Tracker("c1", {}, {"intent": {"name": "session_start"}}, events, False,
                      None, {}, "action_listen")
    events_out = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events_out == [ActionExecuted("action_listen")]
    assert sent() == []


async def test_session_start_after_a_conversation_welcomes_again(dispatcher, domain, sent):
    from rasa_sdk import Tracker

    events = [
        {"event": "session_started"},
        {"event": "user", "text": "hej", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "user", "text": "/session_start",
         "parse_data": {"intent": {"name": "session_start"}}},
    ]
    tracker = Tracker("c1", {}, {"intent": {"name": "session_start"}}, events, False,
                      None, {}, "action_listen")
    events_out = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events_out[0] == SessionStarted()
    assert sent() == ["utter_welcome"]
