"""`agency-gateway serve` as a user runs it: real processes, real sockets, real signals."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mocks.registry import MOCKS
from tests.e2e.processes import serving

QUERY = '{ business(registrationNumber: "120-82-00275") { kind nts { statusLabel } } }'


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(tmp_path_factory.mktemp("serve")) as served:
        yield served.gateway


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
    assert {name: u["status"] for name, u in body["upstreams"].items()} == dict.fromkeys(
        MOCKS, "up"
    )
