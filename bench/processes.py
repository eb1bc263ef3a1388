"""Start the processes the benchmarks measure, each on a free loopback port: the gateway, the
mock agencies and the peer (GraphQL Mesh + Hive Gateway, from ``bench/peers/hive``); read their
memory from ``/proc``."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HIVE_DIR = ROOT / "bench" / "peers" / "hive"

# Benchmarks send thousands of requests a second from one address: the gateway's per-client rate
# limit (GATEWAY_RATE_LIMIT, 600/minute by default) would turn most of them into errors.
UNLIMITED_RATE = "100000000/minute"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def wait_until_up(
    url: str, timeout: float = 30, process: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"exited with status {process.returncode} before {url} answered")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up within {timeout}s")


@contextlib.contextmanager
def spawn(
    command: Sequence[str],
    health_url: str,
    *,
    env: dict[str, str] | None = None,
    cwd: Path = ROOT,
    timeout: float = 30,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until the block ends, once ``health_url`` answers 200. Its output goes to
    a temporary file, shown only when it fails to start."""
    with tempfile.NamedTemporaryFile(prefix="bench-", suffix=".log") as log:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            try:
                wait_until_up(health_url, timeout, process)
            except RuntimeError as exc:
                raise RuntimeError(f"{' '.join(command)}: {exc}\n{_tail(Path(log.name))}") from None
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def started(
    args: list[str], health_url: str, env: dict[str, str] | None = None
) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    """Run ``agency-gateway ARGS`` (the process is the server itself, no ``uv`` wrapper)."""
    return spawn([sys.executable, "-m", "agency_gateway.cli", *args], health_url, env=env)


def nts_mock(port: int) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    return started(
        ["mocks", "--only", "nts", "--port", str(port), "--in-memory"],
        f"http://127.0.0.1:{port}/healthz",
    )


def _port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def mock_base_port(count: int) -> int:
    """A base port with ``count`` free ports from it (``agency-gateway mocks --port BASE`` puts
    the i-th mock of the registry on BASE + i)."""
    for _ in range(50):
        base = free_port()
        if base + count < 65536 and all(_port_is_free(base + i) for i in range(count)):
            return base
    raise RuntimeError(f"no run of {count} free loopback ports found")


@contextlib.contextmanager
def agency_mocks(names: Sequence[str]) -> Iterator[dict[str, str]]:
    """The mocks ``names`` in one process (in-memory databases), each on its own port; yields
    their base URLs by name. They reach each other as peers where ``agency-gateway mocks``
    puts them."""
    from mocks.registry import MOCKS
    from mocks.serve import mock_ports

    unknown = sorted(set(names) - set(MOCKS))
    if unknown:
        raise ValueError(f"unknown mock(s): {', '.join(unknown)}")
    base = mock_base_port(len(MOCKS))
    ports = mock_ports(base, names)
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    args = ["mocks", "--only", ",".join(names), "--port", str(base), "--in-memory"]
    first, *others = urls.values()
    with started(args, f"{first}/healthz"):
        for url in others:
            wait_until_up(f"{url}/healthz")
        yield urls


def gateway_env(urls: dict[str, str]) -> dict[str, str]:
    """``GATEWAY_<AGENCY>__URL`` for each mock of ``urls`` but the NTS (given by port)."""
    return {f"GATEWAY_{name.upper()}__URL": url for name, url in urls.items() if name != "nts"}


def gateway(
    port: int, nts_port: int, **env: str
) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    """The gateway alone (``--no-mocks``: no mock shares its process), pointed at the NTS mock on
    ``nts_port``, with the rate limit out of the way and warnings-only logs."""
    return started(
        ["serve", "--port", str(port), "--in-memory", "--no-mocks"],
        f"http://127.0.0.1:{port}/healthz",
        env={
            "GATEWAY_NTS__URL": f"http://127.0.0.1:{nts_port}",
            "GATEWAY_LOG_LEVEL": "WARNING",
            "GATEWAY_RATE_LIMIT": UNLIMITED_RATE,
            **env,
        },
    )


# --- the peer: GraphQL Mesh + Hive Gateway ---------------------------------------------------


def hive_missing() -> str | None:
    """Why the peer cannot run here, or None when it can."""
    if shutil.which("node") is None or shutil.which("npx") is None:
        return "Node.js (node and npx, version 20 or later) is not on PATH."
    missing = [
        name
        for name in ("mesh-compose", "hive-gateway")
        if not (HIVE_DIR / "node_modules" / ".bin" / name).exists()
    ]
    if missing:
        return (
            f"the peer is not installed ({', '.join(missing)} missing). Install it once with:\n"
            f"    cd {HIVE_DIR.relative_to(ROOT)} && npm ci"
        )
    return None


def compose_hive_supergraph(nts_url: str, output: Path, kotra_url: str | None = None) -> None:
    """``mesh-compose`` (config: ``bench/peers/hive/mesh.config.ts``) over the NTS mock's
    ``/openapi.json`` (and the KOTRA mock's, given its URL), written to ``output``."""
    sources = {"NTS_URL": nts_url, **({"KOTRA_URL": kotra_url} if kotra_url else {})}
    result = subprocess.run(
        ["npx", "--no-install", "mesh-compose", "-o", str(output)],
        cwd=HIVE_DIR,
        env={**os.environ, **sources},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0 or not output.exists():
        raise RuntimeError(f"mesh-compose failed ({result.returncode}):\n{result.stderr[-3000:]}")


def hive_gateway(
    port: int, supergraph: Path, **env: str
) -> contextlib.AbstractContextManager[subprocess.Popen[bytes]]:
    """Hive Gateway serving ``supergraph``: one process (``--fork 1``), production mode.

    The package's bin is run directly rather than through ``npx`` so that the process we measure
    is the gateway itself, not npm's wrapper around it."""
    return spawn(
        [
            str(HIVE_DIR / "node_modules" / ".bin" / "hive-gateway"),
            "supergraph",
            str(supergraph),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--fork",
            "1",
        ],
        f"http://127.0.0.1:{port}/readiness",
        env={"NODE_ENV": "production", **env},
        cwd=HIVE_DIR,
        timeout=60,
    )


# --- memory ----------------------------------------------------------------------------------


def _status_kib(pid: int, field: str) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/{pid}/status")


def rss_kib(pid: int) -> int:
    """Resident memory now."""
    return _status_kib(pid, "VmRSS")


def peak_rss_kib(pid: int) -> int:
    """Peak resident memory (VmHWM) since the process started or since ``reset_peak_rss``."""
    return _status_kib(pid, "VmHWM")


def reset_peak_rss(pid: int) -> bool:
    """Reset VmHWM to the current RSS (``/proc/PID/clear_refs``, Linux ≥ 4.0); False if not
    allowed, in which case the peak counts from the process's start."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                found.extend(int(child) for child in children.read().split())
    except OSError:
        pass
    return found


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and its live descendants so far (a gateway may
    fork workers: Hive Gateway's ``--fork 1`` serves from a child process)."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        total = sum(int(value) for value in fields[11:15]) / ticks  # utime stime cutime cstime
    except OSError:
        return 0.0
    return total + sum(cpu_seconds(child) for child in _children(pid))
