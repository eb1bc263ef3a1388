"""Alembic environment: runs on the connection handed over by ``gateway.db.migrate``, or, from
the ``alembic`` command line, on the database of the current settings."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection

from gateway.db.engine import create_engine
from gateway.db.models import Base
from gateway.settings import load_settings


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_from_settings() -> None:
    engine = create_engine(load_settings().resolved_database_url)
    async with engine.begin() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


given = context.config.attributes.get("connection")
if given is not None:
    _run(given)
else:
    asyncio.run(_run_from_settings())
