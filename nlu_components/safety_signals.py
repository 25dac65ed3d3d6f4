"""SafetySignals: the deterministic safety net after the intent classifier.

It runs inside the Rasa server, so an emergency is recognised, and answered
with the 112 response from the domain, even when the classifier is unsure and
even when the action server is down. It

* adds an `age` entity when the writer states their own age;
* overrides the intent with `emergency` when the danger detector finds danger
  now or imminent, and adds a `danger` entity naming the category;
* checks a classifier-only `emergency` against the detector: a serious personal
  harm (violence, threats, marriage, cutting, a trip abroad) stays `emergency`
  unless the message says it is past, habitual, far off or over; otherwise a
  personal harm becomes `disclose_harm` (whose reply still says to call 112 if
  in danger now); a message that is not personal (news, school work,
  fiction, jokes, general questions) or has no word of fear, danger, help or
  harm at all ("imorgon ska jag krossa provet") falls back to the next intent;
  a personal message with such a word that the detector cannot read keeps
  `emergency`;
* marks a personal disclosure of harm with a `harm` entity and turns light
  intents (greeting, fallback, out of scope …) into `disclose_harm`, so the
  report-of-concern logic is not left to the classifier alone;
* marks a personal message that the classifier puts in a harm topic (control,
  forced or child marriage, being taken abroad, cutting) with a `harm` entity
  of that topic even when the detector finds no harm words ("14 år, mina
  föräldrar tog mig ur simundervisningen"), unless it is news, school work, a
  hypothetical or a general question: a disclosure written in a topic's own
  words still reaches the report-of-concern logic.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from nlu_components.intent_ranking import best_other_intent, set_intent
from safety.age import parse_age
from safety.topics import HARM_TOPICS, TOPIC_OF_HARM
from safety.danger import (
    DangerVerdict,
    detect_danger,
    has_danger_cue,
    is_personal,
    looks_benign,

)

EMERGENCY = "emergency"
DISCLOSE_HARM = "disclose_harm"
# The classifier's confidence in `emergency` that counts as its opinion even when
# another intent (or nlu_fallback) is on top.
SECOND_OPINION = 0.25
# The classifier's confidence in `emergency` (its top intent) at which it stands on a personal,
# not benign message even when the detector knows no danger word in it (a watcher at the door,
# a tracker and "you'll see tonight"): the detector's phrase tables cannot know every way.
CONFIDENT_EMERGENCY = 0.9
# Harm categories serious enough that the classifier's `emergency` on them stands.
SERIOUS_HARM = {"violence", "threats", "forced_marriage", "fgm", "taken_abroad", "self_harm"}
# Intents that a disclosure of harm outranks; the others (privacy questions,
# asking for a human) keep their intent and their actions read the `harm` entity.
LIGHT_INTENTS = {
    "nlu_fallback",
    "out_of_scope",
    "greet",
    "goodbye",
    "thank",
    "affirm",
    "deny",
    "bot_challenge",
    "inform_age",
}


def _entity(name: str, value: Any, text: str, extractor: str) -> Dict[Text, Any]:
    return {
        "entity": name,
        "value": value,
        "start": 0,
        "end": len(text),
        "confidence_entity": 1.0,
        "extractor": extractor,
    }


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=False,
)
class SafetySignals(GraphComponent):
    """Deterministic danger, harm and age signals that outrank the classifier."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetySignals":
        """Create the component; it has nothing to train or load."""
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        """Apply the safety signals to every message."""
        for message in messages:
            self._apply(message)
        return messages

    def _apply(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        entities = list(message.get(ENTITIES, []))
        name = self.__class__.__name__

        age = parse_age(text)
        if age is not None:
            entities.append(_entity("age", age, text, name))

        verdict = detect_danger(text)
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        new_intent = self._decide_intent(intent, verdict, message)
        if new_intent == EMERGENCY:
            entities.append(_entity("danger", verdict.category or "classifier", text, name))
        elif verdict.level in ("emergency", "harm"):
            entities.append(_entity("harm", verdict.category or "harm", text, name))
        elif (new_intent or intent) in HARM_TOPICS and is_personal(text):
            entities.append(_entity("harm", HARM_TOPICS[new_intent or intent], text, name))
        if new_intent and new_intent != intent:
            set_intent(message, new_intent)
        message.set(ENTITIES, entities, add_to_output=True)

    @staticmethod
    def _decide_intent(
        intent: Optional[str], verdict: DangerVerdict, message: Message
    ) -> Optional[str]:
        """The intent after the safety rules (None keeps the classifier's)."""
        if verdict.level == "emergency":
            return EMERGENCY
        # the classifier's emergency: its top intent, or a strong second opinion
        # (also when the FallbackClassifier has put nlu_fallback on top)
        if intent == EMERGENCY or _emergency_confidence(message) >= SECOND_OPINION:
            text = message.get(TEXT) or ""
            usable = not verdict.suppressed_by and not looks_benign(text)
            # the classifier sure of an emergency: it stands unless the message is news,
            # fiction, a joke, past, far off or otherwise benign; the detector's phrase tables
            # cannot know every way of saying "they are kicking the door in"
            confident = intent == EMERGENCY and _emergency_confidence(message) >= CONFIDENT_EMERGENCY
            if verdict.level == "harm":
                # a missed emergency is the worst error: the classifier's emergency on a
                # personal harm of a serious kind (violence, threats, marriage, cutting,
                # a trip abroad) stands unless the message says it is past, habitual, far
                # off, over, conditional or good news; control alone ("får inte gå på
                # simning") is a disclosure unless the classifier is sure
                if usable and (verdict.category in SERIOUS_HARM or confident):
                    return EMERGENCY
                if intent == EMERGENCY:
                    return _harm_intent(verdict)
            elif usable and (confident or (is_personal(text) and has_danger_cue(text))):
                return EMERGENCY
            elif intent == EMERGENCY:
                return best_other_intent(message, {EMERGENCY, DISCLOSE_HARM}, "out_of_scope")
        if verdict.level == "harm" and (intent in LIGHT_INTENTS or intent is None):
            return _harm_intent(verdict)
        return intent


def _harm_intent(verdict: DangerVerdict) -> str:
    """The intent for a disclosure of harm: its topic, or disclose_harm when it has none."""
    return TOPIC_OF_HARM.get(verdict.category or "", DISCLOSE_HARM)


def _emergency_confidence(message: Message) -> float:
    """The classifier's confidence in `emergency` (0.0 when it is not ranked)."""
    for entry in message.get(INTENT_RANKING_KEY, []) or []:
        if entry.get(INTENT_NAME_KEY) == EMERGENCY:
            return float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    return 0.0
