"""A small closed-loop HTTP load generator shared by the benchmarks.

``concurrency`` clients each send one request, wait for the answer, check it and send the next,
for ``seconds`` (after ``warmup`` seconds whose requests are not recorded). A request counts as
an error when it fails at the HTTP level, the status is not 200 or the body fails the caller's
check (for GraphQL: any ``errors`` entry or a wrong shape). Latencies are those of the requests
that got an answer.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Iterable
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
    warmup_requests: int = 0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    @property
    def sent(self) -> int:
        """Every request sent, warm-up included (what an upstream counter sees)."""
        return self.requests + self.warmup_requests

    def percentile(self, p: float) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[int(p) - 1]

    @classmethod
    def merged(cls, results: Iterable[Result]) -> Result:
        """Several runs as one: requests and time added up, latencies pooled."""
        results = list(results)
        return cls(
            sum(r.requests for r in results),
            sum(r.errors for r in results),
            sum(r.seconds for r in results),
            [latency for r in results for latency in r.latencies_ms],
            sum(r.warmup_requests for r in results),
        )


def _passes(check: Callable[[Any], bool], raw: bytes) -> bool:
    try:
        return bool(check(orjson.loads(raw)))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return False


async def run(
    url: str,
    body: dict[str, Any],
    check: Callable[[Any], bool],
    *,
    concurrency: int,
    seconds: float,
    warmup: float = 1.0,
    request_timeout: float = 30.0,
) -> Result:
    payload = orjson.dumps(body)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    latencies: list[float] = []
    counts = {"requests": 0, "errors": 0, "warmup": 0}
    connector = aiohttp.TCPConnector(limit=concurrency)
    client_timeout = aiohttp.ClientTimeout(total=request_timeout)
    async with aiohttp.ClientSession(connector=connector, timeout=client_timeout) as session:

        async def one() -> tuple[bool, float | None]:
            started = time.perf_counter()
            try:
                async with session.post(url, data=payload, headers=headers) as response:
                    raw = await response.read()
            except (TimeoutError, aiohttp.ClientError, OSError):
                return False, None
            elapsed = (time.perf_counter() - started) * 1000
            return response.status == 200 and _passes(check, raw), elapsed

        async def client(until: float, record: bool) -> None:
            while time.perf_counter() < until:
                ok, elapsed = await one()
                if not record:
                    counts["warmup"] += 1
                    continue
                counts["requests"] += 1
                counts["errors"] += not ok
                if elapsed is not None:
                    latencies.append(elapsed)

        warm_until = time.perf_counter() + warmup
        await asyncio.gather(*(client(warm_until, False) for _ in range(concurrency)))
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(client(until, True) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return Result(counts["requests"], counts["errors"], elapsed, latencies, counts["warmup"])
