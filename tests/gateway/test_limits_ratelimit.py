"""Per-client rate limits: by session token, else by IP; 429 with Retry-After; Redis shared.

The Redis tests run when GATEWAY_TEST_REDIS_URL is set; each uses its own key prefix and
deletes only the keys under it.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis
from starlette.applications import Starlette

from gateway.app import create_app
from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.limits import callers as callers_module
from gateway.limits import ratelimit
from gateway.limits.callers import VerifiedCallers
from gateway.services import sessions
from gateway.settings import Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import running
from tests.gateway.conftest import Stack, make_settings

TYPENAME = {"query": "{ __typename }"}


def redis_url() -> str:
    url = os.environ.get("GATEWAY_TEST_REDIS_URL")
    if not url:
        pytest.skip("GATEWAY_TEST_REDIS_URL is not set (CI sets it; see .ci/run)")
    return url


@pytest.fixture
def settings() -> Settings:
    return make_settings(rate_limit="3/minute")


async def new_session(app: Starlette) -> str:
    """A real gateway session's bearer token (made in the store, spending no budget)."""
    async with app.state.gateway.store.sessions() as db, db.begin():
        _, token = await sessions.create(db, now=datetime.now(UTC), ttl=3600)
    return token


async def spend(client: httpx.AsyncClient, count: int, **headers: str) -> list[int]:
    statuses = []
    for _ in range(count):
        response = await client.post("/graphql", json=TYPENAME, headers=headers)
        statuses.append(response.status_code)
    return statuses


async def test_a_client_over_its_budget_gets_429_with_retry_after(stack: Stack) -> None:
    # given a client that has spent its 3 requests
    assert await spend(stack.gateway.http, 3) == [200, 200, 200]
    # when it sends one more
    response = await stack.gateway.http.post("/graphql", json=TYPENAME)
    # then
    assert response.status_code == 429
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 60
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["message"] == f"요청이 너무 많습니다. {retry_after}초 후에 다시 시도해 주십시오."
    assert "data" not in response.json()


async def test_the_refusal_is_in_english_on_accept_language_en(stack: Stack) -> None:
    await spend(stack.gateway.http, 3)
    response = await stack.gateway.http.post(
        "/graphql", json=TYPENAME, headers={"Accept-Language": "en"}
    )
    assert response.json()["errors"][0]["message"].startswith("Too many requests. Try again in")


async def test_each_ip_address_has_its_own_budget(stack: Stack) -> None:
    await spend(stack.gateway.http, 4)
    transport = httpx.ASGITransport(app=stack.app, client=("203.0.113.7", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as other:
        assert await spend(other, 3) == [200, 200, 200]


async def test_each_session_has_its_own_budget_whatever_its_address(stack: Stack) -> None:
    # given one address that has spent its budget anonymously
    await spend(stack.gateway.http, 4)
    # when two sessions call from the same address
    one, two = await new_session(stack.app), await new_session(stack.app)
    first = await spend(stack.gateway.http, 4, Authorization=f"Bearer {one}")
    second = await spend(stack.gateway.http, 3, Authorization=f"Bearer {two}")
    # then each has its own 3
    assert first == [200, 200, 200, 429]
    assert second == [200, 200, 200]


async def test_a_made_up_token_spends_the_address_budget(stack: Stack) -> None:
    # given an address that has spent its budget anonymously
    await spend(stack.gateway.http, 3)
    # when it sends tokens the gateway never issued, a new one each time
    statuses = [
        (await spend(stack.gateway.http, 1, Authorization=f"Bearer made-up-{n}"))[0]
        for n in range(3)
    ]
    # then they buy no budget of their own
    assert statuses == [429, 429, 429]


async def test_a_made_up_api_key_spends_the_address_budget(stack: Stack) -> None:
    await spend(stack.gateway.http, 3)
    statuses = await spend(stack.gateway.http, 2, **{"X-Api-Key": "agk_not-a-real-key"})
    assert statuses == [429, 429]


async def test_an_ended_session_spends_the_address_budget(stack: Stack) -> None:
    # given a session that logged out, from an address that has spent its budget
    token = await new_session(stack.app)
    bearer = {"Authorization": f"Bearer {token}"}
    logout = "mutation { sessionLogout { errors { code } } }"
    response = await stack.gateway.http.post("/graphql", json={"query": logout}, headers=bearer)
    assert response.status_code == 200
    # when a fresh gateway (no remembered answers) sees its token
    callers = VerifiedCallers()
    scope = {
        "type": "http",
        "headers": [(b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 1),
        "app": stack.app,
    }

    async def allow(key: str) -> None:
        return None

    # then it counts as no credential
    assert await callers.key(scope, allow) == "ip:127.0.0.1"


async def test_unknown_credentials_are_checked_no_faster_than_the_budget(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # given an address sending a new made-up token with every request, whose verify budget
    # lets two checks through
    looked_up: list[str] = []

    async def is_valid(scope: object, kind: str, secret: str) -> bool:
        looked_up.append(secret)
        return False

    monkeypatch.setattr(callers_module, "_is_valid", is_valid)
    budget = iter([None, None, 30, 30])

    async def hit(key: str) -> int | None:
        assert key == "verify:ip:198.51.100.2"
        return next(budget)

    callers = VerifiedCallers()
    keys = []
    for n in range(4):
        headers = [(b"authorization", f"Bearer x{n}".encode())]
        scope = {"type": "http", "headers": headers, "client": ("198.51.100.2", 1)}
        keys.append(await callers.key(scope, hit))
    # then only two reached the store, and every one counted as the address
    assert looked_up == ["x0", "x1"]
    assert keys == ["ip:198.51.100.2"] * 4


async def test_health_probes_are_never_limited(stack: Stack) -> None:
    await spend(stack.gateway.http, 4)
    for _ in range(5):
        assert (await stack.gateway.http.get("/healthz")).status_code == 200
        assert (await stack.gateway.http.get("/readyz")).status_code == 200


@pytest.fixture
async def redis_prefix(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, Redis]]:
    """A key prefix of this test's own, and a Redis client; the prefix's keys go afterwards."""
    url = redis_url()
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setattr(ratelimit, "KEY_PREFIX", prefix)
    client = Redis.from_url(url)
    try:
        yield prefix, client
    finally:
        keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


@pytest.mark.redis
async def test_replicas_on_one_redis_share_a_client_s_budget(
    redis_prefix: tuple[str, Redis], tmp_path: Path
) -> None:
    # given two gateway replicas on one Redis and one database
    prefix, redis = redis_prefix
    settings = make_settings(
        rate_limit="3/minute",
        redis_url=redis_url(),
        event_bus="memory",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'gateway.sqlite'}",
    )
    nts = create_nts_mock()
    one = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    other = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    async with (
        running(nts),
        running(one),
        running(other),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=one), base_url="http://one") as a,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=other), base_url="http://b") as b,
    ):
        token, another = await new_session(one), await new_session(one)
        bearer = {"Authorization": f"Bearer {token}"}
        # when one session spends two requests on one replica and two on the other
        assert await spend(a, 2, **bearer) == [200, 200]
        assert await spend(b, 2, **bearer) == [200, 429]
        # then the fourth was refused: one budget; and another session still has its own
        assert await spend(b, 1, Authorization=f"Bearer {another}") == [200]
    # and Redis holds the token's hash under our prefix, never the token
    keys = [key.decode() async for key in redis.scan_iter(match=f"{prefix}:*")]
    digest = hashlib.sha256(token.encode()).hexdigest()
    assert any(digest in key for key in keys)
    assert not any(token in key for key in keys)


async def test_each_client_application_without_a_session_has_its_own_budget(stack: Stack) -> None:
    # given one address that has spent its budget anonymously, and a registered application
    await spend(stack.gateway.http, 4)
    async with stack.app.state.gateway.store.sessions() as db, db.begin():
        _, key = await ApiClientRepository(db).register("portal-x", ClientKind.PORTAL)
    # when the application calls from that address without a session
    statuses = await spend(stack.gateway.http, 4, **{"X-Api-Key": key})
    # then it spends a budget of its own
    assert statuses == [200, 200, 200, 429]
