"""LanguageDetector: the language to answer in (sv or en), typed language requests, other languages.

* Each message whose language lingua (restricted to Swedish and English) can tell
  gets a `language` entity, which sets the `language` slot: the reply language
  follows the person. Short messages need more confidence than long ones.
* A message classified as `set_language` ("can you write in English?",
  "på svenska tack") gets the language it names, not the one it is written in.
  The widget's payload `/set_language{"language": "en"}` bypasses the pipeline's
  entities altogether (Rasa's RegexMessageHandler), so the choice is exact.
* A message clearly written in another language (mostly non-Latin letters, or a
  confident second lingua detector over languages common in Sweden, with almost
  no Swedish or English function words) becomes intent `other_language` and adds
  no language entity; Danish and Norwegian count as Swedish. An `emergency`
  from the classifier is never overridden; SafetySignals runs after this
  component and can still turn the message into an emergency.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from nlu_components.intent_ranking import best_other_intent, set_intent

LANGUAGE_ENTITY = "language"
SET_LANGUAGE = "set_language"
OTHER_LANGUAGE = "other_language"
OTHER = "other"

# a typed request names the language it wants
REQUESTED = (
    ("en", re.compile(r"\b(engelska|engelsk|english|eng)\b", re.IGNORECASE)),
    ("sv", re.compile(r"\b(svenska|svensk|swedish|svenne)\b", re.IGNORECASE)),
)
# Function words of Swedish (also without å/ä/ö and in slang, with the slang family words
# "farsan", "brorsan" … and "o" for "och") and English. A
# message in which more than a few of its words are such words is not "clearly
# another language", whatever a detector says.
FUNCTION_WORDS = frozenset(
    """jag ja du han hon hen vi ni de dom dem mig dig sig oss er min mitt mina din
    ditt dina hans hennes deras och att är e ar är det de den inte int ej som på pa
    i med till för for av om men så sa vad va hur när nar var kan ska måste maste
    vill har hade få far får bara också ocksa nu här har där dar asså assa typ eller
    från fran ut upp nån nåt nat nagon något mycket hela alla tack hej nej vem en
    ett över over igår idag sen efter innan under mot utan vid hos allt inget
    ingen några man mer varför varfor vilken vilket vilka redan ju väl då da än
    ens även blir bli vara gör gor göra säger sager skulle kommer mamma pappa
    o å farsan morsan brorsan syrran farsa morsa
    i me my you your he she we they them it is are am was be to the a an and of in
    on for with not no yes what how when where why can will do does did have has
    this that at from or but so if just like please help hi hey who which there
    their our us been would could should about after before mum mom dad
    im gonna wanna out up bye ok okay""".split()
)
# Latin-script languages that people in Sweden often write and lingua knows;
# non-Latin scripts (Arabic, Persian, Cyrillic, Ethiopic ...) are caught by script.
OTHER_LATIN_LANGUAGES = (
    "SOMALI", "TURKISH", "POLISH", "FINNISH", "BOSNIAN", "CROATIAN", "ALBANIAN",
    "SPANISH", "GERMAN", "FRENCH", "ESTONIAN", "LITHUANIAN", "ROMANIAN",
)
NORDIC_AS_SWEDISH = ("DANISH", "BOKMAL", "NYNORSK")
# words that make a message naming a language a request to write in it
# ("på engelska tack", "can we speak english") rather than, say, homework
# ("help me with my english essay")
REQUEST_WORDS = frozenset(
    """på pa in tack please plz pls byt byta switch change prata snacka speak talk
    skriv skriva write svara answer reply språk sprak språket language""".split()
)


def _words(text: str) -> List[str]:
    return [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower())]


def non_latin_share(text: str) -> float:
    """Share of the letters in `text` that are not Latin letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    other = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return other / len(letters)


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=False,
)
class LanguageDetector(GraphComponent):
    """Adds a `language` entity (sv/en) when lingua is confident; short words keep the slot."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Confidence needed for messages of one or two words, and for longer ones."""
        return {
            "min_confidence_short": 0.78,
            "min_confidence_long": 0.55,
            # "clearly another language": non-Latin letters, or (Latin script) the
            # wide detector's confidence, enough words and few sv/en function words
            "other_min_non_latin_share": 0.6,
            "other_min_words": 4,
            "other_min_confidence": 0.9,
            "other_max_function_word_share": 0.2,
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self._detector: Optional[Any] = None
        self._wide: Optional[Any] = None

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageDetector":
        """Create the component (the lingua detector is built on first use)."""
        return cls(config)

    def _lingua(self) -> Any:
        if self._detector is None:
            from lingua import Language, LanguageDetectorBuilder

            self._detector = LanguageDetectorBuilder.from_languages(
                Language.SWEDISH, Language.ENGLISH
            ).build()
        return self._detector

    def _wide_lingua(self) -> Any:
        if self._wide is None:
            from lingua import Language, LanguageDetectorBuilder

            names = ("SWEDISH", "ENGLISH") + NORDIC_AS_SWEDISH + OTHER_LATIN_LANGUAGES
            self._wide = (
                LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in names))
                .with_low_accuracy_mode()
                .build()
            )
        return self._wide

    def is_other_language(self, text: str) -> bool:
        """Whether the text is clearly written in a language other than sv/en."""
        sample = text[:2000]
        words = _words(sample)
        if not words:
            return False
        function_share = sum(1 for w in words if w in FUNCTION_WORDS) / len(words)
        if function_share > self._config["other_max_function_word_share"]:
            return False
        if non_latin_share(sample) >= self._config["other_min_non_latin_share"]:
            return True
        if len(words) < self._config["other_min_words"]:
            return False
        values = self._wide_lingua().compute_language_confidence_values(sample)
        if not values:
            return False
        best = values[0]
        return (
            best.language.name in OTHER_LATIN_LANGUAGES
            and best.value >= self._config["other_min_confidence"]
        )

    @staticmethod
    def requested_language(text: str) -> Optional[str]:
        """The language a typed request names ('in English please'), if exactly one.

        A message naming a language counts as a request only when it is very
        short ("english") or has a request word (på, in, please, switch ...).
        """
        named = {code for code, pattern in REQUESTED if pattern.search(text)}
        if len(named) != 1:
            return None
        words = _words(text)
        if len(words) > 3 and not REQUEST_WORDS.intersection(words):
            return None
        return named.pop()

    def detect(self, text: str) -> Optional[str]:
        """'sv', 'en' or None when the text does not tell."""
        sample = text[:2000]
        words = [w for w in sample.split() if any(ch.isalpha() for ch in w)]
        if not words:
            return None
        values = self._lingua().compute_language_confidence_values(sample)
        if not values:
            return None
        best = values[0]
        needed = (
            self._config["min_confidence_short"]
            if len(words) <= 2
            else self._config["min_confidence_long"]
        )
        if best.value < needed:
            return None
        return "sv" if best.language.name == "SWEDISH" else "en"

    def language_of(self, message: Message) -> Optional[str]:
        """'sv', 'en', 'other' or None (unclear) for one message, after the classifier."""
        text = message.get(TEXT) or ""
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        if intent == SET_LANGUAGE and not text.startswith("/"):
            requested = self.requested_language(text)
            if requested:
                return requested
        if self.is_other_language(text):
            return OTHER
        return self.detect(text)

    def process(self, messages: List[Message]) -> List[Message]:
        """Add the language entity where it is clear; mark other languages."""
        for message in messages:
            language = self.language_of(message)
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if language == OTHER:
                if intent != "emergency":
                    set_intent(message, OTHER_LANGUAGE)
                continue
            if intent == OTHER_LANGUAGE:
                # the classifier guessed another language, the detectors disagree
                set_intent(message, best_other_intent(message, {OTHER_LANGUAGE}, "nlu_fallback"))
            elif intent == SET_LANGUAGE and not (message.get(TEXT) or "").startswith("/") \
                    and self.requested_language(message.get(TEXT) or "") is None:
                # typed text that names no language to switch to is something else
                set_intent(message, best_other_intent(message, {SET_LANGUAGE}, "nlu_fallback"))
            if language:
                entity = {
                    "entity": LANGUAGE_ENTITY,
                    "value": language,
                    "start": 0,
                    "end": len(message.get(TEXT) or ""),
                    "extractor": self.__class__.__name__,
                    "confidence": 1.0,
                }
                message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
        return messages
