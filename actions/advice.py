"""General-level advice per topic, with the disclosure rules applied when the question carries harm."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction

# intent -> the responses of its answer, in order (core first, buttons on the last).
# The texts live in domain.yml; scripts/render_content.py renders them per topic.
TOPIC_RESPONSES: Dict[str, Sequence[str]] = {
    "ask_what_is_honour_violence": (
        "utter_what_is_honour_violence_core",
        "utter_what_is_honour_violence_examples",
        "utter_what_is_honour_violence_next",
    ),
    "ask_control": ("utter_control_core", "utter_control_rights", "utter_control_next"),
    "ask_forced_marriage": (
        "utter_forced_marriage_core",
        "utter_forced_marriage_trip",
        "utter_forced_marriage_next",
    ),
    "ask_child_marriage": (
        "utter_child_marriage_core",
        "utter_child_marriage_abroad",
        "utter_child_marriage_next",
    ),
    "ask_taken_abroad": (
        "utter_taken_abroad_signs",
        "utter_taken_abroad_before",
        "utter_taken_abroad_abroad",
    ),
    "ask_fgm": ("utter_fgm_core", "utter_fgm_care", "utter_fgm_risk"),
    "ask_lgbtq": ("utter_lgbtq_core", "utter_lgbtq_context", "utter_lgbtq_next"),
    "ask_protected_housing": (
        "utter_protected_housing_core",
        "utter_protected_housing_how",
        "utter_protected_housing_life",
    ),
    "ask_social_services": (
        "utter_social_services_core",
        "utter_social_services_what_happens",
        "utter_social_services_family",
    ),
    "ask_police_report": (
        "utter_police_report_core",
        "utter_police_report_how",
        "utter_police_report_next",
    ),
    "ask_after_leaving": (
        "utter_after_leaving_core",
        "utter_after_leaving_practical",
        "utter_after_leaving_safety",
    ),
    "ask_school": ("utter_school_core", "utter_school_duty", "utter_school_next"),
    "ask_help_someone": (
        "utter_help_someone_core",
        "utter_help_someone_dont",
        "utter_help_someone_where",
    ),
    "professional_inquiry": ("utter_professional_core", "utter_professional_duty"),
    "wants_to_control": (
        "utter_wants_to_control_core",
        "utter_wants_to_control_law",
        "utter_wants_to_control_help",
    ),
}

# Not the target group (professionals, people who want to control someone): their
# messages never get the victim's validation ("it is not your fault") nor a report
# flow; the topic answer itself points them on.
NOT_TARGET_GROUP = {"professional_inquiry", "wants_to_control"}


class ActionGiveAdvice(SafetyAction):
    """Answer a topic question; first apply the disclosure rules if it discloses harm."""

    def name(self) -> Text:
        return "action_give_advice"

    @staticmethod
    def topic(tracker: Tracker) -> Optional[str]:
        """The topic intent of the latest message, if it is one."""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        return intent if intent in TOPIC_RESPONSES else None

    def advise(self, dispatcher: CollectingDispatcher, topic: str) -> None:
        """Send the topic's responses in order."""
        for response in TOPIC_RESPONSES[topic]:
            dispatcher.utter_message(response=response)

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        topic = self.topic(tracker)
        if topic is None:  # only reachable through a wrong rule; say so honestly
            dispatcher.utter_message(response="utter_default")
            return []
        events: List[Dict[Text, Any]] = []
        if tracker.get_slot("awaiting_age"):
            # the person moved on from the age question: don't hold them to it
            events.append(SlotSet("awaiting_age", False))
        harm = self.latest_entity(tracker, "harm")
        if harm is None or topic in NOT_TARGET_GROUP:
            self.advise(dispatcher, topic)
            return events
        return events + await self._advise_on_disclosure(dispatcher, tracker, topic, harm)

    async def _advise_on_disclosure(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, topic: str, harm: Any
    ) -> List[Dict[Text, Any]]:
        """The disclose_harm rules (believe, report for a child, age once), then the advice."""
        events: List[Dict[Text, Any]] = []
        if not tracker.get_slot("harm_category"):
            events.append(SlotSet("harm_category", str(harm)))
        dispatcher.utter_message(response="utter_disclosure_validate")
        child, reported = await self.report_or_concern(dispatcher, tracker)
        events.extend(reported)
        self.advise(dispatcher, topic)
        if child is None and not tracker.get_slot("age_asked"):
            # asked last, so the question is what the person sees and answers
            dispatcher.utter_message(response="utter_ask_age")
            events += [SlotSet("age_asked", True), SlotSet("awaiting_age", True)]
        return events
