"""Anonymity: the full, honest answer to any question about what is stored and told."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction


class ActionExplainPrivacy(SafetyAction):
    """Say what is stored, who reads it and when a report is made, adjusted to the age."""

    def name(self) -> Text:
        return "action_explain_privacy"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: Dict[Text, Any],
    ) -> List[Dict[Text, Any]]:
        child = self.is_child(tracker)
        report = {
            True: "utter_privacy_report_child",
            False: "utter_privacy_report_adult",
            None: "utter_privacy_report_unknown_age",
        }[child]
        for response in ("utter_privacy_stored", "utter_privacy_readers", report,
                         "utter_privacy_device"):
            dispatcher.utter_message(response=response)
        return []
