"""Idempotency-Key: a retried mutation returns its first outcome instead of acting twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from gateway.app import create_app
from gateway.db.models import GatewaySession, IdempotencyRecord
from gateway.store import Store
from tests.conftest import asgi_client, fresh_postgres_database, running
from tests.gateway.conftest import Stack, make_settings

CREATE = "mutation Create { sessionCreate { token errors { code } } }"
CREATE_OTHER = "mutation CreateAgain { sessionCreate { token } }"
NO_NTS = httpx.MockTransport(lambda request: httpx.Response(503))


async def sessions_in(store: Store) -> int:
    async with store.sessions() as db:
        count: int = await db.scalar(select(func.count()).select_from(GatewaySession)) or 0
    return count


def store_of(stack: Stack) -> Store:
    found: Store = stack.app.state.gateway.store
    return found


async def test_a_repeated_key_returns_the_first_outcome_and_acts_once(stack: Stack) -> None:
    first = await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-1"})
    second = await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-1"})
    assert second.json() == first.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert await sessions_in(store_of(stack)) == 1


async def test_without_a_key_every_request_acts(stack: Stack) -> None:
    await stack.gateway.post(CREATE)
    await stack.gateway.post(CREATE)
    assert await sessions_in(store_of(stack)) == 2


async def test_the_same_key_with_other_input_is_refused(stack: Stack) -> None:
    await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-2"})
    response = await stack.gateway.post(CREATE_OTHER, **{"Idempotency-Key": "k-2"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["extensions"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    assert await sessions_in(store_of(stack)) == 1


async def test_an_expired_key_acts_again(stack: Stack) -> None:
    await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-3"})
    async with store_of(stack).sessions() as db, db.begin():
        await db.execute(
            update(IdempotencyRecord).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-3"})
    assert await sessions_in(store_of(stack)) == 2


async def test_the_stored_outcome_is_sealed(stack: Stack) -> None:
    response = await stack.gateway.post(CREATE, **{"Idempotency-Key": "k-4"})
    token = response.json()["data"]["sessionCreate"]["token"]
    async with store_of(stack).sessions() as db:
        stored = await db.scalar(select(IdempotencyRecord.response))
    assert stored is not None
    assert token not in stored


async def test_keys_belong_to_one_caller(stack: Stack) -> None:
    # given two sessions using the same key string for their own requests
    tokens = []
    for _ in range(2):
        created = await stack.gateway.execute(CREATE)
        tokens.append(created["data"]["sessionCreate"]["token"])
    answers = [
        await stack.gateway.post(
            CREATE, **{"Idempotency-Key": "k-5", "Authorization": f"Bearer {t}"}
        )
        for t in tokens
    ]
    assert answers[0].json() != answers[1].json()


async def test_queries_ignore_the_key(stack: Stack) -> None:
    query = '{ business(registrationNumber: "1208200275") { nts { status } } }'
    await stack.gateway.post(query, **{"Idempotency-Key": "k-6"})
    await stack.gateway.post(query, **{"Idempotency-Key": "k-6"})
    assert await stack.nts_calls() == 2


@pytest.fixture
async def postgres_gateway() -> AsyncIterator[tuple[httpx.AsyncClient, Store]]:
    async with fresh_postgres_database() as url:
        app = create_app(make_settings(database_url=url), transports={"nts": NO_NTS})
        async with running(app), asgi_client(app, "http://gw") as client:
            yield client, app.state.gateway.store


async def test_concurrent_repeats_of_one_key_act_once_on_postgres(
    postgres_gateway: tuple[httpx.AsyncClient, Store],
) -> None:
    client, store = postgres_gateway
    headers = {"Idempotency-Key": "parallel-1"}
    responses = await asyncio.gather(
        *(client.post("/graphql", json={"query": CREATE}, headers=headers) for _ in range(8))
    )
    bodies = {r.text for r in responses}
    assert len(bodies) == 1
    assert all(r.status_code == 200 for r in responses)
    assert await sessions_in(store) == 1
