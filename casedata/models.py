"""SQLAlchemy models: cases, console users and the audit log (SQLite by default, PostgreSQL by URL)."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()

CASE_KINDS = ("emergency", "report", "handover")
# Lower number = more urgent; the counsellors' queue sorts on it.
CASE_PRIORITY = {"emergency": 1, "report": 2, "handover": 3}
CASE_STATUSES = ("queued", "active", "closed")
OPEN_STATUSES = ("queued", "active")
# What a counsellor did, recorded when a conversation's cases are closed.
OUTCOMES = (
    "advice_given",
    "referred_social_services",
    "report_made",
    "police_alerted",
    "no_action",
)
# The decision a report-of-concern case needs before it can be closed.
REPORT_DECISIONS = ("made", "not_made")
ROLES = ("counsellor", "trainer", "admin")
NOTE_MAX = 1000


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
    # --- the counsellor who owns the conversation (0002) ---
    claimed_by = sa.Column(sa.String(64), nullable=True)
    claimed_at = sa.Column(sa.DateTime, nullable=True)
    # --- closure (0002) ---
    closed_by = sa.Column(sa.String(64), nullable=True)
    closed_at = sa.Column(sa.DateTime, nullable=True)
    outcome = sa.Column(sa.String(32), nullable=True)
    note = sa.Column(sa.String(NOTE_MAX), nullable=True)
    emergency_acknowledged = sa.Column(sa.Boolean, nullable=False, default=False)
    report_decision = sa.Column(sa.String(16), nullable=True)
    report_made_by = sa.Column(sa.String(120), nullable=True)
    report_made_at = sa.Column(sa.DateTime, nullable=True)

    __table_args__ = (
        sa.CheckConstraint(f"kind IN {CASE_KINDS}", name="ck_cases_kind"),
        sa.Index("ix_cases_status_priority", "status", "priority", "created_at"),
    )

    def __repr__(self) -> str:
        return f"<Case {self.id} {self.kind} {self.status} {self.conversation_id[:8]}…>"


class User(Base):
    """A console account: counsellor, trainer or admin (argon2 password hash)."""

    __tablename__ = "console_users"

    id = sa.Column(sa.Integer, primary_key=True)
    username = sa.Column(sa.String(64), nullable=False, unique=True)
    password_hash = sa.Column(sa.String(255), nullable=False)
    role = sa.Column(sa.String(16), nullable=False)
    disabled = sa.Column(sa.Boolean, nullable=False, default=False)
    failed_logins = sa.Column(sa.Integer, nullable=False, default=0)
    locked_until = sa.Column(sa.DateTime, nullable=True)
    created_at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    last_login_at = sa.Column(sa.DateTime, nullable=True)

    __table_args__ = (sa.CheckConstraint(f"role IN {ROLES}", name="ck_console_users_role"),)


class AuditEntry(Base):
    """One line of the append-only audit log: who did what to which conversation, when."""

    __tablename__ = "audit_log"

    id = sa.Column(sa.Integer, primary_key=True)
    at = sa.Column(sa.DateTime, nullable=False, default=utcnow)
    actor = sa.Column(sa.String(64), nullable=True)
    action = sa.Column(sa.String(32), nullable=False)
    conversation_id = sa.Column(sa.String(128), nullable=True)
    case_id = sa.Column(sa.Integer, nullable=True)
    detail = sa.Column(sa.String(200), nullable=True)

    __table_args__ = (sa.Index("ix_audit_log_at", "at"),)
