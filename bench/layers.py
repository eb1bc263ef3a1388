"""What each layer of the gateway costs one request, in one process, with no network: the
one-agency query sent as an ASGI request to the whole app, to the ``/graphql`` view alone
(no middleware), and run by the schema alone (parsed and validated once, as the caches do),
the NTS answering from an in-memory transport.

    uv run python -m bench.layers [--requests 5000] [--rounds 3]

Prints microseconds of wall time per request for each layer (one request at a time, so wall
time is CPU time on a quiet machine) and what each layer adds to the one inside it. It
measures our code and the libraries we call, not sockets, uvicorn or the agency: for those see
``nts_overhead`` and ``versus_hive``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import orjson
from starlette.routing import Route

from bench.nts_overhead import QUERY
from bench.processes import UNLIMITED_RATE
from gateway.app import create_app
from gateway.context import Context
from gateway.loaders import create_loaders
from gateway.schema import schema
from gateway.settings import Settings
from mocks.nts.seed import CONTINUING_EXAMPLE, seeded_status

NTS_ANSWER = orjson.dumps(seeded_status([CONTINUING_EXAMPLE]).model_dump())
BODY = orjson.dumps({"query": QUERY})


def nts_transport() -> httpx.AsyncBaseTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=NTS_ANSWER, headers={"content-type": "application/json"})

    return httpx.MockTransport(answer)


def scope(path: str = "/graphql") -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(BODY)).encode()),
            (b"accept", b"application/json"),
        ],
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }


def asgi_request(app: Any, base_scope: dict[str, Any]) -> Callable[[], Awaitable[bytes]]:
    async def one() -> bytes:
        sent = False
        body = bytearray()

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                await asyncio.sleep(3600)
            sent = True
            return {"type": "http.request", "body": BODY, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.body":
                body.extend(message.get("body", b""))

        await app({**base_scope, "state": dict(base_scope["state"])}, receive, send)
        return bytes(body)

    return one


async def captured_context(view: Any, request: Callable[[], Awaitable[bytes]]) -> Context:
    """The context the view builds for one request (to run the schema alone with)."""
    built: list[Context] = []
    original = view.get_context

    async def keep(*args: Any, **kwargs: Any) -> Context:
        context: Context = await original(*args, **kwargs)
        built.append(context)
        return context

    view.get_context = keep
    try:
        await request()
    finally:
        del view.get_context
    return built[0]


async def timed(call: Callable[[], Awaitable[Any]], requests: int) -> float:
    for _ in range(200):  # warm caches and pools
        await call()
    started = time.perf_counter()
    for _ in range(requests):
        await call()
    return (time.perf_counter() - started) / requests * 1e6


async def measure(requests: int, rounds: int) -> None:
    settings = Settings(
        rate_limit=UNLIMITED_RATE,
        database_url="sqlite+aiosqlite:///:memory:",
        log_level="WARNING",
        nts={"url": "http://nts.bench"},
    )
    app = create_app(settings, transports={"nts": nts_transport()})
    async with AsgiLifespan(app):
        view = next(r.endpoint for r in app.routes if isinstance(r, Route) and r.path == "/graphql")
        context = await captured_context(view, asgi_request(app, scope()))
        answer = await schema.execute(QUERY, context_value=context)
        assert answer.errors is None, answer
        assert answer.data is not None, answer
        assert answer.data["business"]["nts"]["status"] == "CONTINUING", answer

        async def schema_alone() -> object:
            context.loaders = create_loaders(context.upstreams)  # a request's own loaders
            return await schema.execute(QUERY, context_value=context)

        layers: dict[str, Callable[[], Awaitable[Any]]] = {
            "whole app (middleware + view + schema)": asgi_request(app, scope()),
            "view alone (strawberry HTTP + context + schema)": asgi_request(
                view, {**scope(), "app": app}
            ),
            "schema alone (execution, loader, connector)": schema_alone,
        }
        gc.collect()
        gc.freeze()
        results: dict[str, list[float]] = {name: [] for name in layers}
        for _ in range(rounds):
            for name, call in layers.items():
                results[name].append(await timed(call, requests))
    print(f"{requests} requests a round, {rounds} rounds; µs a request (median of rounds)")
    previous = None
    for name, values in reversed(results.items()):
        median = statistics.median(values)
        extra = f"  (+{median - previous:.0f} over the layer inside)" if previous else ""
        print(f"  {median:8.0f}  {name}{extra}")
        previous = median


class AsgiLifespan:
    """The app's lifespan (start-up and shutdown) around a block, as a server runs it."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.sent: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def __aenter__(self) -> None:
        async def receive() -> dict[str, Any]:
            return await self.queue.get()

        async def send(message: dict[str, Any]) -> None:
            await self.sent.put(message)

        self.task = asyncio.create_task(self.app({"type": "lifespan"}, receive, send))
        await self.queue.put({"type": "lifespan.startup"})
        message = await self.sent.get()
        assert message["type"] == "lifespan.startup.complete", message

    async def __aexit__(self, *exc: object) -> None:
        await self.queue.put({"type": "lifespan.shutdown"})
        await self.sent.get()
        await self.task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import uvloop

    uvloop.run(measure(args.requests, args.rounds))


if __name__ == "__main__":
    main()
