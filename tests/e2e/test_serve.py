"""`agency-gateway serve` as a user runs it: real processes, real sockets, real signals."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

QUERY = '{ business(registrationNumber: "120-82-00275") { kind nts { statusLabel } } }'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port, mock_port = free_port(), free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as sink:
        yield from _serve(port, mock_port, sink, log)


def _serve(port: int, mock_port: int, sink: IO[bytes], log: Path) -> Iterator[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "agency_gateway.cli",
            "serve",
            "--in-memory",
            "--port",
            str(port),
            "--mock-port",
            str(mock_port),
        ],
        env={k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")},
        stdout=sink,
        stderr=sink,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail(f"serve did not become ready:\n{log.read_text()[-4000:]}")
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0


def test_serve_answers_the_readme_query_over_real_sockets(served: str) -> None:
    response = httpx.post(f"{served}/graphql", json={"query": QUERY}, timeout=10)
    assert response.json() == {
        "data": {"business": {"kind": "NON_PROFIT", "nts": {"statusLabel": "계속사업자"}}}
    }


def test_serve_shows_graphiql_to_a_browser(served: str) -> None:
    response = httpx.get(f"{served}/graphql", headers={"Accept": "text/html"}, timeout=10)
    assert response.status_code == 200
    assert "query BusinessStatus" in response.text


def test_serve_reports_every_upstream_ready(served: str) -> None:
    body = httpx.get(f"{served}/readyz", timeout=10).json()
    assert body["status"] == "ready"
    assert body["upstreams"]["nts"]["status"] == "up"
