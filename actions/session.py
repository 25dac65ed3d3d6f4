"""Session start: the honest welcome, the safety slots carried over, a counsellor's pause kept."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, ConversationPaused, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction

# The safety contract outlives a session: risk never drops by itself.
CARRIED_SLOTS = (
    "safety_level",
    "report_concern",
    "user_age",
    "handover",
    "language",
    "danger_category",
    "harm_category",
    "age_asked",
)



def carried_slot_events(tracker: Tracker) -> List[Dict[Text, Any]]:
    """SlotSet events that put the safety slots back after the tracker is reset."""
    return [
        SlotSet(slot, tracker.get_slot(slot))
        for slot in CARRIED_SLOTS
        if tracker.get_slot(slot) is not None
    ]

class ActionSessionStart(SafetyAction):
    """Start a session: carry the safety slots over and send the anonymity welcome."""

    def name(self) -> Text:
        return "action_session_start"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        if self._session_just_started(tracker):
            # an explicit /session_start right after the automatic one: no second
            # welcome, but listen, so that rules see the usual state next turn
            return [ActionExecuted("action_listen")]
        events: List[Dict[Text, Any]] = [SessionStarted(), *carried_slot_events(tracker)]
        if tracker.get_slot("handover") == "active":
            # SessionStarted un-pauses the tracker; a counsellor still owns the
            # chat, so pause again and say nothing (no welcome in their chat)
            return events + [ConversationPaused(), ActionExecuted("action_listen")]
        dispatcher.utter_message(response="utter_welcome")
        return events + [ActionExecuted("action_listen")]

    @staticmethod
    def _session_just_started(tracker: Tracker) -> bool:
        """Whether the current session began and the person has said nothing yet."""
        said_since = []
        for event in reversed(tracker.events):
            if event.get("event") == "session_started":
                return all(intent == "session_start" for intent in said_since)
            if event.get("event") == "user":
                said_since.append(((event.get("parse_data") or {}).get("intent") or {}).get("name"))
        return False
