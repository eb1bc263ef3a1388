"""The HTTP surface: health, readiness, request ids, GET queries, GraphiQL, JSON encoding."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import orjson
import pytest

from gateway.app import create_app
from gateway.graphql_body import NOT_AN_OBJECT
from mocks.registry import MOCKS
from tests.conftest import asgi_client, running
from tests.gateway.conftest import Stack, make_settings

QUERY = '{ business(registrationNumber: "1208200275") { nts { statusLabel } } }'

TEST_KEY = "a2tra2tra2tra2tra2tra2tra2tra2tra2tra2tra2s="  # 32 bytes, base64


async def test_healthz_answers_without_asking_anyone(stack: Stack) -> None:
    await stack.nts.post("/__admin/faults", json={"outage": True})
    response = await stack.gateway.http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_reports_database_and_each_upstream(stack: Stack) -> None:
    response = await stack.gateway.http.get("/readyz")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ready"
    assert body["database"]["status"] == "up"
    assert list(body["upstreams"]) == list(MOCKS)
    for name, upstream in body["upstreams"].items():
        running = name in ("nts", "identity", "pki")  # the stack leaves the agencies unset
        expected = ("up", None) if running else ("down", "not configured")
        assert (upstream["status"], upstream["detail"]) == expected, name
        assert upstream["breaker"] == "closed"


async def test_readyz_is_503_when_an_upstream_is_down(stack: Stack) -> None:
    await stack.nts.post("/__admin/faults", json={"outage": True})
    response = await stack.gateway.http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["upstreams"]["nts"]["status"] == "down"


async def test_request_id_is_created_when_absent(stack: Stack) -> None:
    response = await stack.gateway.post(QUERY)
    assert len(response.headers["x-request-id"]) == 32


async def test_request_id_given_by_the_client_is_echoed(stack: Stack) -> None:
    response = await stack.gateway.post(QUERY, **{"X-Request-ID": "portal-42"})
    assert response.headers["x-request-id"] == "portal-42"


async def test_request_id_travels_to_the_upstream() -> None:
    # given a transport that records what the gateway sends to the NTS
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("x-request-id"))
        return httpx.Response(200, json={"status_code": "OK", "data": [{"b_no": "1208200275"}]})

    app = create_app(make_settings(), transports={"nts": httpx.MockTransport(handler)})
    async with running(app), asgi_client(app, "http://gw") as client:
        await client.post("/graphql", json={"query": QUERY}, headers={"X-Request-ID": "trace-7"})
    assert seen == ["trace-7"]


async def test_queries_may_be_sent_with_get(stack: Stack) -> None:
    headers = {"Apollo-Require-Preflight": "true"}  # CSRF prevention: see test_limits_http
    response = await stack.gateway.http.get("/graphql", params={"query": QUERY}, headers=headers)
    assert response.json()["data"]["business"]["nts"]["statusLabel"] == "계속사업자"


async def test_hangul_is_sent_as_utf8_not_escaped(stack: Stack) -> None:
    response = await stack.gateway.post(QUERY)
    assert "계속사업자".encode() in response.content
    assert b"\\u" not in response.content


async def test_browser_gets_graphiql_with_the_example_query(stack: Stack) -> None:
    response = await stack.gateway.http.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()
    assert "query BusinessStatus" in response.text


async def test_malformed_json_body_is_a_400(stack: Stack) -> None:
    response = await stack.gateway.http.post(
        "/graphql", content=b"{nope", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


@pytest.fixture
async def broken_gateway() -> AsyncIterator[httpx.AsyncClient]:
    def explode(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("secret internal detail")

    settings = make_settings(environment="production", secret_key=TEST_KEY)
    app = create_app(settings, transports={"nts": httpx.MockTransport(explode)})
    async with running(app), asgi_client(app, "http://gw") as client:
        yield client


async def test_unexpected_errors_are_masked_with_the_request_id(
    broken_gateway: httpx.AsyncClient,
) -> None:
    response = await broken_gateway.post(
        "/graphql", json={"query": QUERY}, headers={"X-Request-ID": "case-1"}
    )
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "INTERNAL_ERROR"
    assert error["extensions"]["requestId"] == "case-1"
    assert "secret" not in response.text
    assert "case-1" in error["message"]


async def test_graphiql_is_off_in_production(broken_gateway: httpx.AsyncClient) -> None:
    response = await broken_gateway.get("/graphql", headers={"Accept": "text/html"})
    assert "graphiql" not in response.text.lower()


@pytest.mark.parametrize("body", [b'"just a string"', b"42", b"null", b"[1, 2]"])
async def test_a_body_that_is_not_an_operation_object_is_a_400(stack: Stack, body: bytes) -> None:
    response = await stack.gateway.http.post(
        "/graphql", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.text == NOT_AN_OBJECT


@pytest.mark.parametrize(
    ("operation", "message"),
    [
        ({"query": 5}, "The GraphQL operation's `query` must be a string or null, if provided."),
        (
            {"query": QUERY, "variables": [1]},
            "The GraphQL operation's `variables` must be an object or null, if provided.",
        ),
        (
            {"query": QUERY, "extensions": "apq"},
            "The GraphQL operation's `extensions` must be an object or null, if provided.",
        ),
    ],
)
async def test_an_operation_member_of_the_wrong_type_is_a_400(
    stack: Stack, operation: dict[str, object], message: str
) -> None:
    response = await stack.gateway.http.post("/graphql", json=operation)
    assert (response.status_code, response.text) == (400, message)


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "Application/JSON"]
)
async def test_json_is_read_whatever_the_case_and_charset(stack: Stack, content_type: str) -> None:
    response = await stack.gateway.http.post(
        "/graphql",
        content=orjson.dumps({"query": QUERY}),
        headers={"Content-Type": content_type},
    )
    assert response.status_code == 200
    assert response.json()["data"]["business"]["nts"]["statusLabel"] == "계속사업자"


async def test_a_post_accepting_only_server_sent_events_is_answered_with_json(
    stack: Stack,
) -> None:
    """The gateway streams subscriptions over WebSocket only, not SSE: such a POST gets its one
    JSON document, the first time and from the gateway's memory of that Accept value."""
    for _ in range(2):
        response = await stack.gateway.http.post(
            "/graphql", json={"query": QUERY}, headers={"Accept": "text/event-stream"}
        )
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.json()["data"]["business"]["nts"]["statusLabel"] == "계속사업자"
