"""Create the cases table.

Revision ID: 0001_cases
Revises:
Create Date: 2026-11-23
"""
import sqlalchemy as sa
from alembic import op

revision = "0001_cases"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Cases raised by conversations: emergency, report of concern, handover."""
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("priority", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("age", sa.Integer, nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint(
            "kind IN ('emergency', 'report', 'handover')", name="ck_cases_kind"
        ),
    )
    op.create_index("ix_cases_conversation_id", "cases", ["conversation_id"])
    op.create_index("ix_cases_status_priority", "cases", ["status", "priority", "created_at"])


def downgrade() -> None:
    """Drop the cases table."""
    op.drop_index("ix_cases_status_priority", table_name="cases")
    op.drop_index("ix_cases_conversation_id", table_name="cases")
    op.drop_table("cases")
