"""Start `agency-gateway` commands as real processes for end-to-end tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import httpx
import pytest

from mocks.registry import MOCKS

START_SECONDS: Final = float(os.environ.get("AGENCY_GATEWAY_E2E_START_SECONDS", "60"))
"""How long a started process may take to become healthy (a loaded CI machine needs more)."""
CLI: Final = [sys.executable, "-m", "agency_gateway.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def free_ports(count: int) -> int:
    """The first of ``count`` consecutive ports that are all free now (bound together to
    check): ``serve`` gives the gateway one port and mock i the port ``mock_port + i``, and a
    single free port may sit among another server's ports."""
    for _ in range(50):
        first = free_port()
        with contextlib.ExitStack() as sockets:
            try:
                for port in range(first, first + count):
                    sockets.enter_context(socket.socket()).bind(("127.0.0.1", port))
            except (OSError, OverflowError):
                continue
        return first
    pytest.fail(f"no {count} consecutive free ports")


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any ``GATEWAY_*`` setting, plus ``extra``."""
    return {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")} | extra


def add_client(data_dir: Path, name: str, kind: str) -> str:
    """Register a client application with ``agency-gateway clients add``; its API key."""
    added = subprocess.run(
        [*CLI, "clients", "add", name, "--kind", kind],
        env=clean_env(GATEWAY_DATA_DIR=str(data_dir)),
        capture_output=True,
        text=True,
        check=True,
    )
    return added.stdout.strip().splitlines()[-1]


@dataclass(frozen=True)
class Serving:
    """A running ``agency-gateway serve``: the gateway's base URL and where each mock is."""

    gateway: str
    mock_port: int

    def mock(self, name: str) -> str:
        return f"http://127.0.0.1:{self.mock_port + list(MOCKS).index(name)}"


@contextlib.contextmanager
def serving(folder: Path, *, keep_data: bool = False, starts: int = 3) -> Iterator[Serving]:
    """``agency-gateway serve`` with every mock, on a block of free ports, until the block ends;
    ready when ``/readyz`` says every upstream is up. ``keep_data`` serves from ``folder`` as
    its data dir (so clients added there beforehand are known), else in memory. Started again
    on a fresh block when it did not get ready (another process took one of its ports between
    the check and the bind); a failure after it served is the test's."""
    for attempt in range(1, starts + 1):
        port = free_ports(1 + len(MOCKS))
        storage = ["--data-dir", str(folder)] if keep_data else ["--in-memory"]
        args = ["serve", *storage, "--port", str(port), "--mock-port", str(port + 1)]
        env = {"GATEWAY_DATA_DIR": str(folder)} if keep_data else None
        base = f"http://127.0.0.1:{port}"
        ready = False
        try:
            with started(args, f"{base}/readyz", folder / f"serve-{attempt}.log", env):
                ready = True
                yield Serving(base, port + 1)
            return
        except (pytest.fail.Exception, AssertionError):
            if ready or attempt == starts:
                raise


@contextlib.contextmanager
def started(
    args: list[str], health_url: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``agency-gateway ARGS`` until the block ends, its output in ``log``; fails the test
    with the log's tail when the process does not become healthy in :data:`START_SECONDS`;
    stops it with SIGTERM and expects a clean exit."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*CLI, *args],
            env=clean_env(**(env or {})),
            stdout=sink,
            stderr=sink,
        )
        try:
            _wait_until_healthy(process, health_url, log)
            yield process
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0, log.read_text()[-3000:]


def _wait_until_healthy(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    pytest.fail(f"{' '.join(process.args)} did not become healthy:\n{log.read_text()[-4000:]}")  # type: ignore[arg-type]
