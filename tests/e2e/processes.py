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
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def started(
    args: list[str], health_url: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``agency-gateway ARGS`` until the block ends, its output in ``log``; fails the test
    with the log's tail when the process does not become healthy in 30 s; stops it with SIGTERM
    and expects a clean exit."""
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "agency_gateway.cli", *args],
            env=clean_env | (env or {}),
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
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    pytest.fail(f"{' '.join(process.args)} did not become healthy:\n{log.read_text()[-4000:]}")  # type: ignore[arg-type]
