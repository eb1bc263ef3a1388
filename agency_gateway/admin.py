"""Store administration commands: migrations and client applications."""

from __future__ import annotations

import argparse

from gateway.db import migrate
from gateway.db.engine import create_engine, session_factory
from gateway.db.models import ClientKind
from gateway.db.repositories import ApiClientRepository
from gateway.settings import Settings


async def run(args: argparse.Namespace, settings: Settings) -> int:
    engine = create_engine(settings.resolved_database_url)
    try:
        await migrate.upgrade(engine)
        if args.command == "db":
            print(f"database at {engine.url.render_as_string(hide_password=True)} is up to date")
            return 0
        async with session_factory(engine)() as session, session.begin():
            return await _clients(args, ApiClientRepository(session))
    finally:
        await engine.dispose()


async def _clients(args: argparse.Namespace, clients: ApiClientRepository) -> int:
    if args.action == "add":
        client, key = await clients.register(args.name, ClientKind(args.kind))
        print(f"registered {client.name} ({client.kind.value}); its API key, shown only now:")
        print(key)
        return 0
    if args.action == "revoke":
        if await clients.revoke(args.name):
            print(f"revoked {args.name}")
            return 0
        print(f"no active client named {args.name}")
        return 1
    for client in await clients.list_all():
        state = "revoked" if client.revoked_at else "active"
        print(f"{client.name}\t{client.kind.value}\t{client.key_prefix}…\t{state}")
    return 0
