"""Run the mock agencies with uvicorn, each on its own port, in the current event loop.

Standalone: ``uv run python -m mocks.serve --base-port 8101 [--data-dir DIR | --in-memory]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections.abc import Iterable, Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

import uvicorn
import uvloop
from starlette.types import ASGIApp

from mocks.framework import IN_MEMORY_URL
from mocks.registry import MOCKS


def database_url(name: str, data_dir: Path | None, in_memory: bool) -> str:
    """``<data_dir>/mocks/<name>.sqlite`` (created on first start), or in memory."""
    if in_memory or data_dir is None:
        return IN_MEMORY_URL
    return f"sqlite+aiosqlite:///{(data_dir / 'mocks' / f'{name}.sqlite').resolve()}"


def mock_ports(ports: Mapping[str, int] | int, names: Iterable[str]) -> dict[str, int]:
    """Explicit ports by name, or ``base_port + i`` for the i-th mock in registry order."""
    if isinstance(ports, int):
        order = list(MOCKS)
        return {name: ports + order.index(name) for name in names}
    return {name: ports[name] for name in names}


def peer_urls(host: str, ports: Mapping[str, int] | int) -> dict[str, str]:
    """Where each mock listens (base port + registry order, or the explicit ports)."""
    names = list(MOCKS) if isinstance(ports, int) else list(ports)
    return {name: f"http://{host}:{port}" for name, port in mock_ports(ports, names).items()}


class _SharedSignalsServer(uvicorn.Server):
    """A uvicorn server that leaves signals to :func:`run_servers`, which stops all at once."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def make_server(app: ASGIApp, host: str, port: int, **config: Any) -> uvicorn.Server:
    """A configured, not yet started server on uvloop and httptools, for :func:`run_servers`."""
    options: dict[str, Any] = {"loop": "uvloop", "http": "httptools", "log_level": "warning"}
    return _SharedSignalsServer(uvicorn.Config(app, host=host, port=port, **(options | config)))


async def run_servers(servers: Iterable[uvicorn.Server]) -> None:
    """Serve until SIGINT or SIGTERM, which stops every server gracefully together."""
    servers = list(servers)
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    try:
        await asyncio.gather(*(server.serve() for server in servers))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def build_servers(
    host: str = "127.0.0.1",
    ports: Mapping[str, int] | int = 8101,
    *,
    data_dir: Path | None = None,
    in_memory: bool = False,
    names: Iterable[str] | None = None,
    peers: Mapping[str, str] | None = None,
) -> dict[str, uvicorn.Server]:
    """One configured, not yet started, uvicorn server per mock (all mocks unless ``names``).

    Each mock reaches the others (its peers: Work24 asks the NTS, agencies redeem identity
    verifications …) at ``peers`` (name → base URL), by default where :func:`peer_urls` puts
    them. Start them with ``await server.serve()``; stop one by setting ``server.should_exit``.
    """
    chosen = list(MOCKS) if names is None else list(names)
    peers = dict(peers) if peers is not None else peer_urls(host, ports)
    servers = {}
    for name, port in mock_ports(ports, chosen).items():
        others = {peer: url for peer, url in peers.items() if peer != name}
        app = MOCKS[name](database_url(name, data_dir, in_memory), peers=others)
        servers[name] = make_server(app, host, port)
    return servers


async def serve_mocks(
    host: str = "127.0.0.1",
    ports: Mapping[str, int] | int = 8101,
    *,
    data_dir: Path | None = None,
    in_memory: bool = False,
    names: Iterable[str] | None = None,
) -> None:
    """Serve the mocks until they are stopped (Ctrl-C / SIGTERM).

    Args:
        host: interface to bind, loopback by default.
        ports: port per mock name, or a base port: the i-th mock of ``mocks.registry.MOCKS``
            listens on ``base + i`` (nts on the base port itself).
        data_dir: SQLite files go to ``<data_dir>/mocks/<name>.sqlite`` and survive restarts;
            ``None`` keeps everything in memory.
        in_memory: in-memory databases even when ``data_dir`` is given.
        names: which mocks to run; all by default.
    """
    servers = build_servers(host, ports, data_dir=data_dir, in_memory=in_memory, names=names)
    await run_servers(servers.values())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m mocks.serve", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--base-port", type=int, default=8101)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--in-memory", action="store_true")
    parser.add_argument("--only", action="append", choices=list(MOCKS), help="repeatable")
    args = parser.parse_args(argv)
    coro = serve_mocks(
        args.host, args.base_port, data_dir=args.data_dir, in_memory=args.in_memory, names=args.only
    )
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner, suppress(KeyboardInterrupt):
        runner.run(coro)


if __name__ == "__main__":
    main()
