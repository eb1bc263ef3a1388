"""The outbox: SMS and e-mails a mock "sends", kept in its own table for tests to read."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import String, Text, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from mocks.framework.clock import Clock
from mocks.framework.db import FrameworkBase, KstDateTime

Channel = Literal["sms", "email"]


class OutboxRow(FrameworkBase):
    __tablename__ = "mock_outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(8), index=True)
    to: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime] = mapped_column(KstDateTime())


class OutboxMessage(BaseModel):
    """One sent message as the admin API shows it."""

    id: int
    channel: Channel
    to: str
    subject: str | None
    body: str
    code: str | None
    sent_at: datetime

    @classmethod
    def of(cls, row: OutboxRow) -> OutboxMessage:
        return cls.model_validate(row, from_attributes=True)


class Outbox:
    """Sends messages inside the current request's unit of work (rolled back with it)."""

    def __init__(self, session: Callable[[], Awaitable[AsyncSession]], clock: Clock) -> None:
        self._session = session
        self._clock = clock

    async def send(
        self,
        *,
        channel: Channel,
        to: str,
        body: str,
        code: str | None = None,
        subject: str | None = None,
    ) -> OutboxMessage:
        row = OutboxRow(
            channel=channel, to=to, subject=subject, body=body, code=code, sent_at=self._clock.now()
        )
        session = await self._session()
        session.add(row)
        await session.flush()
        return OutboxMessage.of(row)


async def list_messages(
    session: AsyncSession, *, to: str | None = None, channel: str | None = None
) -> list[OutboxMessage]:
    query = select(OutboxRow).order_by(OutboxRow.id)
    if to is not None:
        query = query.where(OutboxRow.to == to)
    if channel is not None:
        query = query.where(OutboxRow.channel == channel)
    return [OutboxMessage.of(row) for row in await session.scalars(query)]


async def clear_messages(session: AsyncSession) -> int:
    result = await session.execute(delete(OutboxRow))
    return int(getattr(result, "rowcount", 0) or 0)
