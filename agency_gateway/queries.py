"""``agency-gateway queries``: the persisted-query allow-list.

    agency-gateway queries add FILE.graphql [--kind portal]
    agency-gateway queries list [--all]

`add` checks every operation of the file against the schema, then allow-lists each one (with
the fragments it spreads) as a document of its own, for every client or only for one kind, and
prints each document's SHA-256: clients send it as ``extensions.persistedQuery.sha256Hash``, or
send the operation's text. Adding again is harmless (a changed ``--kind`` replaces the old one).
With ``GATEWAY_ALLOW_LIST_ONLY=true`` only these operations run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from graphql import GraphQLError, get_operation_ast, parse
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.db import migrate
from gateway.db.engine import create_engine, session_factory
from gateway.db.models import ClientKind, PersistedQuery
from gateway.db.repositories import PersistedQueryRepository
from gateway.persisted.documents import ANONYMOUS, Operation, split_operations
from gateway.persisted.store import REDIS_TTL, StoredQuery, redis_key
from gateway.settings import Settings


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the `queries` command (with `add` and `list`) to the CLI's sub-commands."""
    queries = subparsers.add_parser("queries", help="the persisted-query allow-list")
    actions = queries.add_subparsers(dest="queries_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="allow-list each operation of a .graphql file")
    add.add_argument("file", type=Path, help="a .graphql file of one or more operations")
    add.add_argument(
        "--kind",
        choices=[kind.value for kind in ClientKind],
        help="only clients of this kind may run them (default: every client)",
    )
    listing = actions.add_parser("list", help="list allow-listed operations and their hashes")
    listing.add_argument("--all", action="store_true", help="also documents learnt through APQ")
    return queries


async def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.queries_command == "list":
        async with _transaction(settings) as session:
            return await _list(PersistedQueryRepository(session), everything=args.all)
    try:
        operations = _operations(args.file)
    except (OSError, ValueError, GraphQLError) as exc:
        print(f"agency-gateway: {args.file}: {exc}", file=sys.stderr)
        return 1
    async with _transaction(settings) as session:
        stored = await _add(session, operations, args.kind)
    await _refresh_redis(settings, stored)
    return 0


@asynccontextmanager
async def _transaction(settings: Settings) -> AsyncIterator[AsyncSession]:
    engine = create_engine(settings.resolved_database_url)
    try:
        await migrate.upgrade(engine)
        async with session_factory(engine)() as session, session.begin():
            yield session
    finally:
        await engine.dispose()


def _operations(path: Path) -> list[Operation]:
    from gateway.schema import schema  # the whole graph: imported only when needed

    return split_operations(path.read_text(encoding="utf-8"), schema._schema)


async def _add(
    session: AsyncSession, operations: list[Operation], kind: str | None
) -> list[StoredQuery]:
    repository = PersistedQueryRepository(session)
    stored = []
    for operation in operations:
        row = await repository.allow(operation.hash, operation.document, kind)
        stored.append(StoredQuery(row.hash, row.query, row.allow_listed, row.client_kind))
        print(f"{operation.hash}\t{operation.name}\t{kind or 'any client'}")
    return stored


async def _list(repository: PersistedQueryRepository, *, everything: bool) -> int:
    for row in await repository.list_all(allow_listed_only=not everything):
        print(f"{row.hash}\t{_name(row)}\t{_audience(row)}")
    return 0


def _name(row: PersistedQuery) -> str:
    try:
        operation = get_operation_ast(parse(row.query, no_location=True))
    except GraphQLError:
        return "(unparsable)"
    if operation is None:
        return "(several operations)"
    return operation.name.value if operation.name else ANONYMOUS


def _audience(row: PersistedQuery) -> str:
    if not row.allow_listed:
        return "learnt through APQ"
    return row.client_kind or "any client"


async def _refresh_redis(settings: Settings, stored: list[StoredQuery]) -> None:
    """Replace what replicas may have cached in Redis (an APQ copy that is not allow-listed)."""
    if not settings.redis_url or not stored:
        return
    redis = Redis.from_url(settings.redis_url)
    try:
        for entry in stored:
            await redis.set(redis_key(entry.hash), entry.encode(), ex=REDIS_TTL)
    finally:
        await redis.aclose()
