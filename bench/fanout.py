"""Fan-out: ``business { nts work24 kotra hometax }`` with the same latency injected at every
agency (each mock's ``/__admin/faults``), against each agency field asked alone.

    uv run python -m bench.fanout [--latency-ms 50] [--seconds 5] [--number 1208200275]

Reads the schema first and selects only the agency fields ``Business`` has when it runs (each
with its scalar fields). Prints, per agency alone and for all of them in one query: p50 and p99
latency, errors and upstream calls per request (counted by each mock's ``/__admin/calls``); then
the fan-out's p50 against the slowest agency's (the goal: at most 1.1×) and against the sum of
them (what asking the agencies one after another would cost).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
from typing import Any

import httpx
import orjson

from bench import loadgen, processes
from bench.introspect import Schema, agency_selections
from mocks.nts.seed import CONTINUING_EXAMPLE

AGENCIES = ("nts", "work24", "kotra", "hometax")


def no_errors(body: Any) -> bool:
    return "errors" not in body and (body.get("data") or {}).get("business") is not None


def query_of(number: str, selections: list[str]) -> str:
    return f'{{ business(registrationNumber: "{number}") {{ {" ".join(selections)} }} }}'


async def first_errors(url: str, query: str) -> list[str]:
    """The errors of one answer (code and message), to show why a run counts errors."""
    async with httpx.AsyncClient(timeout=30) as client:
        body = (await client.post(url, json={"query": query})).json()
    return [
        f"{(e.get('extensions') or {}).get('code', '?')}: {e.get('message', '')[:100]}"
        for e in body.get("errors") or []
    ]


async def calls_by_agency(urls: dict[str, str], reset: bool = False) -> dict[str, int]:
    counts = {}
    async with httpx.AsyncClient(timeout=10) as client:
        for name, url in urls.items():
            if reset:
                await client.delete(f"{url}/__admin/calls")
            else:
                counts[name] = (await client.get(f"{url}/__admin/calls")).json()["total"]
    return counts


async def one(
    name: str, url: str, query: str, urls: dict[str, str], seconds: float
) -> tuple[loadgen.Result, dict[str, float]]:
    errors = await first_errors(url, query)
    if errors:
        print(f"  {name}: answers carry errors, e.g. {errors[0]}")
    await calls_by_agency(urls, reset=True)
    result = await loadgen.run(
        url, {"query": query}, no_errors, concurrency=1, seconds=seconds, warmup=0.5
    )
    calls = await calls_by_agency(urls)
    return result, {agency: n / result.sent for agency, n in calls.items() if n}


async def measure(
    gateway_url: str,
    urls: dict[str, str],
    selections: dict[str, str],
    number: str,
    latency_ms: int,
    seconds: float,
) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        for agency in selections:
            fault = {"route": "*", "latency_ms": latency_ms}
            (await client.post(f"{urls[agency]}/__admin/faults", json=fault)).raise_for_status()
    url = gateway_url + "/graphql"
    runs: dict[str, tuple[loadgen.Result, dict[str, float]]] = {}
    for agency, selection in selections.items():
        runs[agency] = await one(agency, url, query_of(number, [selection]), urls, seconds)
    everything = query_of(number, list(selections.values()))
    runs["all"] = await one("all", url, everything, urls, seconds)

    print(f"\n{latency_ms} ms injected at each agency; 1 client, {seconds:g} s per row")
    print(f"{'fields':<10}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}  calls/request")
    for name, (result, calls) in runs.items():
        spread = ", ".join(f"{agency} {n:.2f}" for agency, n in sorted(calls.items()))
        print(
            f"{name:<10}{result.rps:>8.1f}{result.percentile(50):>9.1f}"
            f"{result.percentile(99):>9.1f}{result.errors:>8}  {spread}"
        )
    singles = {agency: runs[agency][0].percentile(50) for agency in selections}
    slowest = max(singles, key=lambda agency: singles[agency])
    fanout = runs["all"][0].percentile(50)
    print(
        f"fan-out p50 {fanout:.1f} ms / slowest agency ({slowest}) p50 {singles[slowest]:.1f} ms"
        f" = {fanout / singles[slowest]:.2f}× (goal ≤ 1.1×); / sum of agencies "
        f"{sum(singles.values()):.1f} ms = {fanout / sum(singles.values()):.2f}×"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=5, help="per row (default 5)")
    parser.add_argument("--number", default=CONTINUING_EXAMPLE, help="business number")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    gateway_port = processes.free_port()
    with processes.agency_mocks(AGENCIES) as urls:
        nts_port = int(urls["nts"].rsplit(":", 1)[1])
        env = processes.gateway_env(urls)
        with processes.gateway(gateway_port, nts_port, **env):
            gateway_url = f"http://127.0.0.1:{gateway_port}"
            schema = Schema(gateway_url + "/graphql")
            selections = agency_selections(schema, "Business", AGENCIES)
            missing = [agency for agency in AGENCIES if agency not in selections]
            print(f"Business fields measured: {', '.join(selections) or 'none'}")
            if missing:
                print(f"not in the schema yet (skipped): {', '.join(missing)}")
            if not selections:
                raise SystemExit("no agency field on Business: nothing to measure")
            print(
                "fan-out query:",
                orjson.dumps(query_of(args.number, list(selections.values()))).decode(),
            )
            asyncio.run(
                measure(gateway_url, urls, selections, args.number, args.latency_ms, args.seconds)
            )


if __name__ == "__main__":
    main()
