"""Console: case claim and closure, console users, append-only audit log.

Revision ID: 0002_console
Revises: 0001_cases
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_console"
down_revision = "0001_cases"
branch_labels = None
depends_on = None

_SQLITE_GUARDS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)
_POSTGRES_GUARDS = (
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
)


def upgrade() -> None:
    """Claim/closure columns on cases; console_users; audit_log guarded against edits."""
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("claimed_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("closed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("closed_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("outcome", sa.String(32), nullable=True))
        batch.add_column(sa.Column("note", sa.String(1000), nullable=True))
        batch.add_column(sa.Column("emergency_acknowledged", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("report_decision", sa.String(16), nullable=True))
        batch.add_column(sa.Column("report_made_by", sa.String(120), nullable=True))
        batch.add_column(sa.Column("report_made_at", sa.DateTime, nullable=True))
        batch.create_check_constraint(
            "ck_cases_status", "status IN ('queued', 'active', 'closed')"
        )
        batch.create_check_constraint(
            "ck_cases_outcome",
            "outcome IS NULL OR outcome IN ('advice_given', 'referred_social_services', "
            "'report_made', 'police_alerted', 'no_action')",
        )
    op.create_index("ix_cases_claimed_by", "cases", ["claimed_by"])

    op.create_table(
        "console_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_login_at", sa.DateTime, nullable=True),
        sa.CheckConstraint(
            "role IN ('counsellor', 'trainer', 'admin')", name="ck_console_users_role"
        ),
    )

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(64), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("conversation_id", sa.String(128), nullable=True),
        sa.Column("case_id", sa.Integer, nullable=True),
        sa.Column("detail", sa.String(200), nullable=True),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    dialect = op.get_bind().dialect.name
    guards = {"sqlite": _SQLITE_GUARDS, "postgresql": _POSTGRES_GUARDS}.get(dialect, ())
    for statement in guards:
        op.execute(statement)


def downgrade() -> None:
    """Drop the console tables and the claim/closure columns."""
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("console_users")
    op.drop_index("ix_cases_claimed_by", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_constraint("ck_cases_outcome", type_="check")
        batch.drop_constraint("ck_cases_status", type_="check")
        for column in ("report_made_at", "report_made_by", "report_decision",
                       "emergency_acknowledged", "note", "outcome", "closed_at",
                       "closed_by", "claimed_at", "claimed_by"):
            batch.drop_column(column)
