"""SafetySignals: the deterministic safety net after the intent classifier.

It runs inside the Rasa server, so an emergency is recognised, and answered
with the 112 response from the domain, even when the classifier is unsure and
even when the action server is down. It

* adds an `age` entity when the writer states their own age;
* overrides the intent with `emergency` when the danger detector finds danger
  now or imminent, and adds a `danger` entity naming the category;
* checks the classifier's `emergency` (its top intent, or at least 0.25 under
  another) against the detector: never on news, school work, fiction, games,
  sport, a trifle, a laugh, good news, danger words the detector read as a joke
  or a hypothetical, or harm the message says is past, habitual, far off or
  over; otherwise it stands when the classifier leans to it (at least 0.4,
  or 0.3 as its best guess, also under nlu_fallback), and a weaker opinion stands on
  a serious personal harm (violence, threats, marriage, cutting, a trip abroad)
  or a personal message with a word of fear, danger, help or harm. A classifier
  `emergency` that does not stand becomes `disclose_harm` or its topic for a
  personal harm (whose reply still says to call 112 if in danger now), else
  the next intent;
* marks a personal disclosure of harm (also "det är bara jobbigt hemma") with a
  `harm` entity and turns light intents (greeting, fallback, out of scope …) into
  `disclose_harm`, so the report-of-concern logic is not left to the classifier alone;
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
    only_asks_about_privacy,
    only_asks_for_a_person,
    tells_of_trouble_at_home,
    told_of_elsewhere,

)

EMERGENCY = "emergency"
DISCLOSE_HARM = "disclose_harm"
# The classifier's confidence in `emergency` that counts as its opinion even when
# another intent (or nlu_fallback) is on top.
SECOND_OPINION = 0.25
# The classifier's confidence in `emergency` (top intent or not) at which its opinion stands on
# a message that is not news, fiction, a joke, past, far off or otherwise benign, with or without
# a danger word: people in danger often write none ("jag tror inte jag ser morgondagen").
# Chosen on the development sets and a fresh tuning set (README "Latest figures").
LEANING_EMERGENCY = 0.4
# ... or at least this much when it is the classifier's best guess (nlu_fallback aside)
BEST_GUESS_EMERGENCY = 0.3
# Harm categories serious enough that the classifier's `emergency` on them stands.
SERIOUS_HARM = {"violence", "threats", "forced_marriage", "fgm", "taken_abroad", "self_harm"}
# Questions and requests that keep their intent and still carry the harm they tell of ("om jag ringer
# soc, tar de mig då? vill bara att det ska bli bättre hemma"): the report of concern reads it.
QUESTIONS_THAT_TELL_OF_HOME = ("ask_social_services", "request_human", "ask_school", "ask_help_someone", "ask_police_report")
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
        elif (new_intent or intent) in HARM_TOPICS and (is_personal(text, laughing_allowed=True) or (
                # "får inte följa med på skolresan … 16": a stated age makes it the writer's own story
                age is not None and not told_of_elsewhere(text))):
            entities.append(_entity("harm", HARM_TOPICS[new_intent or intent], text, name))
        elif (new_intent or intent) in LIGHT_INTENTS and is_personal(text) and tells_of_trouble_at_home(text):
            # "hej vet inte vad jag vill fråga. det är bara jobbigt hemma. går i nian": a disclosure, not a greeting
            entities.append(_entity("harm", "harm", text, name))
            new_intent = DISCLOSE_HARM
        elif (new_intent or intent) in QUESTIONS_THAT_TELL_OF_HOME and is_personal(text) and tells_of_trouble_at_home(text):
            # "om jag ringer soc, tar de mig då? vill bara att det ska bli bättre hemma. jag e 14": a disclosure too;
            # "I need to talk to a human … I'm 15 and scared of my dad": the handover reads the harm (stop 18);
            # "kan jag prata med kuratorn om att jag har det jobbigt hemma …? går i åttan", "min kompis … har det jobbigt
            # hemma … hur kan jag hjälpa henne? vi går båda i åttan", "how do i report my uncle … for what he did to me" (stop 19)
            entities.append(_entity("harm", "control", text, name))
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
        # the classifier's emergency: its top intent, or a second opinion under another intent
        # (also when the FallbackClassifier has put nlu_fallback on top)
        confidence = _emergency_confidence(message)
        if intent == EMERGENCY or confidence >= SECOND_OPINION:
            text = message.get(TEXT) or ""
            # never where the detector set its danger words in another context (news, fiction,
            # a joke, a hypothetical), on news, school work, fiction, games, sport or a trifle,
            # on a laugh, on good news, nor on harm the message says is past, habitual, far off,
            # over or conditional, nor on a bare request for a counsellor or a bare question about
            # anonymity with no word of danger
            usable = not verdict.suppressed_by and not looks_benign(text) and not told_of_elsewhere(text) \
                and not only_asks_for_a_person(text) and not only_asks_about_privacy(text)
            # the classifier leaning to an emergency (at least 0.4, or 0.3 as its best guess, also
            # when the FallbackClassifier put nlu_fallback on top) stands on such a message
            # whatever words it has: the detector's phrase tables cannot know every way of saying
            # "they are kicking the door in"; a weaker second opinion stands on a serious personal
            # harm (violence, threats, marriage, cutting, a trip abroad) or on a personal message
            # with a word of fear, danger, help or harm
            leaning = confidence >= LEANING_EMERGENCY or (
                confidence >= BEST_GUESS_EMERGENCY and best_other_intent(message, set(), "") == EMERGENCY)
            backed = (verdict.category in SERIOUS_HARM if verdict.level == "harm"
                      else is_personal(text) and has_danger_cue(text))
            if usable and (leaning or backed):
                return EMERGENCY
            if intent == EMERGENCY:
                # a disclosure (or its topic) when it is personal harm, else the next intent
                if verdict.level == "harm":
                    return _harm_intent(verdict)
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
