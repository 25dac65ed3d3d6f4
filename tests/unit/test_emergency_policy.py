"""EmergencyPolicy: the emergency turn from any state, and silence otherwise."""
import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from policies.emergency_policy import EMERGENCY_TURN, next_emergency_action


def tracker_with(*events):
    return DialogueStateTracker.from_events("c1", list(events))


def said(intent):
    return UserUttered("…", intent={"name": intent, "confidence": 1.0})


@pytest.mark.parametrize(
    "before",
    [
        [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        [ActionExecuted("action_session_start")],  # the session start failed: no action_listen
        [],
    ],
    ids=["normal", "failed-session-start", "no-events"],
)
def test_emergency_turn_runs_in_order_from_any_state(before):
    events = before + [said("emergency")]
    for expected in EMERGENCY_TURN:
        assert next_emergency_action(tracker_with(*events)) == expected
        events.append(ActionExecuted(expected))
    assert next_emergency_action(tracker_with(*events)) is None


def test_slot_extraction_between_steps_does_not_disturb_the_turn():
    tracker = tracker_with(said("emergency"), ActionExecuted("action_extract_slots"),
                           ActionExecuted("utter_emergency_112"))
    assert next_emergency_action(tracker) == "action_escalate_emergency"


@pytest.mark.parametrize("intent", ["greet", "disclose_harm", "request_human"])
def test_policy_abstains_for_other_intents(intent):
    assert next_emergency_action(tracker_with(said(intent))) is None
