"""Tables of the gateway's store. Every change here comes with an Alembic migration."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp on every database: SQLite keeps no zone, so values are stored
    in UTC and read back as aware UTC datetimes (PostgreSQL's timestamptz does this itself)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class ClientKind(enum.Enum):
    """What kind of application calls the gateway; limits and reserved operations follow it."""

    PORTAL = "portal"
    MOBILE_APP = "mobile_app"
    INTEGRATOR = "integrator"
    RECEIVING_AGENCY = "receiving_agency"


class ApiClient(Base):
    """A registered calling application. Only a SHA-256 hash of its API key is kept."""

    __tablename__ = "api_clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[ClientKind] = mapped_column(
        Enum(
            ClientKind, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e]
        )
    )
    key_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    key_prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)


class GatewaySession(Base):
    """A login wallet: one bearer token (kept only as a hash) holding agency sessions."""

    __tablename__ = "gateway_sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("api_clients.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    agency_sessions: Mapped[list[AgencySession]] = relationship(
        back_populates="session", cascade="all, delete-orphan", lazy="selectin"
    )


class AgencySession(Base):
    """A login at one agency held in a gateway session; the upstream token is sealed."""

    __tablename__ = "agency_sessions"
    __table_args__ = (UniqueConstraint("session_id", "agency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("gateway_sessions.id", ondelete="CASCADE"), index=True
    )
    agency: Mapped[str] = mapped_column(String(32))
    principal_kind: Mapped[str] = mapped_column(String(32))
    principal_label: Mapped[str] = mapped_column(String(200))
    upstream_token_sealed: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    session: Mapped[GatewaySession] = relationship(back_populates="agency_sessions")


class IdempotencyRecord(Base):
    """The first outcome of a mutation sent with an ``Idempotency-Key``, per caller."""

    __tablename__ = "idempotency_records"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    response: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class PersistedQuery(Base):
    """A query known by its SHA-256: learnt through APQ, or registered for the allow-list."""

    __tablename__ = "persisted_queries"

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    query: Mapped[str] = mapped_column(Text)
    allow_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    client_kind: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), server_default=func.now())
