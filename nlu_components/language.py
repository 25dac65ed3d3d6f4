"""LanguageDetector: tags each message with the language to answer in (sv or en)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

LANGUAGE_ENTITY = "language"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class LanguageDetector(GraphComponent):
    """Adds a `language` entity (sv/en) when lingua is confident; short words keep the slot."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """Confidence needed for messages of one or two words, and for longer ones."""
        return {"min_confidence_short": 0.78, "min_confidence_long": 0.55}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = config
        self._detector: Optional[Any] = None

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

    def process(self, messages: List[Message]) -> List[Message]:
        """Add the language entity to each message where it is clear."""
        for message in messages:
            language = self.detect(message.get(TEXT) or "")
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
