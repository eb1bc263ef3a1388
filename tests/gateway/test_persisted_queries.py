"""Automatic persisted queries (Apollo APQ): a hash instead of the query text, POST and GET."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import text
from starlette.applications import Starlette

from gateway.app import create_app
from gateway.settings import Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running

STATUS = 'query Status { business(registrationNumber: "1208200275") { nts { statusLabel } } }'
STATUS_HASH = hashlib.sha256(STATUS.encode()).hexdigest()
STATUS_DATA = {"business": {"nts": {"statusLabel": "계속사업자"}}}
INVALID = "query Broken { business { nope } }"
UNKNOWN_HASH = "f" * 64

NOT_FOUND = {
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
}


def apq(sha256: str, query: str | None = None, version: int = 1) -> dict[str, Any]:
    body: dict[str, Any] = {
        "extensions": {"persistedQuery": {"version": version, "sha256Hash": sha256}}
    }
    if query is not None:
        body["query"] = query
    return body


def hash_of(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


@asynccontextmanager
async def gateway(settings: Settings) -> AsyncIterator[tuple[Starlette, httpx.AsyncClient]]:
    """A gateway over an in-process NTS mock; yields the app (for its store) and a client."""
    nts = create_nts_mock()
    app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    async with running(nts), running(app), asgi_client(app, "http://gateway") as client:
        yield app, client


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with gateway(Settings(database_url="sqlite+aiosqlite://")) as (_, client):
        yield client


def file_settings(tmp_path: Path, **overrides: Any) -> Settings:
    return Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'gateway.sqlite'}", **overrides)


async def test_unknown_hash_without_query_is_persisted_query_not_found(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/graphql", json=apq(UNKNOWN_HASH))
    assert response.status_code == 200
    assert response.json() == NOT_FOUND


async def test_hash_sent_with_its_query_runs_and_then_the_hash_alone_runs(
    client: httpx.AsyncClient,
) -> None:
    # given a client that registers the query with its hash
    first = await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
    assert first.json() == {"data": STATUS_DATA}
    # when it sends the hash alone
    second = await client.post("/graphql", json=apq(STATUS_HASH))
    # then the stored document runs
    assert second.status_code == 200
    assert second.json() == {"data": STATUS_DATA}


async def test_hash_alone_may_be_sent_with_get(client: httpx.AsyncClient) -> None:
    await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
    response = await client.get(
        "/graphql",
        params={"extensions": json.dumps(apq(STATUS_HASH)["extensions"])},
        headers={"Accept": "*/*", "X-Apollo-Operation-Name": "Status"},
    )
    assert response.status_code == 200
    assert response.json() == {"data": STATUS_DATA}


async def test_hash_that_is_not_the_sha256_of_the_query_is_a_mismatch(
    client: httpx.AsyncClient,
) -> None:
    response = await client.post("/graphql", json=apq(UNKNOWN_HASH, STATUS))
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_HASH_MISMATCH"
    assert "data" not in response.json()
    # and nothing was stored under either hash
    assert (await client.post("/graphql", json=apq(UNKNOWN_HASH))).json() == NOT_FOUND
    assert (await client.post("/graphql", json=apq(STATUS_HASH))).json() == NOT_FOUND


async def test_mismatch_message_follows_accept_language(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json=apq(UNKNOWN_HASH, STATUS), headers={"Accept-Language": "en"}
    )
    [error] = response.json()["errors"]
    assert error["message"].startswith("persistedQuery.sha256Hash is not the SHA-256")


async def test_document_that_does_not_validate_is_not_stored(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json=apq(hash_of(INVALID), INVALID))
    assert response.json()["errors"]
    assert (await client.post("/graphql", json=apq(hash_of(INVALID)))).json() == NOT_FOUND


async def test_only_version_1_of_the_protocol_is_understood(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json=apq(STATUS_HASH, STATUS, version=2))
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"


async def test_with_persisted_queries_off_a_hash_is_not_supported() -> None:
    settings = Settings(database_url="sqlite+aiosqlite://", persisted_queries=False)
    async with gateway(settings) as (_, client):
        response = await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
        plain = await client.post("/graphql", json={"query": STATUS})
    assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_SUPPORTED"
    assert plain.json() == {"data": STATUS_DATA}


async def test_learnt_query_is_kept_in_the_database_for_every_replica(tmp_path: Path) -> None:
    # given one gateway that learnt the query
    async with gateway(file_settings(tmp_path)) as (_, first):
        await first.post("/graphql", json=apq(STATUS_HASH, STATUS))
    # when another gateway process on the same database gets the hash alone
    async with gateway(file_settings(tmp_path)) as (_, second):
        response = await second.post("/graphql", json=apq(STATUS_HASH))
        metrics = (await second.get("/metrics")).text
    # then it runs, read from the database
    assert response.json() == {"data": STATUS_DATA}
    assert 'gateway_persisted_query_cache_hits_total{tier="database"} 1.0' in metrics


async def test_known_hash_is_served_from_memory_without_the_database(tmp_path: Path) -> None:
    async with gateway(file_settings(tmp_path)) as (app, client):
        await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
        # when the table can no longer be read at all
        async with app.state.gateway.engine.begin() as connection:
            await connection.execute(text("DROP TABLE persisted_queries"))
        response = await client.post("/graphql", json=apq(STATUS_HASH))
    assert response.json() == {"data": STATUS_DATA}


async def test_a_store_that_cannot_answer_makes_the_client_resend_the_text(
    tmp_path: Path,
) -> None:
    async with gateway(file_settings(tmp_path)) as (app, client):
        async with app.state.gateway.engine.begin() as connection:
            await connection.execute(text("DROP TABLE persisted_queries"))
        missing = await client.post("/graphql", json=apq(STATUS_HASH))
        resent = await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
    assert missing.json() == NOT_FOUND
    assert resent.json() == {"data": STATUS_DATA}


@pytest.fixture
async def redis_url() -> str:
    url = os.environ.get("GATEWAY_TEST_REDIS_URL")
    if not url:
        pytest.skip("GATEWAY_TEST_REDIS_URL is not set (CI sets it; see .ci/run)")
    redis = Redis.from_url(url)
    try:
        async for key in redis.scan_iter("gateway:pq:*"):
            await redis.delete(key)
    finally:
        await redis.aclose()
    return url


@pytest.mark.redis
async def test_query_learnt_by_one_replica_runs_on_another_through_redis(
    redis_url: str,
) -> None:
    # given two replicas that share Redis but not a database
    one = Settings(database_url="sqlite+aiosqlite://", redis_url=redis_url)
    two = Settings(database_url="sqlite+aiosqlite://", redis_url=redis_url)
    async with gateway(one) as (_, first), gateway(two) as (_, second):
        # when the first learns the query
        await first.post("/graphql", json=apq(STATUS_HASH, STATUS))
        # then the second runs it from the hash alone, read from Redis
        response = await second.post("/graphql", json=apq(STATUS_HASH))
        metrics = (await second.get("/metrics")).text
    assert response.json() == {"data": STATUS_DATA}
    assert 'gateway_persisted_query_cache_hits_total{tier="redis"} 1.0' in metrics


async def test_each_operation_of_a_batch_is_resolved_on_its_own() -> None:
    settings = Settings(database_url="sqlite+aiosqlite://", allow_batching=True)
    async with gateway(settings) as (_, client):
        await client.post("/graphql", json=apq(STATUS_HASH, STATUS))
        response = await client.post(
            "/graphql", json=[apq(STATUS_HASH), apq(UNKNOWN_HASH), {"query": STATUS}]
        )
    assert response.json() == [{"data": STATUS_DATA}, NOT_FOUND, {"data": STATUS_DATA}]
