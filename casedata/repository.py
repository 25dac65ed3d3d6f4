"""CaseRepository: every read and write of case data goes through here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from casedata.models import (
    CASE_KINDS,
    CASE_PRIORITY,
    NOTE_MAX,
    OPEN_STATUSES,
    OUTCOMES,
    REPORT_DECISIONS,
    Case,
    utcnow,
)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def engine_for(url: str) -> sa.engine.Engine:
    """An engine on the case database at `url` (shared by the repositories of one process)."""
    return _engine(url)


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

    @property
    def engine(self) -> sa.engine.Engine:
        """The engine, for the other repositories of the same database."""
        return self._engine

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
            owner = self._owner_of(session, conversation_id)
            case = Case(
                conversation_id=conversation_id,
                kind=kind,
                priority=CASE_PRIORITY[kind],
                status="queued",
                language=language if language in ("sv", "en") else "sv",
                age=age,
                category=category,
            )
            if owner is not None:
                # the conversation is already with a counsellor: the new case is theirs too
                case.status, case.claimed_by, case.claimed_at = "active", owner[0], owner[1]
            session.add(case)
            return case

    @staticmethod
    def _owner_of(session: Session, conversation_id: str) -> Optional[tuple]:
        query = sa.select(Case.claimed_by, Case.claimed_at).where(
            Case.conversation_id == conversation_id,
            Case.status.in_(OPEN_STATUSES),
            Case.claimed_by.is_not(None),
        )
        return session.execute(query).first()

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

    # ------------------------------------------------------------------ console

    def get(self, case_id: int) -> Optional[Case]:
        """One case by id."""
        with self._sessions() as session:
            return session.get(Case, case_id)

    def open_cases_of(self, conversation_id: str) -> List[Case]:
        """The conversation's open cases, most urgent first."""
        with self._sessions() as session:
            query = (
                sa.select(Case)
                .where(Case.conversation_id == conversation_id, Case.status.in_(OPEN_STATUSES))
                .order_by(Case.priority, Case.created_at, Case.id)
            )
            return list(session.execute(query).scalars())

    def claimed_by_user(self, username: str) -> List[Case]:
        """Open cases a counsellor owns, most urgent first."""
        with self._sessions() as session:
            query = (
                sa.select(Case)
                .where(Case.claimed_by == username, Case.status.in_(OPEN_STATUSES))
                .order_by(Case.priority, Case.created_at, Case.id)
            )
            return list(session.execute(query).scalars())

    def claim(self, conversation_id: str, username: str) -> "Claim":
        """Give the conversation's open cases to `username`, atomically.

        One UPDATE decides: it only touches cases nobody else holds, so of two
        counsellors claiming at once exactly one wins. Claiming again what one
        already holds succeeds (idempotent).
        """
        table = Case.__table__
        now = utcnow()
        other = table.alias("other")
        others = (
            sa.select(other.c.id)
            .where(
                other.c.conversation_id == conversation_id,
                other.c.status.in_(OPEN_STATUSES),
                other.c.claimed_by.is_not(None),
                other.c.claimed_by != username,
            )
            .correlate_except(other)
            .exists()
        )
        with self._engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # lock the rows in one order first, so concurrent claims queue up
                # instead of deadlocking; the UPDATE below still decides the winner
                connection.execute(
                    sa.select(table.c.id)
                    .where(table.c.conversation_id == conversation_id,
                           table.c.status.in_(OPEN_STATUSES))
                    .order_by(table.c.id)
                    .with_for_update()
                ).all()
            result = connection.execute(
                table.update()
                .where(
                    table.c.conversation_id == conversation_id,
                    table.c.status.in_(OPEN_STATUSES),
                    sa.or_(table.c.claimed_by.is_(None), table.c.claimed_by == username),
                    ~others,
                )
                .values(claimed_by=username, claimed_at=now, status="active", updated_at=now)
            )
            won = result.rowcount > 0
            holder = None
            if not won:
                holder = connection.execute(
                    sa.select(table.c.claimed_by).where(
                        table.c.conversation_id == conversation_id,
                        table.c.status.in_(OPEN_STATUSES),
                        table.c.claimed_by.is_not(None),
                    )
                ).scalar()
        return Claim(won=won, holder=username if won else holder)

    def release(self, conversation_id: str, username: str) -> int:
        """Put the conversation's cases held by `username` back in the queue."""
        table = Case.__table__
        with self._engine.begin() as connection:
            result = connection.execute(
                table.update()
                .where(
                    table.c.conversation_id == conversation_id,
                    table.c.status.in_(OPEN_STATUSES),
                    table.c.claimed_by == username,
                )
                .values(claimed_by=None, claimed_at=None, status="queued", updated_at=utcnow())
            )
            return result.rowcount

    def check_closure(self, conversation_id: str, username: str, closure: "Closure") -> List[Case]:
        """The cases `closure` would close; ClosureError/NotOwnerError if it may not."""
        cases = self.open_cases_of(conversation_id)
        if not cases:
            raise ClosureError("Det finns inget öppet ärende att avsluta.")
        if any(case.claimed_by != username for case in cases):
            raise NotOwnerError("Bara den stödperson som har tagit över samtalet kan avsluta det.")
        closure.validate(kinds={case.kind for case in cases})
        return cases

    def close(self, conversation_id: str, username: str, closure: "Closure") -> List[Case]:
        """Close every open case of the conversation with the outcome (rules in Closure)."""
        cases = self.check_closure(conversation_id, username, closure)
        table = Case.__table__
        now = utcnow()
        with self._engine.begin() as connection:
            result = connection.execute(
                table.update()
                .where(
                    table.c.id.in_([case.id for case in cases]),
                    table.c.status.in_(OPEN_STATUSES),
                    table.c.claimed_by == username,
                )
                .values(
                    status="closed",
                    closed_by=username,
                    closed_at=now,
                    updated_at=now,
                    outcome=closure.outcome,
                    note=closure.clean_note(),
                    emergency_acknowledged=closure.emergency_acknowledged,
                    report_decision=closure.report_decision,
                    report_made_by=closure.clean_made_by(),
                    report_made_at=closure.report_made_at,
                )
            )
            if result.rowcount != len(cases):
                raise ClosureError("Ärendet ändrades samtidigt; ladda om och försök igen.")
        return [self.get(case.id) for case in cases]


@dataclass(frozen=True)
class Claim:
    """The result of a claim: whether this counsellor won, and who holds it now."""

    won: bool
    holder: Optional[str]


class ClosureError(ValueError):
    """A closure that breaks a rule (its message is shown to the counsellor)."""


class NotOwnerError(PermissionError):
    """Someone other than the owning counsellor tried to act on a conversation."""


@dataclass(frozen=True)
class Closure:
    """What a counsellor records when closing a conversation."""

    outcome: str
    note: str = ""
    emergency_acknowledged: bool = False
    report_decision: Optional[str] = None
    report_made_by: Optional[str] = None
    report_made_at: Optional[dt.datetime] = None

    def clean_note(self) -> Optional[str]:
        """The note without surrounding space, or None."""
        return (self.note or "").strip() or None

    def clean_made_by(self) -> Optional[str]:
        """Who made the report, without surrounding space, or None."""
        return (self.report_made_by or "").strip() or None

    def validate(self, kinds: set) -> None:
        """Raise ClosureError unless the closure satisfies the rules for these case kinds."""
        if self.outcome not in OUTCOMES:
            raise ClosureError("Välj ett utfall.")
        if len(self.clean_note() or "") > NOTE_MAX:
            raise ClosureError(f"Anteckningen får vara högst {NOTE_MAX} tecken.")
        if "emergency" in kinds and not self.emergency_acknowledged:
            raise ClosureError(
                "Ett akutärende kan bara avslutas när du uttryckligen har bekräftat "
                "att akutläget är hanterat."
            )
        if self.report_decision is not None and self.report_decision not in REPORT_DECISIONS:
            raise ClosureError("Okänt beslut om orosanmälan.")
        if "report" in kinds and self.report_decision is None:
            raise ClosureError(
                "Ett ärende om orosanmälan kan bara avslutas med beslutet: "
                "gjordes en orosanmälan eller inte?"
            )
        if self.outcome == "report_made" and self.report_decision != "made":
            raise ClosureError("Utfallet 'orosanmälan gjord' kräver beslutet 'gjord'.")
        if self.report_decision == "made":
            made_by = self.clean_made_by()
            if not made_by or len(made_by) > 120:
                raise ClosureError("Ange vem som gjorde orosanmälan (högst 120 tecken).")
            if self.report_made_at is None:
                raise ClosureError("Ange när orosanmälan gjordes.")
            if self.report_made_at > utcnow() + dt.timedelta(minutes=5):
                raise ClosureError("Tidpunkten för orosanmälan kan inte ligga i framtiden.")
