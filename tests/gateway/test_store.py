"""The gateway's store: migrations and client applications, on SQLite and on PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from gateway.db import migrate
from gateway.db.engine import create_engine, session_factory
from gateway.db.models import ApiClient, ClientKind
from gateway.db.repositories import ApiClientRepository
from tests.conftest import postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
async def engine(request: pytest.FixtureRequest) -> AsyncIterator[AsyncEngine]:
    """A migrated, empty database: in-memory SQLite, or a fresh schema in PostgreSQL."""
    if request.param == "sqlite":
        engine = create_engine("sqlite+aiosqlite://")
        await migrate.upgrade(engine)
        yield engine
        await engine.dispose()
        return
    url, schema = postgres_url(), f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    async with admin.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(url, search_path=schema)
    try:
        await migrate.upgrade(engine)
        yield engine
    finally:
        await engine.dispose()
        async with admin.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


async def test_migrations_create_the_tables_and_are_idempotent(engine: AsyncEngine) -> None:
    await migrate.upgrade(engine)  # a second run changes nothing
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda c: inspect(c).get_table_names())
    assert {"api_clients", "alembic_version"} <= set(tables)


async def test_registered_client_is_found_by_its_key_and_only_a_hash_is_stored(
    engine: AsyncEngine,
) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        client, key = await ApiClientRepository(session).register("portal-a", ClientKind.PORTAL)
    async with sessions() as session:
        found = await ApiClientRepository(session).get_by_key(key)
        stored = (await session.execute(text("SELECT * FROM api_clients"))).mappings().all()
    assert found is not None
    assert found.id == client.id
    assert found.kind is ClientKind.PORTAL
    assert key not in str([dict(row) for row in stored])


async def test_unknown_and_revoked_keys_find_no_client(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        _, key = await ApiClientRepository(session).register("app-b", ClientKind.MOBILE_APP)
    async with sessions() as session, session.begin():
        repository = ApiClientRepository(session)
        assert await repository.get_by_key("agk_not-a-key") is None
        assert await repository.revoke("app-b")
    async with sessions() as session:
        assert await ApiClientRepository(session).get_by_key(key) is None


async def test_client_names_are_unique(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        await ApiClientRepository(session).register("twin", ClientKind.INTEGRATOR)
    with pytest.raises(Exception, match=r"(?i)unique"):
        async with sessions() as session, session.begin():
            await ApiClientRepository(session).register("twin", ClientKind.PORTAL)
    async with sessions() as session:
        assert len((await session.scalars(select(ApiClient))).all()) == 1
