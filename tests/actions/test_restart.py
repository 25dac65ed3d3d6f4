"""ActionRestart and ActionSessionStart keep a counsellor's pause (docs/interfaces.md: pause must hold)."""
import pytest
from rasa_sdk.events import (
    ActionExecuted,
    ConversationPaused,
    FollowupAction,
    Restarted,
    SessionStarted,
    SlotSet,
)

from actions.restart import ActionRestart
from actions.session import ActionSessionStart


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_restart_while_counsellor_owns_the_chat_is_refused_silently(
    dispatcher, tracker_factory, domain, language
):
    tracker = tracker_factory(slots={"handover": "active", "language": language},
                              intent="restart", text="/restart")
    events = await ActionRestart().run(dispatcher, tracker, domain)
    assert events == [FollowupAction("action_listen")]
    assert dispatcher.messages == []


@pytest.mark.parametrize("handover", ["none", "requested", "queued", "closed"])
async def test_restart_without_an_active_counsellor_restarts_like_the_default(
    dispatcher, tracker_factory, domain, handover
):
    tracker = tracker_factory(slots={"handover": handover}, intent="restart", text="/restart")
    events = await ActionRestart().run(dispatcher, tracker, domain)
    assert events == [
        Restarted(),
        SlotSet("safety_level", "none"),
        SlotSet("report_concern", False),
        SlotSet("handover", handover),
        SlotSet("language", "sv"),
        SlotSet("age_asked", False),
    ]
    assert dispatcher.messages == []


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_restart_keeps_the_risk_level_report_flag_and_age(
    dispatcher, tracker_factory, domain, language
):
    tracker = tracker_factory(
        slots={"safety_level": "emergency", "report_concern": True, "user_age": 15,
               "language": language, "danger_category": "violence_now",
               "harm_category": "violence", "age_asked": True},
        intent="restart", text="/restart")
    events = await ActionRestart().run(dispatcher, tracker, domain)
    assert events == [
        Restarted(),
        SlotSet("safety_level", "emergency"),
        SlotSet("report_concern", True),
        SlotSet("user_age", 15),
        SlotSet("handover", "none"),
        SlotSet("language", language),
        SlotSet("danger_category", "violence_now"),
        SlotSet("harm_category", "violence"),
        SlotSet("age_asked", True),
    ]
    assert dispatcher.messages == []


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_expired_session_while_counsellor_owns_the_chat_pauses_again_without_welcome(
    dispatcher, tracker_factory, domain, language
):
    tracker = tracker_factory(slots={"handover": "active", "language": language,
                                     "safety_level": "emergency"})
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert events == [
        SessionStarted(),
        SlotSet("safety_level", "emergency"),
        SlotSet("report_concern", False),
        SlotSet("handover", "active"),
        SlotSet("language", language),
        SlotSet("age_asked", False),
        ConversationPaused(),
        ActionExecuted("action_listen"),
    ]
    assert dispatcher.messages == []


@pytest.mark.parametrize("handover", ["none", "queued", "closed"])
async def test_session_start_without_an_active_counsellor_is_not_paused(
    dispatcher, tracker_factory, domain, sent, handover
):
    tracker = tracker_factory(slots={"handover": handover})
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert ConversationPaused() not in events
    assert sent() == ["utter_welcome"]
