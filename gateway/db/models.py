"""Tables of the gateway's store. Every change here comes with an Alembic migration."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import DateTime, Enum, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
