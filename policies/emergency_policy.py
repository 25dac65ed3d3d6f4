"""EmergencyPolicy: the emergency turn, whatever state the conversation is in.

When the latest user message has the intent `emergency` (set by the classifier
or by the SafetySignals component), this policy predicts, in order:
utter_emergency_112 → action_escalate_emergency → utter_emergency_counsellor_offer
→ action_listen, with full confidence and a priority above the RulePolicy.
The rule in data/rules/safety.yml says the same; this policy makes it hold also
where no rule can match, e.g. right after `action_session_start` failed because
the action server is down (the tracker then lacks the usual action_listen).
The 112 reply is a domain response, sent by the Rasa server itself.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

EMERGENCY_INTENT = "emergency"
EMERGENCY_TURN = (
    "utter_emergency_112",
    "action_escalate_emergency",
    "utter_emergency_counsellor_offer",
    "action_listen",
)


def next_emergency_action(tracker: DialogueStateTracker) -> Optional[str]:
    """The next action of the emergency turn, or None if this is not one."""
    latest = tracker.latest_message
    if latest is None or (latest.intent or {}).get("name") != EMERGENCY_INTENT:
        return None
    done: List[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name:
            done.append(event.action_name)
    step = 0
    for action in reversed(done):
        if step < len(EMERGENCY_TURN) and action == EMERGENCY_TURN[step]:
            step += 1
    return EMERGENCY_TURN[step] if step < len(EMERGENCY_TURN) else None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class EmergencyPolicy(Policy):
    """Predicts the emergency turn with certainty; abstains otherwise."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Above the RulePolicy, so it wins a tie."""
        return {"priority": 7}

    def train(
        self,
        training_trackers: List[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        """Nothing to learn: the emergency turn is fixed."""
        missing = [name for name in EMERGENCY_TURN if name not in domain.action_names_or_texts]
        if missing:
            raise ValueError(f"EmergencyPolicy needs these actions in the domain: {missing}")
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        """Full confidence for the next emergency action, or all zeros."""
        probabilities = self._default_predictions(domain)
        action = next_emergency_action(tracker)
        if action is not None:
            probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities)
