"""BaseConnector: retries only when safe, breaker, error mapping, timeouts."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pydantic import BaseModel

from connectors.base import BaseConnector
from connectors.breaker import BreakerState, CircuitBreaker
from connectors.errors import (
    CircuitOpenError,
    UpstreamConnectError,
    UpstreamContractError,
    UpstreamRejectedError,
    UpstreamServerError,
    UpstreamTimeoutError,
)
from connectors.retry import RetryPolicy


class Echo(BaseConnector):
    agency = "echo"


class Body(BaseModel):
    value: int


def connector(handler: object, **options: object) -> tuple[Echo, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        result = handler(request)  # type: ignore[operator]
        return await result if asyncio.iscoroutine(result) else result

    client = httpx.AsyncClient(transport=httpx.MockTransport(record), base_url="http://echo")
    defaults: dict[str, object] = {"retry": RetryPolicy(attempts=3, base_backoff=0.001)}
    return Echo(client, **(defaults | options)), seen  # type: ignore[arg-type]


def always(status: int, **kwargs: object) -> object:
    return lambda request: httpx.Response(status, **kwargs)  # type: ignore[arg-type]


async def test_safe_call_is_retried_until_the_attempts_run_out() -> None:
    echo, seen = connector(always(503))
    with pytest.raises(UpstreamServerError):
        await echo.request("GET", "/x")
    assert len(seen) == 3


async def test_plain_post_is_never_retried() -> None:
    echo, seen = connector(always(503))
    with pytest.raises(UpstreamServerError):
        await echo.request("POST", "/x", json={"a": 1})
    assert len(seen) == 1


async def test_post_declared_idempotent_is_retried() -> None:
    echo, seen = connector(always(502))
    with pytest.raises(UpstreamServerError):
        await echo.request("POST", "/x", json={}, idempotent=True)
    assert len(seen) == 3


async def test_post_with_idempotency_key_is_retried_and_carries_the_key() -> None:
    echo, seen = connector(always(503))
    with pytest.raises(UpstreamServerError):
        await echo.request("POST", "/x", json={}, idempotency_key="k-1")
    assert len(seen) == 3
    assert {r.headers["idempotency-key"] for r in seen} == {"k-1"}


async def test_retry_stops_at_the_first_success() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"value": 7})])
    echo, seen = connector(lambda request: next(answers))
    response = await echo.request("GET", "/x")
    assert echo.decode(response, Body) == Body(value=7)
    assert len(seen) == 2


async def test_client_errors_are_not_retried_and_map_to_rejected() -> None:
    echo, seen = connector(always(404, text="nope"))
    response = await echo.request("GET", "/x")
    with pytest.raises(UpstreamRejectedError) as caught:
        echo.decode(response, Body)
    assert caught.value.status == 404
    assert len(seen) == 1


async def test_unexpected_2xx_body_is_a_contract_error() -> None:
    echo, _ = connector(always(200, json={"other": 1}))
    with pytest.raises(UpstreamContractError):
        echo.decode(await echo.request("GET", "/x"), Body)


async def test_refused_connection_is_a_connect_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    echo, _ = connector(refuse)
    with pytest.raises(UpstreamConnectError):
        await echo.request("GET", "/x")


async def test_slow_answer_is_a_timeout_error() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(1)
        return httpx.Response(200)

    echo, _ = connector(slow, timeout=0.05, retry=RetryPolicy(attempts=1))
    with pytest.raises(UpstreamTimeoutError):
        await echo.request("GET", "/x")


async def test_breaker_opens_after_repeated_failures_and_stops_calls() -> None:
    breaker = CircuitBreaker(failure_threshold=2, reset_timeout=60)
    echo, seen = connector(always(500), breaker=breaker, retry=RetryPolicy(attempts=1))
    for _ in range(2):
        with pytest.raises(UpstreamServerError):
            await echo.request("GET", "/x")
    with pytest.raises(CircuitOpenError):
        await echo.request("GET", "/x")
    assert len(seen) == 2
    assert breaker.state is BreakerState.OPEN


async def test_client_errors_do_not_count_against_the_breaker() -> None:
    breaker = CircuitBreaker(failure_threshold=1)
    echo, _ = connector(always(400), breaker=breaker)
    await echo.request("GET", "/x")
    assert breaker.state is BreakerState.CLOSED


async def test_a_call_sends_what_httpx_would_build_for_it() -> None:
    """The connector builds its requests itself (cheaper than httpx's keyword path): they must
    carry what ``client.build_request`` gives, the call's headers winning over the client's."""
    echo, seen = connector(always(200, json={"value": 1}))
    echo.client.headers["Authorization"] = "client default"
    await echo.request(
        "POST", "/x", params={"a": "1"}, json={"b": "c"}, headers={"authorization": "Bearer t"}
    )
    await echo.request("GET", "/y", headers={"X-Extra": "1"})
    await echo.request("POST", "/z")  # no body
    expected = [
        echo.client.build_request(
            "POST",
            "/x",
            params={"a": "1"},
            content=b'{"b":"c"}',
            headers={"authorization": "Bearer t", "content-type": "application/json"},
        ),
        echo.client.build_request("GET", "/y", headers={"X-Extra": "1"}),
        echo.client.build_request("POST", "/z"),
    ]
    for sent, built in zip(seen, expected, strict=True):
        assert (sent.method, sent.url) == (built.method, built.url)
        assert sorted(sent.headers.multi_items()) == sorted(built.headers.multi_items())
        assert sent.read() == built.read()
