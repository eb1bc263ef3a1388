"""The outbox, through a throwaway agency built with the framework."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Literal

import httpx
import pytest
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase

from mocks.framework import Clock, MockAgency, MockContext, OutboxMessage


class _Base(DeclarativeBase):
    pass


async def _no_seed(session: AsyncSession, clock: Clock) -> None:
    return None


class SendCode(BaseModel):
    to: str
    channel: Literal["sms", "email"] = "sms"
    fail_after_sending: bool = False


agency = MockAgency(
    name="toy", title="Toy agency", description="For framework tests", base=_Base, seed=_no_seed
)


@agency.route("POST", "/send", body=SendCode, responses={200: OutboxMessage}, summary="Send")
async def send(ctx: MockContext, body: SendCode) -> OutboxMessage:
    message = await ctx.outbox.send(
        channel=body.channel, to=body.to, body="인증번호 [123456]", code="123456", subject="코드"
    )
    if body.fail_after_sending:
        raise RuntimeError("handler failed after sending")
    return message


@pytest.fixture
async def toy() -> AsyncIterator[httpx.AsyncClient]:
    app = agency.create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://toy") as client:
            yield client


async def test_sent_message_is_listed_in_the_outbox(toy: httpx.AsyncClient) -> None:
    # given a frozen clock
    await toy.post("/__admin/clock", json={"now": "2025-05-05T10:00:00+09:00"})
    # when
    sent = await toy.post("/send", json={"to": "01012345678"})
    # then
    listed = (await toy.get("/__admin/outbox")).json()["messages"]
    assert listed == [
        {
            "id": sent.json()["id"],
            "channel": "sms",
            "to": "01012345678",
            "subject": "코드",
            "body": "인증번호 [123456]",
            "code": "123456",
            "sent_at": "2025-05-05T10:00:00+09:00",
        }
    ]


async def test_outbox_is_filtered_by_recipient_and_channel(toy: httpx.AsyncClient) -> None:
    await toy.post("/send", json={"to": "a@example.com", "channel": "email"})
    await toy.post("/send", json={"to": "01011112222"})
    await toy.post("/send", json={"to": "01033334444"})
    by_to = (await toy.get("/__admin/outbox", params={"to": "01011112222"})).json()["messages"]
    by_channel = (await toy.get("/__admin/outbox", params={"channel": "email"})).json()["messages"]
    assert [m["to"] for m in by_to] == ["01011112222"]
    assert [m["to"] for m in by_channel] == ["a@example.com"]


async def test_unknown_outbox_channel_is_refused_with_422(toy: httpx.AsyncClient) -> None:
    response = await toy.get("/__admin/outbox", params={"channel": "fax"})
    assert response.status_code == 422


async def test_deleting_the_outbox_clears_it(toy: httpx.AsyncClient) -> None:
    await toy.post("/send", json={"to": "01012345678"})
    response = await toy.delete("/__admin/outbox")
    assert response.json() == {"ok": True, "deleted": 1}
    assert (await toy.get("/__admin/outbox")).json() == {"messages": []}


async def test_message_of_a_failed_request_is_not_sent(toy: httpx.AsyncClient) -> None:
    response = await toy.post("/send", json={"to": "01012345678", "fail_after_sending": True})
    assert response.status_code == 500
    assert (await toy.get("/__admin/outbox")).json() == {"messages": []}


async def test_reset_clears_the_outbox(toy: httpx.AsyncClient) -> None:
    await toy.post("/send", json={"to": "01012345678"})
    await toy.post("/__admin/reset")
    assert (await toy.get("/__admin/outbox")).json() == {"messages": []}


async def test_invalid_body_gets_the_default_problem_answer(toy: httpx.AsyncClient) -> None:
    response = await toy.post("/send", json={"channel": "sms"})
    assert response.status_code == 422
    assert response.json()["error"] == "invalid_body"
    assert response.json()["detail"][0]["loc"] == ["to"]


async def test_agency_without_seed_model_refuses_seed_records(toy: httpx.AsyncClient) -> None:
    response = await toy.post("/__admin/seed", json={"anything": []})
    assert (response.status_code, response.json()["error"]) == (400, "seed_records_not_supported")
