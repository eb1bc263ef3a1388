"""Start the gateway and mocks as separate processes on free loopback ports, for benchmarks."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up within {timeout}s")


@contextlib.contextmanager
def started(
    args: list[str], health_url: str, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``agency-gateway ARGS`` until the block ends; its logs go to /dev/null."""
    process = subprocess.Popen(
        [sys.executable, "-m", "agency_gateway.cli", *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(health_url)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def nts_mock(port: int) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    return started(
        ["mocks", "--only", "nts", "--port", str(port), "--in-memory"],
        f"http://127.0.0.1:{port}/healthz",
    )


def gateway(
    port: int, nts_port: int, **env: str
) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    return started(
        ["serve", "--port", str(port), "--in-memory"],
        f"http://127.0.0.1:{port}/healthz",
        env={
            "GATEWAY_NTS__URL": f"http://127.0.0.1:{nts_port}",
            "GATEWAY_LOG_LEVEL": "WARNING",
            **env,
        },
    )
