"""Where a gateway (or NTS mock) process spends its CPU under load: py-spy samples it over real
sockets while the load generator sends the one-agency query.

    uv run python -m bench.profile [--seconds 10] [--concurrency 1] [--target gateway|mock]
                                   [--output profile.txt]

py-spy runs through ``uvx`` (nothing is added to the project). Prints the share of samples by
package (the innermost frame outside the standard library's plumbing: ``aiohttp``, ``uvicorn``,
``strawberry`` …; "event loop" is time in uvloop's C code, which includes the socket system
calls) and the functions with the most samples of their own; ``--output`` keeps py-spy's raw
collapsed stacks (one line per stack, then its count) for a flame graph or a closer look.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench import loadgen, processes

QUERY = '{ business(registrationNumber: "120-82-00275") { nts { status statusLabel } } }'

PLUMBING = frozenset(
    {"asyncio", "contextlib", "_weakrefset", "re", "typing", "functools", "abc", "enum"}
    | {"dataclasses", "copy", "inspect", "json", "urllib", "http", "email", "weakref"}
)
_FRAME_FILE = re.compile(r"\((.+?):\d+\)")


def ok(body: Any) -> bool:
    nts = ((body.get("data") or {}).get("business") or {}).get("nts") or {}
    return "errors" not in body and nts.get("status") == "CONTINUING"


def package_of(stack: list[str]) -> str:
    for frame in reversed(stack):
        found = _FRAME_FILE.search(frame)
        if not found:
            continue
        path = found.group(1)
        if path.startswith("asyncio/runners"):
            return "event loop (uvloop, C)"
        top = path.split("/")[0].removesuffix(".py")
        if top not in PLUMBING and not top.startswith("<frozen _collections"):
            return top
    return "other"


def report(raw: Path, top: int) -> None:
    packages: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack_text, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():  # py-spy's own notes, not a stack
            continue
        count = int(count_text)
        stack = stack_text.split(";")
        total += count
        packages[package_of(stack)] += count
        own[re.sub(r":\d+\)$", ")", stack[-1])] += count
    if not total:
        print("no samples")
        return
    print(f"\n{total} samples; share by package:")
    for name, count in packages.most_common():
        if count / total >= 0.003:
            print(f"  {100 * count / total:5.1f}%  {name}")
    print(f"functions with the most samples of their own (top {top}):")
    for name, count in own.most_common(top):
        print(f"  {100 * count / total:5.1f}%  {name}")


async def drive(url: str, concurrency: int, seconds: float) -> loadgen.Result:
    return await loadgen.run(url, {"query": QUERY}, ok, concurrency=concurrency, seconds=seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--target", choices=["gateway", "mock"], default="gateway")
    parser.add_argument("--rate", type=int, default=500, help="samples a second")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--output", type=Path, help="keep the raw collapsed stacks here")
    args = parser.parse_args()
    if shutil.which("uvx") is None:
        sys.exit("bench.profile: uvx (from uv) is needed to run py-spy")
    nts_port, gateway_port = processes.free_port(), processes.free_port()
    url = f"http://127.0.0.1:{gateway_port}/graphql"
    with (
        tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp,
        processes.nts_mock(nts_port) as mock,
        processes.gateway(gateway_port, nts_port) as gateway,
    ):
        raw = args.output or Path(tmp) / "stacks.txt"
        asyncio.run(drive(url, args.concurrency, 1))  # warm: caches, pools, JIT-free paths
        pid = gateway.pid if args.target == "gateway" else mock.pid
        command = ["uvx", "py-spy", "record", "--pid", str(pid), "--duration", str(args.seconds)]
        command += ["--rate", str(args.rate), "--format", "raw", "--output", str(raw)]
        spy = subprocess.Popen(
            [*command, "--nonblocking"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        result = asyncio.run(drive(url, args.concurrency, args.seconds + 1))
        _, errors = spy.communicate()
        if spy.returncode != 0:
            sys.exit(f"py-spy failed ({spy.returncode}): {errors.decode()[-2000:]}")
        print(
            f"{args.target} sampled for {args.seconds} s at {args.concurrency} client(s): "
            f"{result.rps:.0f} req/s, p50 {result.percentile(50):.2f} ms, "
            f"p99 {result.percentile(99):.2f} ms, {result.errors} errors"
        )
        report(raw, args.top)


if __name__ == "__main__":
    main()
