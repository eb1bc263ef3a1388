"""Gateway sessions with agency sessions, idempotency records, persisted queries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "gateway_sessions",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("client_id", sa.Integer(), sa.ForeignKey("api_clients.id"), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.Column("revoked_at", _TS, nullable=True),
    )
    op.create_index(
        "ix_gateway_sessions_token_hash", "gateway_sessions", ["token_hash"], unique=True
    )
    op.create_table(
        "agency_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.String(32),
            sa.ForeignKey("gateway_sessions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("agency", sa.String(32), nullable=False),
        sa.Column("principal_kind", sa.String(32), nullable=False),
        sa.Column("principal_label", sa.String(200), nullable=False),
        sa.Column("upstream_token_sealed", sa.Text(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
        sa.UniqueConstraint("session_id", "agency"),
    )
    op.create_index("ix_agency_sessions_session_id", "agency_sessions", ["session_id"])
    op.create_table(
        "idempotency_records",
        sa.Column("scope", sa.String(80), primary_key=True),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
    )
    op.create_index("ix_idempotency_records_expires_at", "idempotency_records", ["expires_at"])
    op.create_table(
        "persisted_queries",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("allow_listed", sa.Boolean(), nullable=False),
        sa.Column("client_kind", sa.String(32), nullable=True),
        sa.Column("created_at", _TS, server_default=sa.func.now(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("persisted_queries")
    op.drop_index("ix_idempotency_records_expires_at", table_name="idempotency_records")
    op.drop_table("idempotency_records")
    op.drop_index("ix_agency_sessions_session_id", table_name="agency_sessions")
    op.drop_table("agency_sessions")
    op.drop_index("ix_gateway_sessions_token_hash", table_name="gateway_sessions")
    op.drop_table("gateway_sessions")
