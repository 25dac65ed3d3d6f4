"""Fixtures for action tests in the rasa-sdk style: dispatcher, tracker factory, stores."""
from __future__ import annotations

from typing import Any, Dict, List, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import SafetyAction
from actions.emergency import ActionEscalateEmergency
from casedata import CaseRepository, migrate

DEFAULT_SLOTS: Dict[str, Any] = {
    "safety_level": "none",
    "report_concern": False,
    "user_age": None,
    "handover": "none",
    "language": "sv",
    "danger_category": None,
    "harm_category": None,
    "awaiting_age": False,
    "age_asked": False,
}


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    """A fresh dispatcher per test."""
    return CollectingDispatcher()


@pytest.fixture
def domain() -> Dict[str, Any]:
    """Actions here do not read the domain."""
    return {}


@pytest.fixture
def tracker_factory():
    """Build a Tracker with the safety slots, a latest message and entities."""

    def make(
        slots: Optional[Dict[str, Any]] = None,
        intent: str = "greet",
        text: str = "hej",
        entities: Optional[List[Dict[str, Any]]] = None,
        sender_id: str = "conv-1",
    ) -> Tracker:
        latest = {
            "intent": {"name": intent, "confidence": 1.0},
            "entities": entities or [],
            "text": text,
        }
        return Tracker(
            sender_id=sender_id,
            slots={**DEFAULT_SLOTS, **(slots or {})},
            latest_message=latest,
            events=[],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )

    return make


@pytest.fixture
def cases(tmp_path) -> CaseRepository:
    """A migrated SQLite case database, injected into every action."""
    url = f"sqlite:///{tmp_path}/cases.db"
    migrate(url)
    repository = CaseRepository.from_url(url)
    SafetyAction.repository = repository
    yield repository
    SafetyAction.repository = None
    repository.dispose()


class RecordingNotifier:
    """Stands in for the on-call webhook client and remembers what it was given."""

    def __init__(self) -> None:
        self.payloads: List[Dict[str, Any]] = []

    def notify_in_background(self, payload: Dict[str, Any]) -> None:
        self.payloads.append(payload)


@pytest.fixture
def notifier() -> RecordingNotifier:
    """A recording on-call notifier injected into the emergency action."""
    recording = RecordingNotifier()
    ActionEscalateEmergency.notifier = recording  # type: ignore[assignment]
    yield recording
    ActionEscalateEmergency.notifier = None


@pytest.fixture
def sent(dispatcher: CollectingDispatcher):
    """A function returning the response names the action sent, in order."""
    return lambda: [message.get("response") for message in dispatcher.messages]
