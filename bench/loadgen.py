"""A small closed-loop HTTP load generator shared by the benchmarks.

``concurrency`` clients each send one request, wait for the answer, check it and send the next,
for ``seconds``. A request counts as an error when the status is not 200 or the body fails the
caller's check (for GraphQL: any ``errors`` entry or a wrong shape).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import orjson


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[int(p) - 1]


async def run(
    url: str,
    body: dict[str, Any],
    check: Callable[[Any], bool],
    *,
    concurrency: int,
    seconds: float,
    warmup: float = 1.0,
) -> Result:
    payload = orjson.dumps(body)
    headers = {"Content-Type": "application/json"}
    latencies: list[float] = []
    errors = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one() -> tuple[bool, float]:
            started = time.perf_counter()
            async with session.post(url, data=payload, headers=headers) as response:
                raw = await response.read()
            elapsed = (time.perf_counter() - started) * 1000
            ok = response.status == 200 and check(orjson.loads(raw))
            return ok, elapsed

        async def client(until: float, record: bool) -> None:
            nonlocal errors
            while time.perf_counter() < until:
                try:
                    ok, elapsed = await one()
                except aiohttp.ClientError:
                    ok, elapsed = False, 0.0
                if record:
                    latencies.append(elapsed)
                    errors += not ok

        warm_until = time.perf_counter() + warmup
        await asyncio.gather(*(client(warm_until, False) for _ in range(concurrency)))
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(client(until, True) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return Result(len(latencies), errors, elapsed, latencies)
