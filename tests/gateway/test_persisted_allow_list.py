"""Allow-list mode: only operations registered with `agency-gateway queries add` run."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from agency_gateway.cli import main
from gateway.app import create_app
from gateway.settings import Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running

OPERATIONS = """
# Two operations and a fragment, as a portal team would keep them.
query Status($number: BusinessNumber!) {
  business(registrationNumber: $number) { ...Standing }
}

query Kind { business(registrationNumber: "1208200275") { kind } }

fragment Standing on Business { nts { statusLabel } }
"""

# The operation `Status` as registered: printed canonically, with the fragment it spreads.
STATUS = """query Status($number: BusinessNumber!) {
  business(registrationNumber: $number) {
    ...Standing
  }
}

fragment Standing on Business {
  nts {
    statusLabel
  }
}"""
STATUS_HASH = hashlib.sha256(STATUS.encode()).hexdigest()
KIND_ONE_LINE = 'query Kind { business(registrationNumber: "1208200275") { kind } }'
KIND_HASH = hashlib.sha256(
    b'query Kind {\n  business(registrationNumber: "1208200275") {\n    kind\n  }\n}'
).hexdigest()
UNREGISTERED = '{ business(registrationNumber: "1208200275") { kind } }'
VARIABLES = {"number": "1208200275"}
STATUS_DATA = {"business": {"nts": {"statusLabel": "계속사업자"}}}
KIND_DATA = {"business": {"kind": "NON_PROFIT"}}


def apq(sha256: str, query: str | None = None, **body: Any) -> dict[str, Any]:
    extensions = {"persistedQuery": {"version": 1, "sha256Hash": sha256}}
    return {"extensions": extensions, **({"query": query} if query else {}), **body}


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'gateway.sqlite'}"
    monkeypatch.setenv("GATEWAY_DATABASE_URL", url)
    return url


@pytest.fixture
def operations_file(tmp_path: Path) -> Path:
    path = tmp_path / "portal.graphql"
    path.write_text(OPERATIONS, encoding="utf-8")
    return path


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    """Run the command line (in a thread: it runs its own event loop); its exit code and output
    lines (stderr stays in ``capsys``)."""
    capsys.readouterr()
    code = await asyncio.to_thread(main, list(argv))
    captured = capsys.readouterr()
    print(captured.err, end="", file=sys.stderr)
    return code, captured.out.splitlines()


@asynccontextmanager
async def gateway(database: str) -> AsyncIterator[httpx.AsyncClient]:
    nts = create_nts_mock()
    settings = Settings(database_url=database, allow_list_only=True)
    app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    async with running(nts), running(app), asgi_client(app, "http://gateway") as client:
        yield client


def refusal_code(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    code: str = error["extensions"]["code"]
    return code


async def test_cli_registers_each_operation_and_prints_its_hash(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = await cli(capsys, "queries", "add", str(operations_file))
    assert code == 0
    assert [line.split("\t")[:2] for line in lines] == [
        [STATUS_HASH, "Status"],
        [KIND_HASH, "Kind"],
    ]
    _, listed = await cli(capsys, "queries", "list")
    assert {line.split("\t")[0] for line in listed} == {STATUS_HASH, KIND_HASH}


async def test_cli_refuses_a_file_that_does_not_validate(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.graphql"
    bad.write_text("query Bad { business { nope } }", encoding="utf-8")
    code, _ = await cli(capsys, "queries", "add", str(bad))
    assert code == 1
    assert "nope" in capsys.readouterr().err
    _, listed = await cli(capsys, "queries", "list", "--all")
    assert listed == []


async def test_registered_operation_runs_by_hash(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file))
    async with gateway(database) as client:
        response = await client.post("/graphql", json=apq(STATUS_HASH, variables=VARIABLES))
    assert response.json() == {"data": STATUS_DATA}


async def test_registered_operation_runs_by_its_text_however_formatted(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file))
    async with gateway(database) as client:
        response = await client.post("/graphql", json={"query": KIND_ONE_LINE})
        again = await client.post("/graphql", json={"query": KIND_ONE_LINE})
    assert response.json() == {"data": KIND_DATA}
    assert again.json() == response.json()


async def test_unregistered_document_is_refused(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file))
    async with gateway(database) as client:
        by_text = await client.post("/graphql", json={"query": UNREGISTERED})
        by_hash = await client.post("/graphql", json=apq("e" * 64))
    assert refusal_code(by_text) == "PERSISTED_QUERY_NOT_ALLOWED"
    # an unknown hash is refused outright, not "not found" (APQ clients would resend the text)
    assert refusal_code(by_hash) == "PERSISTED_QUERY_NOT_ALLOWED"


async def test_apq_cannot_register_documents_in_allow_list_mode(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sha256 = hashlib.sha256(UNREGISTERED.encode()).hexdigest()
    async with gateway(database) as client:
        registering = await client.post("/graphql", json=apq(sha256, UNREGISTERED))
        afterwards = await client.post("/graphql", json=apq(sha256))
    assert refusal_code(registering) == "PERSISTED_QUERY_NOT_ALLOWED"
    assert refusal_code(afterwards) == "PERSISTED_QUERY_NOT_ALLOWED"
    _, stored = await cli(capsys, "queries", "list", "--all")
    assert stored == []


async def test_operation_registered_for_a_kind_runs_only_for_clients_of_that_kind(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # given the operations reserved to portals, a portal and a mobile app
    await cli(capsys, "queries", "add", str(operations_file), "--kind", "portal")
    _, portal = await cli(capsys, "clients", "add", "web", "--kind", "portal")
    _, mobile = await cli(capsys, "clients", "add", "app", "--kind", "mobile_app")
    body = apq(STATUS_HASH, variables=VARIABLES)
    async with gateway(database) as client:
        # when each calls the operation, and an anonymous caller too
        as_portal = await client.post("/graphql", json=body, headers={"X-Api-Key": portal[-1]})
        as_mobile = await client.post("/graphql", json=body, headers={"X-Api-Key": mobile[-1]})
        anonymous = await client.post("/graphql", json=body)
    # then only the portal may run it
    assert as_portal.json() == {"data": STATUS_DATA}
    assert refusal_code(as_mobile) == "PERSISTED_QUERY_NOT_ALLOWED"
    assert refusal_code(anonymous) == "PERSISTED_QUERY_NOT_ALLOWED"


async def test_registering_again_for_every_client_lifts_the_reservation(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file), "--kind", "portal")
    await cli(capsys, "queries", "add", str(operations_file))
    async with gateway(database) as client:
        response = await client.post("/graphql", json=apq(STATUS_HASH, variables=VARIABLES))
    assert response.json() == {"data": STATUS_DATA}


class _QuietServer(uvicorn.Server):
    """Leaves the test runner's signal handlers alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@asynccontextmanager
async def websocket(database: str, protocol: str) -> AsyncIterator[ClientConnection]:
    """A WebSocket on the allow-listed gateway served on a free loopback port, initialised
    (fields asked there never reach the NTS)."""
    nts = httpx.MockTransport(lambda _: httpx.Response(503))
    app = create_app(Settings(database_url=database, allow_list_only=True), transports={"nts": nts})
    server = _QuietServer(uvicorn.Config(app, port=0, log_config=None, log_level="warning"))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not task.done(), "the gateway did not start"
            await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        url = f"ws://127.0.0.1:{port}/graphql"
        async with connect(url, subprotocols=[Subprotocol(protocol)]) as connection:
            await send(connection, {"type": "connection_init"})
            assert (await receive(connection))["type"] == "connection_ack"
            yield connection
    finally:
        server.should_exit = True
        await task


async def send(connection: ClientConnection, message: dict[str, Any]) -> None:
    await connection.send(json.dumps(message))


async def receive(connection: ClientConnection) -> dict[str, Any]:
    async with asyncio.timeout(5):
        message: dict[str, Any] = json.loads(await connection.recv())
    return message


async def test_operations_started_over_graphql_transport_ws_follow_the_allow_list(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file))
    async with websocket(database, "graphql-transport-ws") as ws:
        await send(ws, {"id": "1", "type": "subscribe", "payload": {"query": UNREGISTERED}})
        refused = await receive(ws)
        await send(ws, {"id": "2", "type": "subscribe", "payload": {"query": KIND_ONE_LINE}})
        ran = await receive(ws)
    assert refused["id"] == "1"
    assert refused["type"] == "error"
    assert refused["payload"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_ALLOWED"
    assert ran == {"id": "2", "type": "next", "payload": {"data": KIND_DATA}}


async def test_operations_started_over_legacy_graphql_ws_follow_the_allow_list(
    database: str, operations_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await cli(capsys, "queries", "add", str(operations_file))
    async with websocket(database, "graphql-ws") as ws:
        await send(ws, {"id": "1", "type": "start", "payload": {"query": UNREGISTERED}})
        refused = await receive(ws)
    assert refused["type"] == "error"
    assert refused["payload"]["extensions"]["code"] == "PERSISTED_QUERY_NOT_ALLOWED"
