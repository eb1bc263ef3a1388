"""Our gateway versus GraphQL Mesh + Hive Gateway: one agency lookup through each, over the same
mock process, on the same machine, under the same closed-loop load.

    uv run python -m bench.versus_hive [--operation nts|kotra] [--seconds 10]
                                       [--concurrency 20 100] [--rounds 3]

``--operation nts`` (the default): one business's status at the NTS (the NTS mock alone in its
process, answering repeated numbers from memory). ``--operation kotra``: one company as KOTRA
knows it (the NTS and KOTRA mocks in one process; KOTRA reads its SQLite database each time).

Needs the peer, installed once with ``npm ci`` in ``bench/peers/hive``. Starts the mock(s),
composes the peer's supergraph from their ``/openapi.json``, starts both gateways (one process
each) and runs ours, theirs, ours, theirs … at each concurrency. Prints requests per second,
p50 and p99 latency, peak RSS of each gateway process, errors, agency calls per request (counted
by the mock), CPU time per request of each gateway (its process and any worker it forks: on a
busy machine this is steadier than requests per second) and the ratios ours/theirs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
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


KOTRA_NUMBER = "6638501035"  # (주)한국이디에스, registered in the KOTRA mock's seed
KOTRA_NAME = "(주)한국이디에스"
OUR_KOTRA_QUERY = (
    f'{{ business(registrationNumber: "{KOTRA_NUMBER}") {{ kotra {{ name representative }} }} }}'
)
# Mesh makes KOTRA's GET /companies/{number} (operationId look_up_company) a Query field by
# itself; the answer is a union over its 200 and error bodies.
THEIR_KOTRA_QUERY = (
    f'{{ look_up_company(number: "{KOTRA_NUMBER}") '
    "{ ... on CompanySummary { name representative } } }"
)


def ours_kotra_ok(body: Any) -> bool:
    kotra = body["data"]["business"]["kotra"]
    return "errors" not in body and kotra["name"] == KOTRA_NAME and bool(kotra["representative"])


def theirs_kotra_ok(body: Any) -> bool:
    company = body["data"]["look_up_company"]
    return (
        "errors" not in body and company["name"] == KOTRA_NAME and bool(company["representative"])
    )


@dataclass(frozen=True)
class Operation:
    """One lookup as each gateway asks it, and the agency mock that answers it."""

    agency: str  # the mock whose calls are counted
    ours: tuple[str, Callable[[Any], bool]]
    theirs: tuple[str, Callable[[Any], bool]]
    routes: tuple[str, ...]  # the mock's calls either gateway makes for it (as it counts them)


OPERATIONS = {
    "nts": Operation("nts", (OUR_QUERY, ours_ok), (THEIR_QUERY, theirs_ok), (STATUS_ROUTE,)),
    "kotra": Operation(
        "kotra",
        (OUR_KOTRA_QUERY, ours_kotra_ok),
        (THEIR_KOTRA_QUERY, theirs_kotra_ok),
        ("POST /companies/batch", f"GET /companies/{KOTRA_NUMBER}"),
    ),
}


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


async def one_run(
    contender: Contender, agency_url: str, routes: tuple[str, ...], concurrency: int, seconds: float
) -> Run:
    async with httpx.AsyncClient(base_url=agency_url) as admin:
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
        counted = (await admin.get("/__admin/calls")).json()["calls"]
        calls = sum(counted.get(route, 0) for route in routes)
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
    f"  {'':<7}{'req/s':>9}{'p50 ms':>10}{'p99 ms':>10}{'peak MiB':>11}{'errors':>8}"
    f"{'calls/req':>11}{'CPU ms/req':>12}"
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
    contenders: list[Contender],
    agency_url: str,
    routes: tuple[str, ...],
    concurrency: int,
    seconds: float,
    rounds: int,
) -> None:
    print(f"\nconcurrency {concurrency}: {rounds} rounds of {seconds:g} s each, alternating")
    print(HEADER)
    runs: dict[str, list[Run]] = {c.name: [] for c in contenders}
    for round_ in range(rounds):
        # Alternate who goes first as well, so neither always runs on a machine the other
        # has just warmed (or heated).
        order = contenders if round_ % 2 == 0 else contenders[::-1]
        for contender in order:
            run = await one_run(contender, agency_url, routes, concurrency, seconds)
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
    parser.add_argument("--operation", choices=sorted(OPERATIONS), default="nts")
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

    operation = OPERATIONS[args.operation]
    with tempfile.TemporaryDirectory(prefix="bench-hive-") as tmp, mocks_for(operation) as urls:
        supergraph = Path(tmp) / "supergraph.graphql"
        processes.compose_hive_supergraph(urls["nts"], supergraph, kotra_url=urls.get("kotra"))
        ours_port, theirs_port = processes.free_port(), processes.free_port()
        nts_port = int(urls["nts"].rsplit(":", 1)[1])
        with (
            processes.gateway(ours_port, nts_port, **processes.gateway_env(urls)) as ours,
            processes.hive_gateway(theirs_port, supergraph) as theirs,
        ):
            idle = {
                "ours": processes.rss_kib(ours.pid),
                "theirs": processes.rss_kib(theirs.pid),
            }
            print(
                f"operation {args.operation}: ours {operation.ours[0]}\n"
                f"  theirs {operation.theirs[0]}\n"
                f"RSS at rest: ours {mib(idle['ours']):.1f} MiB, "
                f"theirs {mib(idle['theirs']):.1f} MiB; one mock process behind both"
            )
            if not processes.reset_peak_rss(ours.pid):
                print("peak RSS counts from each process's start (/proc/PID/clear_refs refused)")
            contenders = [
                Contender(
                    "ours", f"http://127.0.0.1:{ours_port}/graphql", *operation.ours, ours.pid
                ),
                Contender(
                    "theirs",
                    f"http://127.0.0.1:{theirs_port}/graphql",
                    *operation.theirs,
                    theirs.pid,
                ),
            ]
            agency_url = urls[operation.agency]
            for concurrency in args.concurrency:
                asyncio.run(
                    measure(
                        contenders,
                        agency_url,
                        operation.routes,
                        concurrency,
                        args.seconds,
                        args.rounds,
                    )
                )


def mocks_for(operation: Operation) -> contextlib.AbstractContextManager[dict[str, str]]:
    """The NTS mock alone in its process (as every earlier run had it), or the NTS and the
    operation's agency mock together (the gateway needs the NTS configured)."""
    if operation.agency == "nts":
        port = processes.free_port()
        return _alone(port)
    return processes.agency_mocks(["nts", operation.agency])


@contextlib.contextmanager
def _alone(port: int) -> Iterator[dict[str, str]]:
    with processes.nts_mock(port):
        yield {"nts": f"http://127.0.0.1:{port}"}


if __name__ == "__main__":
    main()
