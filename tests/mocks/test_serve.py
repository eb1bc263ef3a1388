"""mocks.serve: each mock on its own port over real sockets, SQLite files under a data dir."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from mocks.framework import IN_MEMORY_URL
from mocks.serve import build_servers, database_url, mock_ports


def test_mock_database_lives_under_the_data_dir(tmp_path: Path) -> None:
    url = database_url("nts", tmp_path, in_memory=False)
    assert url == f"sqlite+aiosqlite:///{tmp_path.resolve()}/mocks/nts.sqlite"
    assert database_url("nts", tmp_path, in_memory=True) == IN_MEMORY_URL


def test_base_port_gives_each_mock_the_next_port() -> None:
    assert mock_ports(9000, ["nts"]) == {"nts": 9000}
    assert mock_ports({"nts": 9123}, ["nts"]) == {"nts": 9123}


async def test_served_mock_answers_over_a_socket_and_keeps_its_file(tmp_path: Path) -> None:
    # given the NTS mock on a free port with a SQLite file
    server = build_servers("127.0.0.1", {"nts": 0}, data_dir=tmp_path, names=["nts"])["nts"]
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(500):  # uvicorn offers a flag, not an event
            if server.started:
                break
            await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        # when
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            response = await client.get("/healthz")
        # then
        assert response.json() == {"status": "ok", "agency": "nts"}
        assert (tmp_path / "mocks" / "nts.sqlite").exists()
    finally:
        server.should_exit = True
        await task
