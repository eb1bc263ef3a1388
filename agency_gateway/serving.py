"""``serve`` and ``mocks``: the gateway and the mock agencies on loopback, in one event loop.

Every mock whose upstream URL is not set is started, and the gateway is pointed at it; with
``GATEWAY_<AGENCY>__URL`` set, that agency is reached there instead and its mock is not started.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvloop

from gateway.app import create_app, freeze_startup_heap
from gateway.logs import configure_logging
from gateway.settings import Settings, load_settings
from mocks.registry import MOCKS
from mocks.serve import build_servers, make_server, mock_ports, run_servers


def _banner(host: str, gateway_port: int | None, ports: dict[str, int]) -> None:
    if gateway_port is not None:
        print(f"  gateway  http://{host}:{gateway_port}/graphql (GraphiQL)", file=sys.stderr)
    for name, port in ports.items():
        print(f"  {name:<8} http://{host}:{port} (/openapi.json, /__admin)", file=sys.stderr)
    print("  Ctrl+C stops everything.", file=sys.stderr)


def _external(settings: Settings, name: str) -> bool:
    """Whether the gateway is configured to reach upstream ``name`` somewhere else."""
    upstream = getattr(settings, name, None)
    return upstream is not None and upstream.url is not None


def _pointed_at_mocks(settings: Settings, host: str, ports: dict[str, int]) -> Settings:
    updates = {
        name: upstream.model_copy(update={"url": f"http://{host}:{port}"})
        for name, port in ports.items()
        if (upstream := getattr(settings, name, None)) is not None
    }
    return settings.model_copy(update=updates)


def run_mocks(args: argparse.Namespace) -> int:
    names = args.only.split(",") if args.only else list(MOCKS)
    unknown = sorted(set(names) - set(MOCKS))
    if unknown:
        print(f"agency-gateway: unknown mock(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    data_dir = Path(args.data_dir)
    servers = build_servers(
        args.host, args.port, data_dir=data_dir, in_memory=args.in_memory, names=names
    )
    _banner(args.host, None, mock_ports(args.port, names))
    freeze_startup_heap()
    uvloop.run(run_servers(servers.values()))
    return 0


def run_serve(args: argparse.Namespace) -> int:
    overrides: dict[str, object] = {}
    if args.data_dir:
        overrides["data_dir"] = Path(args.data_dir)
    if args.in_memory:
        overrides["database_url"] = "sqlite+aiosqlite://"
    settings = load_settings(**overrides)
    configure_logging(settings.log_level)
    names = [] if args.no_mocks else [name for name in MOCKS if not _external(settings, name)]
    ports = mock_ports(args.mock_port, names)
    settings = _pointed_at_mocks(settings, args.host, ports)
    peers = {name: url for name, config in settings.upstreams().items() if (url := config.url)}
    mocks = build_servers(
        args.host,
        args.mock_port,
        data_dir=settings.data_dir,
        in_memory=args.in_memory,
        names=names,
        peers=peers,
    )
    gateway = make_server(create_app(settings), args.host, args.port, log_config=None)
    _banner(args.host, args.port, ports)
    freeze_startup_heap()
    uvloop.run(run_servers([gateway, *mocks.values()]))
    return 0
