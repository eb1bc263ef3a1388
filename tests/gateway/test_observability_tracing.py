"""OpenTelemetry spans: one per operation, per resolver that calls out, per DataLoader batch and
per upstream attempt, linked parent to child."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from gateway.app import create_app
from gateway.settings import Settings
from mocks.nts.app import create_app as create_nts_mock
from tests.conftest import asgi_client, running

STATUS = """query Status {
  business(registrationNumber: "1208200275") { registrationNumber kind nts { statusLabel } }
}"""
TWO = """query Two {
  businesses(registrationNumbers: ["1208200275", "6638501035"]) { nts { status } }
}"""
STATUS_ROUTE = "/api/nts-businessman/v1/status"
TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


@dataclass
class Traced:
    client: httpx.AsyncClient
    admin: httpx.AsyncClient  # the NTS mock's
    exporter: InMemorySpanExporter

    def spans(self) -> dict[str, list[ReadableSpan]]:
        found: dict[str, list[ReadableSpan]] = {}
        for span in self.exporter.get_finished_spans():
            found.setdefault(span.name, []).append(span)
        return found


@asynccontextmanager
async def traced_gateway(**overrides: Any) -> AsyncIterator[Traced]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    nts = create_nts_mock()
    settings = Settings(database_url="sqlite+aiosqlite://", **overrides)
    app = create_app(
        settings, transports={"nts": httpx.ASGITransport(app=nts)}, tracer_provider=provider
    )
    async with (
        running(nts),
        running(app),
        asgi_client(app, "http://gateway") as client,
        asgi_client(nts, "http://nts") as admin,
    ):
        yield Traced(client, admin, exporter)
    provider.shutdown()


@pytest.fixture
async def traced() -> AsyncIterator[Traced]:
    async with traced_gateway() as gateway:
        yield gateway


def parent_of(span: ReadableSpan) -> int | None:
    return span.parent.span_id if span.parent else None


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None
    return span.context.span_id


def one(spans: Sequence[ReadableSpan]) -> ReadableSpan:
    [span] = spans
    return span


async def test_each_operation_is_one_span_named_by_it(traced: Traced) -> None:
    await traced.client.post("/graphql", json={"query": STATUS})
    operation = one(traced.spans()["query Status"])
    assert operation.kind is SpanKind.SERVER
    assert operation.parent is None
    assert operation.attributes is not None
    assert operation.attributes["graphql.operation.name"] == "Status"
    assert operation.attributes["graphql.operation.type"] == "query"


async def test_resolvers_that_call_out_are_spans_under_the_operation(traced: Traced) -> None:
    await traced.client.post("/graphql", json={"query": STATUS})
    spans = traced.spans()
    operation = one(spans["query Status"])
    resolver = one(spans["Business.nts"])
    assert parent_of(resolver) == span_id(operation)
    assert resolver.attributes is not None
    assert resolver.attributes["graphql.field.path"] == "business.nts"
    # plain fields are not traced
    assert "Business.kind" not in spans
    assert "Query.business" not in spans
    assert "Business.registrationNumber" not in spans


async def test_upstream_calls_hang_under_the_dataloader_batch_that_made_them(
    traced: Traced,
) -> None:
    await traced.client.post("/graphql", json={"query": TWO})
    spans = traced.spans()
    operation = one(spans["query Two"])
    batch = one(spans["NtsStatusByNumberLoader.batch"])  # two numbers, one batch
    call = one(spans[f"nts POST {STATUS_ROUTE}"])
    assert parent_of(batch) == span_id(operation)
    assert parent_of(call) == span_id(batch)
    assert call.kind is SpanKind.CLIENT
    assert batch.attributes is not None
    assert batch.attributes["dataloader.keys"] == 2
    assert call.attributes is not None
    assert {k: call.attributes[k] for k in call.attributes} == {
        "upstream.agency": "nts",
        "upstream.method": "POST",
        "upstream.route": STATUS_ROUTE,
        "upstream.status": 200,
        "upstream.attempt": 1,
        "upstream.outcome": "ok",
    }
    # one trace for the whole operation
    assert len({s.context.trace_id for s in (operation, batch, call) if s.context}) == 1


async def test_each_retry_of_an_upstream_call_is_a_span(traced: Traced) -> None:
    await traced.admin.post("/__admin/faults", json={"outage": True})
    await traced.client.post("/graphql", json={"query": STATUS})
    spans = traced.spans()
    calls = spans[f"nts POST {STATUS_ROUTE}"]
    attempts = sorted(c.attributes["upstream.attempt"] for c in calls if c.attributes)
    assert attempts == [1, 2, 3]
    for call in calls:
        assert call.attributes is not None
        assert call.attributes["upstream.status"] == 503
        assert call.attributes["upstream.outcome"] == "server_error"
        assert call.status.status_code is StatusCode.ERROR
    assert one(spans["query Status"]).status.status_code is StatusCode.ERROR


async def test_the_operation_joins_the_callers_trace(traced: Traced) -> None:
    await traced.client.post(
        "/graphql", json={"query": STATUS}, headers={"traceparent": TRACEPARENT}
    )
    operation = one(traced.spans()["query Status"])
    assert operation.context is not None
    assert f"{operation.context.trace_id:032x}" == TRACEPARENT.split("-")[1]
    assert operation.parent is not None
    assert f"{operation.parent.span_id:016x}" == TRACEPARENT.split("-")[2]


async def test_tracing_is_off_by_default_and_never_installed_globally() -> None:
    offline = {"nts": httpx.MockTransport(lambda _: httpx.Response(500))}
    app = create_app(
        Settings(database_url="sqlite+aiosqlite://", tracing="console"), transports=offline
    )
    async with running(app):
        assert app.state.gateway.observability.tracer is not None
        assert not isinstance(trace.get_tracer_provider(), TracerProvider)
    default = create_app(Settings(database_url="sqlite+aiosqlite://"), transports=offline)
    async with running(default):
        assert default.state.gateway.observability.tracer is None


async def test_console_tracing_prints_each_span(capsys: pytest.CaptureFixture[str]) -> None:
    nts = create_nts_mock()
    settings = Settings(database_url="sqlite+aiosqlite://", tracing="console")
    app = create_app(settings, transports={"nts": httpx.ASGITransport(app=nts)})
    async with running(nts), running(app), asgi_client(app, "http://gateway") as client:
        await client.post("/graphql", json={"query": STATUS})
    # the app's lifespan flushed its exporter on the way out
    printed = capsys.readouterr().out
    assert '"name": "query Status"' in printed
    assert f'"name": "nts POST {STATUS_ROUTE}"' in printed
