"""'Delete my conversation': the open-case check and the removal of tracker events."""
from __future__ import annotations

import logging
from typing import Any, Optional

from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore

from casedata import CaseRepository

logger = logging.getLogger(__name__)

# An open case of these kinds keeps the transcript: a counsellor must be able to read it.
KEEPING_KINDS = ("emergency", "report")


class DeletionUnsupported(RuntimeError):
    """The tracker store in use cannot delete one conversation."""


def open_keeping_case(repository: CaseRepository, conversation_id: str) -> Optional[str]:
    """`emergency` or `report` if such a case is open for the conversation, else None."""
    for kind in KEEPING_KINDS:
        if repository.has_open_case(conversation_id, (kind,)):
            return kind
    return None


def unwrap_tracker_store(store: Any) -> Any:
    """The real store inside Rasa's fail-safe and awaitable wrappers."""
    seen = 0
    while hasattr(store, "_tracker_store") and seen < 5:
        store = store._tracker_store
        seen += 1
    return store


def delete_tracker(store: Any, conversation_id: str) -> int:
    """Delete every stored event of the conversation; the number of rows removed."""
    real = unwrap_tracker_store(store)
    if isinstance(real, SQLTrackerStore):
        with real.session_scope() as session:
            removed = (
                session.query(real.SQLEvent)
                .filter(real.SQLEvent.sender_id == conversation_id)
                .delete(synchronize_session=False)
            )
            session.commit()
        return int(removed)
    if isinstance(real, InMemoryTrackerStore):
        return 1 if real.store.pop(conversation_id, None) is not None else 0
    raise DeletionUnsupported(f"cannot delete from {type(real).__name__}")
