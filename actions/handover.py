"""Handover: put the person in the counsellors' queue and say honestly what happens next."""
from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, Callable, ClassVar, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction
from common.facts import OpeningHours, always_open_lines

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ActionRequestHandover(SafetyAction):
    """Queue a handover case and tell the person the queue or the opening hours."""

    clock: ClassVar[Clock] = staticmethod(_utc_now)

    def name(self) -> Text:
        return "action_request_handover"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        if tracker.get_slot("handover") in ("requested", "queued", "active"):
            dispatcher.utter_message(response="utter_handover_already_queued")
            return []
        events: List[Dict[Text, Any]] = [SlotSet("handover", "requested")]
        if self.latest_entity(tracker, "harm") and self.is_child(tracker):
            events.extend(await self.report_concern_events(tracker))
        case = await self.record_case(tracker, "handover")
        language = self.language(tracker)
        hours = OpeningHours.from_facts()
        now = self.clock()
        if hours.is_open(now):
            waiting = 0
            if case is not None:
                waiting = await asyncio.to_thread(self.cases().waiting_ahead_of, case)
            dispatcher.utter_message(response="utter_handover_queued_open", waiting=waiting)
        else:
            reopens = hours.next_opening(now)
            dispatcher.utter_message(
                response="utter_handover_queued_closed",
                reopens=hours.describe(reopens, language) if reopens else "—",
                always_open="\n".join(f"• {line}" for line in always_open_lines(language)),
            )
        return events
