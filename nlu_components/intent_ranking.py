"""Rewriting a parsed message's intent: shared by the deterministic NLU components."""
from __future__ import annotations

from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message


def set_intent(message: Message, intent: str) -> None:
    """Make `intent` the message's intent (confidence 1.0), first in the ranking."""
    ranking = [
        entry
        for entry in message.get(INTENT_RANKING_KEY, []) or []
        if entry.get(INTENT_NAME_KEY) != intent
    ]
    chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen] + ranking, add_to_output=True)


def best_other_intent(message: Message, exclude: set, default: str) -> str:
    """The classifier's best intent outside `exclude` (never nlu_fallback), else `default`."""
    for entry in message.get(INTENT_RANKING_KEY, []) or []:
        name = entry.get(INTENT_NAME_KEY)
        if name and name not in exclude and name != "nlu_fallback":
            return name
    return default
