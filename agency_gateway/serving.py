"""``serve`` and ``mocks``: the gateway and the mock agencies on loopback, in one event loop.

Each app gets its own uvicorn server (uvloop, httptools); one signal handler stops them all.
Every mock whose upstream URL is not set is started, and the gateway is pointed at it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import uvicorn
import uvloop
from starlette.types import ASGIApp

from gateway.app import create_app
from gateway.logs import configure_logging
from gateway.settings import Settings, load_settings
from mocks.registry import MOCKS


@dataclass(frozen=True)
class Served:
    name: str
    app: ASGIApp
    port: int


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # signals are handled once for all servers by ``_run_all``


async def _run_all(host: str, served: list[Served]) -> None:
    servers = [
        _Server(
            uvicorn.Config(
                s.app,
                host=host,
                port=s.port,
                http="httptools",
                log_config=None,
                access_log=False,
                lifespan="on",
            )
        )
        for s in served
    ]
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    await asyncio.gather(*(server.serve() for server in servers))


def _mock_database(name: str, data_dir: Path, in_memory: bool) -> str:
    if in_memory:
        return "sqlite+aiosqlite://"
    return f"sqlite+aiosqlite:///{data_dir / 'mocks' / f'{name}.sqlite'}"


def _mocks(
    names: list[str], host: str, first_port: int, data_dir: Path, in_memory: bool
) -> list[Served]:
    """Mocks take consecutive ports after ``first_port`` in registry order (nts is +1)."""
    order = list(MOCKS)
    return [
        Served(
            name,
            MOCKS[name](database_url=_mock_database(name, data_dir, in_memory)),
            first_port + 1 + order.index(name),
        )
        for name in names
    ]


def _banner(host: str, served: list[Served]) -> None:
    for s in served:
        where = f"http://{host}:{s.port}"
        what = (
            f"{where}/graphql (GraphiQL)"
            if s.name == "gateway"
            else f"{where} (/openapi.json, /__admin)"
        )
        print(f"  {s.name:<8} {what}", file=sys.stderr)


def _serve_settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if args.data_dir:
        overrides["data_dir"] = Path(args.data_dir)
    if args.in_memory:
        overrides["database_url"] = "sqlite+aiosqlite://"
    return load_settings(**overrides)


def _external(settings: Settings, name: str) -> bool:
    """Whether the gateway is configured to talk to the real (or another) upstream ``name``."""
    upstream = getattr(settings, name, None)
    return upstream is not None and upstream.url is not None


def _point_at(settings: Settings, mock: Served, host: str) -> Settings:
    upstream = getattr(settings, mock.name, None)
    if upstream is None:  # a mock the gateway does not call yet
        return settings
    url = f"http://{host}:{mock.port}"
    return settings.model_copy(update={mock.name: upstream.model_copy(update={"url": url})})


def run(args: argparse.Namespace) -> int:
    if args.command == "mocks":
        names = args.only.split(",") if args.only else list(MOCKS)
        unknown = sorted(set(names) - set(MOCKS))
        if unknown:
            print(f"agency-gateway: unknown mock(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        configure_logging("INFO")
        served = _mocks(names, args.host, args.port - 1, Path(args.data_dir), args.in_memory)
        _banner(args.host, served)
        uvloop.run(_run_all(args.host, served))
        return 0
    settings = _serve_settings(args)
    configure_logging(settings.log_level)
    names = [name for name in MOCKS if not _external(settings, name)]
    mocks = _mocks(names, args.host, args.mock_port, settings.data_dir, args.in_memory)
    for mock in mocks:
        settings = _point_at(settings, mock, args.host)
    served = [Served("gateway", create_app(settings), args.port), *mocks]
    _banner(args.host, served)
    uvloop.run(_run_all(args.host, served))
    return 0
