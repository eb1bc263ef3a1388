"""Batching: ``businesses(registrationNumbers: [N numbers]) { nts { status } }`` for N = 1, 10,
100 through the gateway, with the NTS calls each request makes counted by the mock; then the
same N numbers with every agency field ``Business`` has (``nts work24 kotra hometax``), with the
calls each agency receives.

    uv run python -m bench.batching [--seconds 10] [--sizes 1 10 100] [--concurrency 1 20]

Prints, per N: requests per second, p50 and p99 latency per request and per item, NTS calls
per request (counted by the mock's ``/__admin/calls``: it must stay 1 up to 100 numbers), errors,
and the p50 of the same N numbers asked straight from the mock in one call, for comparison.
The second table has upstream calls per request for each agency (the goal: exactly 1 each up
to 100 numbers); it reads the schema first and selects only the agency fields present.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
from typing import Any

import httpx

from bench import loadgen, processes
from bench.introspect import Schema, agency_selections
from mocks.nts.seed import GENERATED, GENERATED_NUMBERS

AGENCIES = ("nts", "work24", "kotra", "hometax")

QUERY = (
    "query Batch($numbers: [BusinessNumber!]!) "
    "{ businesses(registrationNumbers: $numbers) { nts { status } } }"
)
STATUS_PATH = "/api/nts-businessman/v1/status?serviceKey=test-service-key"
STATUS_NAMES = {"01": "CONTINUING", "02": "SUSPENDED", "03": "CLOSED"}
EXPECTED = {record.b_no: STATUS_NAMES[record.b_stt_cd] for record in GENERATED}


def gateway_check(numbers: list[str]) -> Any:
    expected = [EXPECTED[number] for number in numbers]

    def ok(body: Any) -> bool:
        items = body["data"]["businesses"]
        return "errors" not in body and [item["nts"]["status"] for item in items] == expected

    return ok


def shape_check(size: int) -> Any:
    def ok(body: Any) -> bool:
        return "errors" not in body and len(body["data"]["businesses"]) == size

    return ok


def direct_check(numbers: list[str]) -> Any:
    expected = [EXPECTED[number] for number in numbers]

    def ok(body: Any) -> bool:
        rows = body["data"]
        return (
            body["status_code"] == "OK"
            and [STATUS_NAMES.get(row["b_stt_cd"]) for row in rows] == expected
        )

    return ok


async def measure(
    gateway_url: str, nts_url: str, sizes: list[int], concurrency: int, seconds: float
) -> None:
    print(f"\nconcurrency {concurrency}, {seconds:g} s per size")
    print(
        f"{'N':>4}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'p50/item':>10}{'p99/item':>10}"
        f"{'NTS/req':>9}{'errors':>8}{'direct p50':>12}"
    )
    async with httpx.AsyncClient(base_url=nts_url) as admin:
        for size in sizes:
            numbers = list(GENERATED_NUMBERS[:size])
            direct = None
            if size <= 100:  # the NTS API's limit for one call
                direct = await loadgen.run(
                    nts_url + STATUS_PATH,
                    {"b_no": numbers},
                    direct_check(numbers),
                    concurrency=concurrency,
                    seconds=min(seconds, 3),
                )
            await admin.delete("/__admin/calls")
            result = await loadgen.run(
                gateway_url + "/graphql",
                {"query": QUERY, "variables": {"numbers": numbers}},
                gateway_check(numbers),
                concurrency=concurrency,
                seconds=seconds,
            )
            calls: dict[str, int] = (await admin.get("/__admin/calls")).json()["calls"]
            per_request = sum(calls.values()) / result.sent
            p50, p99 = result.percentile(50), result.percentile(99)
            print(
                f"{size:>4}{result.rps:>9.0f}{p50:>9.2f}{p99:>9.2f}{p50 / size:>10.3f}"
                f"{p99 / size:>10.3f}{per_request:>9.2f}{result.errors:>8}"
                + (f"{direct.percentile(50):>12.2f}" if direct else f"{'-':>12}")
            )
            if set(calls) - {"POST /api/nts-businessman/v1/status"}:
                print(f"     calls by route: {calls}")


async def measure_agencies(
    gateway_url: str,
    mock_urls: dict[str, str],
    selections: dict[str, str],
    sizes: list[int],
    concurrency: int,
    seconds: float,
) -> None:
    """Every agency field for N numbers: calls each mock received per request."""
    query = (
        "query Batch($numbers: [BusinessNumber!]!) "
        f"{{ businesses(registrationNumbers: $numbers) {{ {' '.join(selections.values())} }} }}"
    )
    names = list(selections)
    print(f"\nevery agency field ({', '.join(names)}), concurrency {concurrency}")
    print(
        f"{'N':>4}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'p50/item':>10}{'errors':>8}"
        + "".join(f"{name + '/req':>12}" for name in names)
    )
    async with httpx.AsyncClient(timeout=30) as admin:
        for size in sizes:
            numbers = list(GENERATED_NUMBERS[:size])
            body = {"query": query, "variables": {"numbers": numbers}}
            sample = (await admin.post(gateway_url + "/graphql", json=body)).json()
            for name in names:
                await admin.delete(f"{mock_urls[name]}/__admin/calls")
            result = await loadgen.run(
                gateway_url + "/graphql",
                body,
                shape_check(size),
                concurrency=concurrency,
                seconds=seconds,
            )
            calls = {
                name: (await admin.get(f"{mock_urls[name]}/__admin/calls")).json()["total"]
                for name in names
            }
            p50, p99 = result.percentile(50), result.percentile(99)
            print(
                f"{size:>4}{result.rps:>9.0f}{p50:>9.2f}{p99:>9.2f}{p50 / size:>10.3f}"
                f"{result.errors:>8}"
                + "".join(f"{calls[name] / result.sent:>12.2f}" for name in names)
            )
            if sample.get("errors"):
                error = sample["errors"][0]
                code = (error.get("extensions") or {}).get("code", "?")
                print(f"     answers carry errors, e.g. {code}: {error.get('message', '')[:100]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="per size (default 10)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 20])
    args = parser.parse_args()
    if max(args.sizes) > len(GENERATED_NUMBERS) or min(args.sizes) < 1:
        parser.error(f"sizes must be between 1 and {len(GENERATED_NUMBERS)}")
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    gateway_port = processes.free_port()
    # Sizes above 100 need the gateway's list limit raised (and make ⌈N/100⌉ NTS calls).
    max_list = str(max(100, *args.sizes))
    with processes.agency_mocks(AGENCIES) as urls:
        nts_port = int(urls["nts"].rsplit(":", 1)[1])
        env = processes.gateway_env(urls) | {"GATEWAY_MAX_LIST_SIZE": max_list}
        with processes.gateway(gateway_port, nts_port, **env):
            gateway_url = f"http://127.0.0.1:{gateway_port}"
            for concurrency in args.concurrency:
                asyncio.run(
                    measure(gateway_url, urls["nts"], args.sizes, concurrency, args.seconds)
                )
            selections = agency_selections(Schema(gateway_url + "/graphql"), "Business", AGENCIES)
            missing = [agency for agency in AGENCIES if agency not in selections]
            if missing:
                print(f"\nnot in the schema yet (skipped): {', '.join(missing)}")
            for concurrency in args.concurrency:
                asyncio.run(
                    measure_agencies(
                        gateway_url, urls, selections, args.sizes, concurrency, args.seconds
                    )
                )


if __name__ == "__main__":
    main()
