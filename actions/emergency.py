"""Emergency escalation: after the 112 response, record the case and alert on-call."""
from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction
from actions.oncall import OnCallNotifier


class ActionEscalateEmergency(SafetyAction):
    """Raise the level to emergency, record the case, notify on-call in the background."""

    notifier: ClassVar[Optional[OnCallNotifier]] = None

    def name(self) -> Text:
        return "action_escalate_emergency"

    @classmethod
    def oncall(cls) -> OnCallNotifier:
        """The on-call notifier (from the environment unless a test injected one)."""
        if ActionEscalateEmergency.notifier is None:
            ActionEscalateEmergency.notifier = OnCallNotifier.from_settings()
        return ActionEscalateEmergency.notifier

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        events = self.raise_level(tracker, "emergency")
        category = self.latest_entity(tracker, "danger") or tracker.get_slot("danger_category")
        case = await self.record_case(tracker, "emergency", category=category)
        self.oncall().notify_in_background(
            {
                "event": "emergency",
                "case_id": case.id if case else None,
                "conversation_id": tracker.sender_id,
                "category": category,
                "at": dt.datetime.now(dt.timezone.utc).isoformat(),
            }
        )
        if self.is_child(tracker):
            events.extend(await self.report_concern_events(tracker))
            dispatcher.utter_message(response="utter_emergency_flagged_child")
        elif case is not None:
            dispatcher.utter_message(response="utter_emergency_flagged")
        return events
