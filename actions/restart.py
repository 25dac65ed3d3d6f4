"""Restart: Rasa's default restart, refused while a counsellor owns the conversation.

The safety slots survive a restart as they survive a new session: risk never drops by itself.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, Restarted
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction
from actions.session import carried_slot_events


class ActionRestart(SafetyAction):
    """Restart the conversation unless a counsellor has taken it over (then stay silent)."""

    def name(self) -> Text:
        return "action_restart"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        if tracker.get_slot("handover") == "active":
            # a restart would un-pause the bot in the counsellor's chat: ignore it
            # and listen (the pause, the slots and the transcript stay as they are)
            return [FollowupAction("action_listen")]
        # as Rasa's default restart (it says nothing here: the domain has no
        # restart response), but the safety slots are put back at once
        return [Restarted(), *carried_slot_events(tracker)]
