"""What the gateway adds to one NTS lookup: the same business through the gateway and straight
from the NTS mock, each as its own process on loopback, under the same closed-loop load.

    uv run python bench/nts_overhead.py [--seconds 10] [--concurrency 1 20 100]
                                        [--latency-ms 0 20]

Prints requests per second, p50 and p99 latency and errors for both, and the ratios. With
``--latency-ms`` the NTS mock also answers after that many milliseconds (its fault API), as a
real agency would: the same fixed cost of the gateway weighs less against a slower agency.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
from typing import Any

import httpx

from bench import loadgen, processes

QUERY = '{ business(registrationNumber: "1208200275") { nts { status taxType } } }'
STATUS_PATH = "/api/nts-businessman/v1/status?serviceKey=test-service-key"


def gateway_ok(body: Any) -> bool:
    nts = ((body.get("data") or {}).get("business") or {}).get("nts") or {}
    return "errors" not in body and nts.get("status") == "CONTINUING"


def direct_ok(body: Any) -> bool:
    return bool(body.get("status_code") == "OK" and body["data"][0].get("b_stt_cd") == "01")


def row(name: str, result: loadgen.Result) -> str:
    return (
        f"{name:<9}{result.rps:>10.0f}{result.percentile(50):>10.2f}"
        f"{result.percentile(99):>10.2f}{result.errors:>8}"
    )


async def measure(
    gateway_url: str, nts_url: str, concurrency: int, seconds: float, latency_ms: int
) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        faults = f"{nts_url}/__admin/faults"
        if latency_ms:
            fault = {"route": "*", "latency_ms": latency_ms}
            (await client.post(faults, json=fault)).raise_for_status()
        else:
            (await client.delete(faults)).raise_for_status()
    direct = await loadgen.run(
        nts_url + STATUS_PATH,
        {"b_no": ["1208200275"]},
        direct_ok,
        concurrency=concurrency,
        seconds=seconds,
    )
    through = await loadgen.run(
        gateway_url + "/graphql",
        {"query": QUERY},
        gateway_ok,
        concurrency=concurrency,
        seconds=seconds,
    )
    print(f"\nconcurrency {concurrency}, {seconds:.0f} s each, agency latency {latency_ms} ms")
    print(f"{'':<9}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
    print(row("direct", direct))
    print(row("gateway", through))
    print(
        f"ratio gateway/direct: p50 {through.percentile(50) / direct.percentile(50):.2f}×, "
        f"p99 {through.percentile(99) / direct.percentile(99):.2f}×, "
        f"req/s {through.rps / direct.rps:.2f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 20, 100])
    parser.add_argument("--latency-ms", type=int, nargs="+", default=[0])
    args = parser.parse_args()
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores"
    )
    nts_port, gateway_port = processes.free_port(), processes.free_port()
    with processes.nts_mock(nts_port), processes.gateway(gateway_port, nts_port):
        for latency_ms in args.latency_ms:
            for concurrency in args.concurrency:
                asyncio.run(
                    measure(
                        f"http://127.0.0.1:{gateway_port}",
                        f"http://127.0.0.1:{nts_port}",
                        concurrency,
                        args.seconds,
                        latency_ms,
                    )
                )


if __name__ == "__main__":
    main()
