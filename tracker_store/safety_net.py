"""SafetyNetTrackerStore: the SQL tracker store that makes sure an emergency reaches a counsellor.

The 112 reply never depends on the action server (EmergencyPolicy and a domain response). The
emergency case and the on-call alert are made by `action_escalate_emergency` on the action
server; when that server is down or fails, Rasa logs the error, drops the action's events and
carries on, so the person would be in danger with no counsellor told. This store runs inside the
Rasa server: when it saves a turn whose new user message is an emergency, it opens the emergency
case itself (the case module never makes a duplicate: with the action server up it finds the
case the action made) and, only when it had to create the case, sends the on-call alert.
A failure here is logged and never breaks saving the conversation.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any, Dict, Iterator, List, Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from casedata import CaseRepository
from common import settings

logger = logging.getLogger(__name__)

EMERGENCY = "emergency"


def new_emergency(events: List[Event]) -> Optional[UserUttered]:
    """The latest user message among `events` if it is an emergency, else None."""
    for event in reversed(events):
        if isinstance(event, UserUttered):
            return event if event.intent_name == EMERGENCY else None
    return None


class SafetyNetTrackerStore(SQLTrackerStore):
    """SQL tracker store that records an emergency case when the action server could not."""

    def __init__(self, *args: Any, cases: Optional[CaseRepository] = None,
                 notifier: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cases = cases
        self._notifier = notifier
        self._new_events: Dict[str, List[Event]] = {}

    def cases(self) -> CaseRepository:
        """The case repository (from STOD_CASES_DB_URL unless injected), made on first use."""
        if self._cases is None:
            self._cases = CaseRepository.from_url(settings.load().STOD_CASES_DB_URL)
        return self._cases

    def notifier(self) -> Any:
        """The on-call notifier (from the environment unless injected), made on first use."""
        if self._notifier is None:
            from actions.oncall import OnCallNotifier

            self._notifier = OnCallNotifier.from_settings()
        return self._notifier

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The events Rasa is about to store, remembered for `save` (no second query)."""
        events = list(super()._additional_events(session, tracker))
        self._new_events[tracker.sender_id] = events
        return iter(events)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the new events; then make sure a new emergency has its case."""
        await super().save(tracker)
        # set by _additional_events inside the save above, with no await in between
        message = new_emergency(self._new_events.pop(tracker.sender_id, []))
        if message is not None:
            try:
                await self.ensure_emergency_case(tracker, message)
            except Exception:  # saving the conversation must never fail because of this
                logger.exception("safety net: could not record the emergency of a conversation")

    async def ensure_emergency_case(self, tracker: DialogueStateTracker,
                                    message: UserUttered) -> bool:
        """Open the emergency case if none is open; alert on-call if this made it. True if made."""
        repository = self.cases()
        already = await asyncio.to_thread(repository.open_cases_of, tracker.sender_id)
        if any(case.kind == EMERGENCY for case in already):
            return False
        category = next((e.get("value") for e in message.entities if e.get("entity") == "danger"),
                        None)
        age = tracker.get_slot("user_age")
        case = await asyncio.to_thread(
            repository.open_case, tracker.sender_id, EMERGENCY,
            language=tracker.get_slot("language") or "sv",
            age=int(age) if isinstance(age, (int, float)) else None,
            category=str(category) if category else None,
        )
        logger.warning("safety net: emergency case %s recorded by the Rasa server "
                       "(the action server did not record it)", case.id)
        self.notifier().notify_in_background({
            "event": EMERGENCY,
            "case_id": case.id,
            "conversation_id": tracker.sender_id,
            "category": case.category,
            "at": dt.datetime.now(dt.timezone.utc).isoformat(),
            "recorded_by": "rasa-server",
        })
        return True
