"""``agency-gateway``: serve, mocks, schema, db, clients."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from agency_gateway import certs, queries
from gateway.settings import SettingsError, load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="agency-gateway",
        description="One GraphQL API over Korean public-agency systems, with mock agencies.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the gateway and every mock agency on loopback")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="gateway port (default 8000)")
    serve.add_argument(
        "--mock-port", type=int, default=8101, help="port of the first mock (nts); others follow"
    )
    serve.add_argument("--data-dir", help="where SQLite files live (default ./data)")
    serve.add_argument("--in-memory", action="store_true", help="keep nothing on disk")
    serve.add_argument(
        "--no-mocks",
        action="store_true",
        help="start no mock: every upstream URL must be set (a replica, or production)",
    )

    mocks = commands.add_parser("mocks", help="run the mock agencies alone")
    mocks.add_argument("--host", default="127.0.0.1")
    mocks.add_argument("--port", type=int, default=8101, help="first mock's port (default 8101)")
    mocks.add_argument("--data-dir", default="data")
    mocks.add_argument("--in-memory", action="store_true")
    mocks.add_argument("--only", help="comma-separated agencies (default: all)")

    commands.add_parser("schema", help="print the GraphQL schema (SDL)")
    certs.add_parser(commands)
    queries.add_parser(commands)

    db = commands.add_parser("db", help="the gateway's store")
    db.add_argument("action", choices=["upgrade"], help="apply migrations up to the newest")

    clients = commands.add_parser("clients", help="client applications and their API keys")
    clients_commands = clients.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = clients_commands.add_parser("add", help="register a client; prints its API key once")
    add.add_argument("name")
    add.add_argument(
        "--kind",
        required=True,
        choices=["portal", "mobile_app", "integrator", "receiving_agency"],
    )
    clients_commands.add_parser("list", help="list registered clients (never their keys)")
    revoke = clients_commands.add_parser("revoke", help="revoke a client's key")
    revoke.add_argument("name")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "schema":
            from gateway.schema import schema

            print(schema.as_str())
            return 0
        if args.command == "certs":
            return certs.run(args)
        if args.command == "queries":
            return asyncio.run(queries.run(args, load_settings()))
        if args.command in ("serve", "mocks"):
            from agency_gateway import serving

            return serving.run_serve(args) if args.command == "serve" else serving.run_mocks(args)
        from agency_gateway import admin

        return asyncio.run(admin.run(args, load_settings()))
    except SettingsError as exc:
        print(f"agency-gateway: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
