"""The audit log: append-only (the database refuses updates and deletes), read by admins."""
from __future__ import annotations

from typing import List, Optional

import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from casedata.models import AuditEntry, utcnow

AUDIT_ACTIONS = (
    "login",
    "login_failed",
    "login_locked",
    "logout",
    "view_transcript",
    "takeover",
    "takeover_refused",
    "message_sent",
    "hand_back",
    "release",
    "close",
    "user_created",
    "user_disabled",
    "user_enabled",
)


class AuditLog:
    """Write one line per event; read them newest first. No update, no delete."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    def record(
        self,
        actor: Optional[str],
        action: str,
        *,
        conversation_id: Optional[str] = None,
        case_id: Optional[int] = None,
        detail: Optional[str] = None,
    ) -> AuditEntry:
        """Append one entry (never any conversation text: only who, what, which, when)."""
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        entry = AuditEntry(
            at=utcnow(),
            actor=(actor or None) and actor[:64],
            action=action,
            conversation_id=conversation_id,
            case_id=case_id,
            detail=(detail or None) and detail[:200],
        )
        with self._sessions.begin() as session:
            session.add(entry)
        return entry

    def entries(self, limit: int = 200, conversation_id: Optional[str] = None) -> List[AuditEntry]:
        """The newest entries first (optionally of one conversation)."""
        query = sa.select(AuditEntry).order_by(AuditEntry.id.desc()).limit(max(1, min(limit, 1000)))
        if conversation_id is not None:
            query = query.where(AuditEntry.conversation_id == conversation_id)
        with self._sessions() as session:
            return list(session.execute(query).scalars())
