"""Our gateway versus GraphQL Mesh + Hive Gateway: one NTS business status through each, over
the same NTS mock process, on the same machine, under the same closed-loop load.

    uv run python -m bench.versus_hive [--seconds 10] [--concurrency 20 100] [--rounds 3]

Needs the peer, installed once with ``npm ci`` in ``bench/peers/hive``. Starts the NTS mock,
composes the peer's supergraph from the mock's ``/openapi.json``, starts both gateways (one
process each) and runs ours, theirs, ours, theirs … at each concurrency. Prints requests per
second, p50 and p99 latency, peak RSS of each gateway process, errors, NTS calls per request,
CPU time per request of each gateway (its process and any worker it forks: on a busy machine
this is steadier than requests per second) and the ratios ours/theirs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench import loadgen, processes

NUMBER = "1208200275"
STATUS_ROUTE = "POST /api/nts-businessman/v1/status"

OUR_QUERY = f'{{ business(registrationNumber: "{NUMBER}") {{ nts {{ status taxType }} }} }}'
# What Mesh generates for operationId businessStatus (POST, made a Query field in
# mesh.config.ts): the request body as `input`, the answer as a union over the status codes the
# OpenAPI document declares, the service key from the source's queryParams.
THEIR_QUERY = (
    f'{{ businessStatus(input: {{b_no: ["{NUMBER}"]}}) '
    "{ ... on StatusResponse { data { b_stt_cd tax_type_cd } } } }"
)


def ours_ok(body: Any) -> bool:
    nts = body["data"]["business"]["nts"]
    return "errors" not in body and nts["status"] == "CONTINUING" and bool(nts["taxType"])


def theirs_ok(body: Any) -> bool:
    rows = body["data"]["businessStatus"]["data"]
    return (
        "errors" not in body
        and len(rows) == 1
        and rows[0]["b_stt_cd"] == "01"
        and rows[0]["tax_type_cd"] == "01"
    )


@dataclass(frozen=True)
class Contender:
    name: str
    url: str
    query: str
    check: Any
    pid: int


@dataclass(frozen=True)
class Run:
    result: loadgen.Result
    peak_rss_kib: int
    upstream_calls: int
    cpu_seconds: float  # of the gateway process (and its workers), warm-up included

    @property
    def cpu_ms_per_request(self) -> float:
        return self.cpu_seconds * 1000 / self.result.sent if self.result.sent else float("nan")


def mib(kib: float) -> float:
    return kib / 1024


async def one_run(contender: Contender, nts_url: str, concurrency: int, seconds: float) -> Run:
    async with httpx.AsyncClient(base_url=nts_url) as admin:
        await admin.delete("/__admin/calls")
        processes.reset_peak_rss(contender.pid)
        cpu_before = processes.cpu_seconds(contender.pid)
        result = await loadgen.run(
            contender.url,
            {"query": contender.query},
            contender.check,
            concurrency=concurrency,
            seconds=seconds,
        )
        cpu = processes.cpu_seconds(contender.pid) - cpu_before
        peak = processes.peak_rss_kib(contender.pid)
        calls = (await admin.get("/__admin/calls")).json()["calls"].get(STATUS_ROUTE, 0)
    return Run(result, peak, calls, cpu)


def run_row(name: str, run: Run) -> str:
    r = run.result
    per_request = run.upstream_calls / r.sent if r.sent else float("nan")
    return (
        f"  {name:<7}{r.rps:>9.0f}{r.percentile(50):>10.2f}{r.percentile(99):>10.2f}"
        f"{mib(run.peak_rss_kib):>11.1f}{r.errors:>8}{per_request:>11.2f}"
        f"{run.cpu_ms_per_request:>12.3f}"
    )


HEADER = (
    f"  {'':<7}{'req/s':>9}{'p50 ms':>10}{'p99 ms':>10}{'peak MiB':>11}{'errors':>8}{'NTS/req':>11}"
    f"{'CPU ms/req':>12}"
)


def summary(concurrency: int, runs: dict[str, list[Run]]) -> None:
    pooled = {name: loadgen.Result.merged(run.result for run in rs) for name, rs in runs.items()}
    peaks = {name: max(run.peak_rss_kib for run in rs) for name, rs in runs.items()}
    calls = {name: sum(run.upstream_calls for run in rs) for name, rs in runs.items()}
    cpu = {
        name: sum(run.cpu_seconds for run in rs) * 1000 / sum(run.result.sent for run in rs)
        for name, rs in runs.items()
    }
    ours, theirs = pooled["ours"], pooled["theirs"]
    print(f"  all rounds at {concurrency} clients:")
    print(HEADER)
    for name, result in pooled.items():
        print(
            f"  {name:<7}{result.rps:>9.0f}{result.percentile(50):>10.2f}"
            f"{result.percentile(99):>10.2f}{mib(peaks[name]):>11.1f}{result.errors:>8}"
            f"{calls[name] / result.sent:>11.2f}{cpu[name]:>12.3f}"
        )
    print(
        f"  ours/theirs: req/s {ours.rps / theirs.rps:.2f}×, "
        f"p50 {ours.percentile(50) / theirs.percentile(50):.2f}×, "
        f"p99 {ours.percentile(99) / theirs.percentile(99):.2f}×, "
        f"peak RSS {peaks['ours'] / peaks['theirs']:.2f}×, "
        f"CPU per request {cpu['ours'] / cpu['theirs']:.2f}×"
    )


async def measure(
    contenders: list[Contender], nts_url: str, concurrency: int, seconds: float, rounds: int
) -> None:
    print(f"\nconcurrency {concurrency}: {rounds} rounds of {seconds:g} s each, alternating")
    print(HEADER)
    runs: dict[str, list[Run]] = {c.name: [] for c in contenders}
    for round_ in range(rounds):
        # Alternate who goes first as well, so neither always runs on a machine the other
        # has just warmed (or heated).
        order = contenders if round_ % 2 == 0 else contenders[::-1]
        for contender in order:
            run = await one_run(contender, nts_url, concurrency, seconds)
            runs[contender.name].append(run)
            print(run_row(contender.name, run))
    summary(concurrency, runs)


def versions() -> str:
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    packages = []
    for name in ("@graphql-hive/gateway", "@graphql-mesh/compose-cli", "@omnigraph/openapi"):
        manifest = processes.HIVE_DIR / "node_modules" / name / "package.json"
        version = json.loads(manifest.read_text())["version"]
        packages.append(f"{name} {version}")
    return f"python {platform.python_version()}, node {node}, " + ", ".join(packages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10, help="per run (default 10)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each (default 3, min 2)")
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2 (runs alternate)")
    problem = processes.hive_missing()
    if problem:
        print(f"bench.versus_hive: {problem}", file=sys.stderr)
        sys.exit(2)
    print(f"{platform.machine()}, {os.cpu_count()} cores; {versions()}")

    nts_port, ours_port, theirs_port = (processes.free_port() for _ in range(3))
    nts_url = f"http://127.0.0.1:{nts_port}"
    with tempfile.TemporaryDirectory(prefix="bench-hive-") as tmp, processes.nts_mock(nts_port):
        supergraph = Path(tmp) / "supergraph.graphql"
        processes.compose_hive_supergraph(nts_url, supergraph)
        with (
            processes.gateway(ours_port, nts_port) as ours,
            processes.hive_gateway(theirs_port, supergraph) as theirs,
        ):
            idle = {
                "ours": processes.rss_kib(ours.pid),
                "theirs": processes.rss_kib(theirs.pid),
            }
            print(
                f"RSS at rest: ours {mib(idle['ours']):.1f} MiB, "
                f"theirs {mib(idle['theirs']):.1f} MiB; one NTS mock process behind both"
            )
            if not processes.reset_peak_rss(ours.pid):
                print("peak RSS counts from each process's start (/proc/PID/clear_refs refused)")
            contenders = [
                Contender(
                    "ours", f"http://127.0.0.1:{ours_port}/graphql", OUR_QUERY, ours_ok, ours.pid
                ),
                Contender(
                    "theirs",
                    f"http://127.0.0.1:{theirs_port}/graphql",
                    THEIR_QUERY,
                    theirs_ok,
                    theirs.pid,
                ),
            ]
            for concurrency in args.concurrency:
                asyncio.run(measure(contenders, nts_url, concurrency, args.seconds, args.rounds))


if __name__ == "__main__":
    main()
