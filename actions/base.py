"""SafetyAction: the base class every Stödchatten action builds on.

Recipe for a new action:

1. Subclass `SafetyAction`, name the class `ActionFooBar` and return
   `"action_foo_bar"` from `name()`; give it a one-line docstring.
2. Implement `async run(self, dispatcher, tracker, domain)`. Send text only with
   `dispatcher.utter_message(response="utter_…")`: the texts live in domain.yml,
   in both languages, chosen by the `language` slot.
3. Never lower the risk: use `self.raise_level(tracker, "concern")`, which returns
   a SlotSet only when the level goes up.
4. Record cases with `await self.record_case(tracker, kind, …)`: it goes through
   the one case-data module, off the event loop, and returns None (logged) when
   the database fails, so the person still gets an answer.
5. A disclosure of harm goes through `self.report_or_concern(…)` (a child: the
   report of concern and the honest message; otherwise the concern level), so
   every path applies the duty to report in the same way.
6. Return the exact events; tests assert them.
"""
from __future__ import annotations

import asyncio
import logging
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.events import SlotSet

from casedata import Case, CaseRepository
from common import settings

logger = logging.getLogger(__name__)

LEVELS = ("none", "concern", "emergency")
ADULT_AGE = 18


def _repository_from_settings() -> CaseRepository:
    return CaseRepository.from_url(settings.load().STOD_CASES_DB_URL)


class SafetyAction(Action, ABC):
    """Shared behaviour: language, risk level, ages, case recording, report of concern."""

    # Created on first use (never at import time); tests inject their own.
    repository: ClassVar[Optional[CaseRepository]] = None

    @classmethod
    def cases(cls) -> CaseRepository:
        """The case repository shared by all actions."""
        if SafetyAction.repository is None:
            SafetyAction.repository = _repository_from_settings()
        return SafetyAction.repository

    @abstractmethod
    def name(self) -> Text:
        """The action's name in the domain (abstract: the action server skips this class)."""

    @abstractmethod
    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        """Do the action; return the events."""

    @staticmethod
    def language(tracker: Tracker) -> str:
        """The reply language: 'sv' unless the slot says 'en'."""
        return "en" if tracker.get_slot("language") == "en" else "sv"

    @staticmethod
    def age(tracker: Tracker) -> Optional[int]:
        """The person's own age, if they have told it."""
        value = tracker.get_slot("user_age")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @classmethod
    def is_child(cls, tracker: Tracker) -> Optional[bool]:
        """True under 18, False from 18, None when the age is unknown."""
        age = cls.age(tracker)
        return None if age is None else age < ADULT_AGE

    @staticmethod
    def raise_level(tracker: Tracker, level: str) -> List[Dict[Text, Any]]:
        """SlotSet for safety_level if `level` is higher than now; the level never drops."""
        current = tracker.get_slot("safety_level") or "none"
        current_rank = LEVELS.index(current) if current in LEVELS else 0
        if LEVELS.index(level) > current_rank:
            return [SlotSet("safety_level", level)]
        return []

    @staticmethod
    def latest_entity(tracker: Tracker, entity: str) -> Optional[Any]:
        """Value of an entity in the latest user message, if present."""
        return next(tracker.get_latest_entity_values(entity), None)

    async def record_case(
        self, tracker: Tracker, kind: str, category: Optional[str] = None
    ) -> Optional[Case]:
        """Open (or find) a case of `kind` for this conversation; None if the database failed."""
        try:
            return await asyncio.to_thread(
                self.cases().open_case,
                tracker.sender_id,
                kind,
                language=self.language(tracker),
                age=self.age(tracker),
                category=category,
            )
        except Exception:  # the person must still get an answer
            logger.exception("could not record %s case for a conversation", kind)
            return None

    async def report_concern_events(self, tracker: Tracker) -> List[Dict[Text, Any]]:
        """Set up a report of concern for a child: the flag, the level, the case."""
        events: List[Dict[Text, Any]] = []
        if not tracker.get_slot("report_concern"):
            events.append(SlotSet("report_concern", True))
        events.extend(self.raise_level(tracker, "concern"))
        category = tracker.get_slot("harm_category") or tracker.get_slot("danger_category")
        await self.record_case(tracker, "report", category=category)
        return events

    async def report_or_concern(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Tuple[Optional[bool], List[Dict[Text, Any]]]:
        """The step every disclosure shares: for a child the report of concern is set up and
        the child is told honestly; for an adult or an unknown age the level becomes concern.
        Returns whether the person is a child (None: unknown age) and the events."""
        child = self.is_child(tracker)
        if child:
            events = await self.report_concern_events(tracker)
            dispatcher.utter_message(response="utter_report_concern_child")
            return child, events
        return child, self.raise_level(tracker, "concern")
