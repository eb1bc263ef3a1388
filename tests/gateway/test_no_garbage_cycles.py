"""A served request leaves nothing for the garbage collector: everything it built is freed by
reference counting when it ends.

The serving process makes young collections rare (``gateway.app.freeze_startup_heap``), which
only pays while requests form no reference cycles: a cycle anywhere (graphql-core's executor
holding its own bound methods, a loader storing a bound method of itself) keeps the request's
context, loaders, session, starlette request and answer records alive until a collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from inspect import isawaitable
from typing import Any

import httpx
import orjson
from graphql import (
    GraphQLField,
    GraphQLInt,
    GraphQLList,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    execute,
    parse,
)
from starlette.types import ASGIApp, Message

from gateway.app import create_app
from gateway.schema.execution import GatewayExecutionContext
from gateway.settings import Settings
from mocks.nts.seed import CONTINUING_EXAMPLE, seeded_status
from tests.conftest import running

QUERY = '{ business(registrationNumber: "1208200275") { kind nts { status taxType } } }'


def nts() -> httpx.MockTransport:
    body = orjson.dumps(seeded_status([CONTINUING_EXAMPLE]).model_dump())
    return httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )


@contextmanager
def collector_paused() -> Iterator[list[int]]:
    """The block runs with the collector off; yields a list that then holds what one full
    collection found unreachable (objects that only a collection could free)."""
    found: list[int] = []
    gc.collect()
    gc.disable()
    try:
        yield found
        found.append(gc.collect())
    finally:
        gc.enable()


async def post(app: ASGIApp, query: str) -> Any:
    """POST ``query`` to ``/graphql`` as a server would, with no HTTP client in between (httpx's
    own response objects form a cycle: the stream refers back to its response)."""
    body = orjson.dumps({"query": query})
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"gateway"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 50000),
        "server": ("gateway", 80),
    }
    messages = [{"type": "http.request", "body": body, "more_body": False}]
    answer = bytearray()

    async def receive() -> Message:
        return messages.pop() if messages else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        answer.extend(message.get("body", b""))

    await app(scope, receive, send)
    return orjson.loads(answer)


async def test_an_agency_query_leaves_no_reference_cycles(settings: Settings) -> None:
    # given: the gateway with the NTS answering from memory, warmed up
    app = create_app(settings, transports={"nts": nts()})
    async with running(app):
        for _ in range(3):
            warm = await post(app, QUERY)
        assert warm["data"]["business"]["nts"]["status"] == "CONTINUING"

        # when: twenty more, the collector off
        with collector_paused() as found:
            for _ in range(20):
                answer = await post(app, QUERY)
                assert answer["data"]["business"]["kind"] == "NON_PROFIT"

    # then: nothing was left for a collection to free
    assert found == [0]


async def test_resolvers_can_still_use_the_executors_async_helpers() -> None:
    # given: a resolver gathering two awaitables through info.async_helpers
    async def one(value: int) -> int:
        return value

    async def pair(_root: object, info: GraphQLResolveInfo) -> list[int]:
        values: list[int] = await info.async_helpers.gather([one(1), one(2)])
        info.async_helpers.track([one(3)])
        return values

    query_type = GraphQLObjectType(
        "Query", {"pair": GraphQLField(GraphQLList(GraphQLInt), resolve=pair)}
    )

    # when
    outcome = execute(
        GraphQLSchema(query_type), parse("{ pair }"), executor_class=GatewayExecutionContext
    )
    result = await outcome if isawaitable(outcome) else outcome

    # then
    assert result.errors is None
    assert result.data == {"pair": [1, 2]}
