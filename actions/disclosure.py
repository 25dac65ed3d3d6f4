"""Disclosures of harm and the person's age: the report-of-concern trigger."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.advice import TOPIC_RESPONSES
from actions.base import SafetyAction
from safety.topics import TOPIC_OF_HARM


class DisclosureAction(SafetyAction):
    """Answers a disclosure once the age is known, unknown or declined."""

    async def answer_disclosure(
        self, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> List[Dict[Text, Any]]:
        """Report for a child, advice for an adult, general advice when the age is unknown;
        then the core of the topic the harm belongs to, and a counsellor."""
        child, events = await self.report_or_concern(dispatcher, tracker)
        if child:
            dispatcher.utter_message(response="utter_disclosure_next_steps_child")
        else:
            dispatcher.utter_message(
                response="utter_disclosure_next_steps_adult"
                if child is False
                else "utter_disclosure_next_steps_unknown_age"
            )
        topic = TOPIC_OF_HARM.get(tracker.get_slot("harm_category") or "")
        if topic:
            dispatcher.utter_message(response=TOPIC_RESPONSES[topic][0])
        dispatcher.utter_message(response="utter_offer_counsellor")
        return events


class ActionHandleDisclosure(DisclosureAction):
    """Believe the person; report for a child, or ask the unknown age once."""

    def name(self) -> Text:
        return "action_handle_disclosure"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(response="utter_disclosure_validate")
        events: List[Dict[Text, Any]] = []
        if not tracker.get_slot("harm_category"):
            events.append(SlotSet("harm_category", "classifier"))
        if self.age(tracker) is None and not tracker.get_slot("age_asked"):
            dispatcher.utter_message(response="utter_ask_age")
            return events + self.raise_level(tracker, "concern") + [
                SlotSet("age_asked", True),
                SlotSet("awaiting_age", True),
            ]
        return events + await self.answer_disclosure(dispatcher, tracker)


class ActionHandleAge(DisclosureAction):
    """Take a stated or declined age into account, finishing a pending disclosure."""

    def name(self) -> Text:
        return "action_handle_age"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        events: List[Dict[Text, Any]] = []
        if tracker.get_slot("awaiting_age"):
            events.append(SlotSet("awaiting_age", False))
        if self.age(tracker) is None:
            dispatcher.utter_message(response="utter_age_declined")
        disclosed = tracker.get_slot("harm_category") or tracker.get_slot(
            "safety_level"
        ) in ("concern", "emergency")
        if disclosed:
            return events + await self.answer_disclosure(dispatcher, tracker)
        if self.age(tracker) is not None:
            dispatcher.utter_message(response="utter_age_noted")
        return events
