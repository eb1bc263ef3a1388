"""Large lists: 1,000 rows of a connection through the gateway (KOTRA's HS codes), time and
bytes.

    uv run python -m bench.large_list [--rows 1000] [--page 1000] [--runs 20]

Reads the schema first: the first root field named like ``*HsCodes`` (or ``*Employees``) that
returns a connection (``edges { node }`` and ``pageInfo``) is read, with every scalar field of
its node, ``first: PAGE`` rows a request, following ``endCursor`` until ROWS rows or the end. A
connection that caps its page size below PAGE simply takes more pages. Without such a field
(the agency is not in the graph yet) it says so and exits 2.

Prints, over RUNS reads of the whole list: pages per read, p50 and p99 of the whole read and of
one page, response bytes per read and per row, and what the same answers would weigh with
non-ASCII characters escaped (``\\uXXXX``, strawberry's default encoder).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from typing import Any

import httpx
import orjson

from bench import processes
from bench.introspect import Field, Schema

CANDIDATES = ("hscodes", "employees")


def find_connection(schema: Schema) -> tuple[Field, Field] | None:
    """(the root field, its node field) of the first list-like connection found."""
    query = schema.type("Query")
    if query is None:
        return None
    for candidate in CANDIDATES:
        for field in query.fields.values():
            if not field.name.lower().endswith(candidate) or field.required_args:
                continue
            if "first" not in field.args:
                continue
            edges = schema.field(field.type_name, "edges")
            node = schema.field(edges.type_name, "node") if edges else None
            if node is not None and schema.field(field.type_name, "pageInfo"):
                return field, node
    return None


def page_query(field: Field, node_selection: str, with_after: bool) -> str:
    after = ", after: $after" if with_after else ""
    variables = "($first: Int!, $after: String)" if with_after else "($first: Int!)"
    return (
        f"query Page{variables} {{ {field.name}(first: $first{after}) {{ "
        f"edges {{ cursor node {{ {node_selection} }} }} pageInfo {{ hasNextPage endCursor }} }} }}"
    )


def read_all(
    client: httpx.Client, field: Field, node_selection: str, rows: int, page: int
) -> tuple[int, int, int, int, list[float]]:
    """One read of up to ``rows`` rows: (rows, pages, bytes, escaped bytes, page times ms)."""
    got = pages = size = escaped = 0
    times: list[float] = []
    after: str | None = None
    while got < rows:
        variables: dict[str, Any] = {"first": min(page, rows - got)}
        if after is not None:
            variables["after"] = after
        query = page_query(field, node_selection, after is not None)
        started = time.perf_counter()
        response = client.post("/graphql", json={"query": query, "variables": variables})
        times.append((time.perf_counter() - started) * 1000)
        body = orjson.loads(response.content)
        if response.status_code != 200 or body.get("errors"):
            errors = body.get("errors") or [{"message": f"HTTP {response.status_code}"}]
            raise RuntimeError(f"{field.name}: {errors[0].get('message')}")
        connection = body["data"][field.name]
        pages += 1
        got += len(connection["edges"])
        size += len(response.content)
        escaped += len(json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode())
        info = connection["pageInfo"]
        if not info["hasNextPage"] or not connection["edges"]:
            break
        after = info["endCursor"]
    return got, pages, size, escaped, times


def percentile(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--page", type=int, default=1000, help="first: per request")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    gateway_port = processes.free_port()
    with processes.agency_mocks(("nts", "kotra")) as urls:
        nts_port = int(urls["nts"].rsplit(":", 1)[1])
        env = processes.gateway_env(urls) | {"GATEWAY_MAX_LIST_SIZE": "1000"}
        with processes.gateway(gateway_port, nts_port, **env):
            base = f"http://127.0.0.1:{gateway_port}"
            schema = Schema(base + "/graphql")
            found = find_connection(schema)
            if found is None:
                print(
                    "no large-list connection in the schema yet (a root field ending in "
                    f"{' or '.join(CANDIDATES)} with `first`, `edges {{ node }}` and `pageInfo`):"
                    " nothing to measure"
                )
                sys.exit(2)
            field, node = found
            selection = schema.leaves(node.type_name, limit=20)
            print(f"connection: Query.{field.name} → {node.type_name} {{ {selection} }}")
            with httpx.Client(base_url=base, timeout=60) as client:
                read_all(client, field, selection, args.rows, args.page)  # warm-up
                reads = [
                    read_all(client, field, selection, args.rows, args.page)
                    for _ in range(args.runs)
                ]
    rows, pages, size, escaped, _ = reads[0]
    totals = [sum(times) for *_, times in reads]
    page_times = [t for *_, times in reads for t in times]
    print(f"\n{rows} rows in {pages} page(s) of first: {args.page}; {args.runs} reads, 1 client")
    print(
        f"whole read p50 {percentile(totals, 50):.1f} ms, p99 {percentile(totals, 99):.1f} ms; "
        f"one page p50 {percentile(page_times, 50):.1f} ms, p99 {percentile(page_times, 99):.1f} ms"
    )
    print(
        f"bytes per read {size:,} ({size / max(rows, 1):.0f} per row); with \\uXXXX escaping "
        f"{escaped:,} ({escaped / size:.2f}×)"
    )
    if rows < args.rows:
        print(f"the list holds {rows} rows, fewer than the {args.rows} asked")


if __name__ == "__main__":
    main()
