"""SQLAlchemy models for cases (SQLite by default, PostgreSQL by URL)."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

CASE_KINDS = ("emergency", "report", "handover")
# Lower number = more urgent; the counsellors' queue sorts on it.
CASE_PRIORITY = {"emergency": 1, "report": 2, "handover": 3}
OPEN_STATUSES = ("queued", "active")


def utcnow() -> dt.datetime:
    """Timezone-naive UTC now, as stored in the database."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Case(Base):
    """Something a counsellor must look at, raised by one conversation."""

    __tablename__ = "cases"

    id = sa.Column(sa.Integer, primary_key=True)
    conversation_id = sa.Column(sa.String(128), nullable=False, index=True)
    kind = sa.Column(sa.String(16), nullable=False)
    priority = sa.Column(sa.Integer, nullable=False)
    status = sa.Column(sa.String(16), nullable=False, default="queued")
    category = sa.Column(sa.String(64), nullable=True)
    age = sa.Column(sa.Integer, nullable=True)
    language = sa.Column(sa.String(8), nullable=False, default="sv")
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    updated_at = sa.Column(sa.DateTime, nullable=False, default=utcnow, onupdate=utcnow)

    __table_args__ = (
        sa.CheckConstraint(f"kind IN {CASE_KINDS}", name="ck_cases_kind"),
        sa.Index("ix_cases_status_priority", "status", "priority", "created_at"),
    )

    def __repr__(self) -> str:
        return f"<Case {self.id} {self.kind} {self.status} {self.conversation_id[:8]}…>"
