"""CaseRepository: every read and write of case data goes through here."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from casedata.models import CASE_KINDS, CASE_PRIORITY, OPEN_STATUSES, Case

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _engine(url: str) -> sa.engine.Engine:
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        return sa.create_engine(url, future=True, connect_args={"timeout": 15})
    return sa.create_engine(url, future=True, pool_pre_ping=True)


def migrate(url: str) -> None:
    """Bring the database at `url` to the newest schema (Alembic upgrade head)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(config, "head")


class CaseRepository:
    """Cases for counsellors; one open case per conversation and kind."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> "CaseRepository":
        """A repository on the database at `url` (the schema must be migrated)."""
        return cls(_engine(url))

    def dispose(self) -> None:
        """Close the connection pool."""
        self._engine.dispose()

    def open_case(
        self,
        conversation_id: str,
        kind: str,
        *,
        language: str = "sv",
        age: Optional[int] = None,
        category: Optional[str] = None,
    ) -> Case:
        """Record a case, or return the open one of that kind (never a duplicate)."""
        if kind not in CASE_KINDS:
            raise ValueError(f"unknown case kind {kind!r}")
        if not conversation_id or len(conversation_id) > 128:
            raise ValueError("conversation id must be 1-128 characters")
        with self._sessions.begin() as session:
            existing = self._open_of_kind(session, conversation_id, kind)
            if existing is not None:
                if age is not None and existing.age is None:
                    existing.age = age
                if category and not existing.category:
                    existing.category = category
                return existing
            case = Case(
                conversation_id=conversation_id,
                kind=kind,
                priority=CASE_PRIORITY[kind],
                status="queued",
                language=language if language in ("sv", "en") else "sv",
                age=age,
                category=category,
            )
            session.add(case)
            return case

    @staticmethod
    def _open_of_kind(session: Session, conversation_id: str, kind: str) -> Optional[Case]:
        query = sa.select(Case).where(
            Case.conversation_id == conversation_id,
            Case.kind == kind,
            Case.status.in_(OPEN_STATUSES),
        )
        return session.execute(query).scalars().first()

    def cases_for(self, conversation_id: str) -> list[Case]:
        """All cases of one conversation, oldest first."""
        with self._sessions() as session:
            query = (
                sa.select(Case)
                .where(Case.conversation_id == conversation_id)
                .order_by(Case.created_at, Case.id)
            )
            return list(session.execute(query).scalars())

    def open_queue(self) -> list[Case]:
        """Open cases, most urgent first, then longest waiting."""
        with self._sessions() as session:
            query = (
                sa.select(Case)
                .where(Case.status.in_(OPEN_STATUSES))
                .order_by(Case.priority, Case.created_at, Case.id)
            )
            return list(session.execute(query).scalars())

    def waiting_ahead_of(self, case: Case) -> int:
        """How many queued cases a counsellor will take before this one."""
        queue = [c for c in self.open_queue() if c.status == "queued"]
        ids = [c.id for c in queue]
        return ids.index(case.id) if case.id in ids else len(ids)

    def has_open_case(self, conversation_id: str, kinds: Iterable[str] = CASE_KINDS) -> bool:
        """Whether the conversation has an open case of any of `kinds`."""
        with self._sessions() as session:
            query = sa.select(sa.func.count(Case.id)).where(
                Case.conversation_id == conversation_id,
                Case.kind.in_(tuple(kinds)),
                Case.status.in_(OPEN_STATUSES),
            )
            return session.execute(query).scalar_one() > 0
