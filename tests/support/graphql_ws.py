"""The client side of graphql-transport-ws, as far as the tests need it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol


class GraphQLWebSocket:
    """The client side of graphql-transport-ws, as far as these tests need it."""

    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection

    @classmethod
    @asynccontextmanager
    async def open(
        cls, url: str, init: dict[str, Any] | None = None, **headers: str
    ) -> AsyncIterator[GraphQLWebSocket]:
        protocol = Subprotocol("graphql-transport-ws")
        async with connect(url, subprotocols=[protocol], additional_headers=headers) as conn:
            assert conn.subprotocol == protocol
            client = cls(conn)
            await client.send({"type": "connection_init", "payload": init or {}})
            assert (await client.receive())["type"] == "connection_ack"
            yield client

    async def send(self, message: dict[str, Any]) -> None:
        await self.connection.send(orjson.dumps(message).decode())

    async def receive(self, within: float = 5.0) -> dict[str, Any]:
        async with asyncio.timeout(within):
            frame = await self.connection.recv()
        assert isinstance(frame, str), "graphql-transport-ws messages are text frames"
        message: dict[str, Any] = orjson.loads(frame)
        return message

    async def subscribe(self, operation_id: str, query: str, **variables: Any) -> None:
        payload = {"query": query, "variables": variables}
        await self.send({"id": operation_id, "type": "subscribe", "payload": payload})

    async def complete(self, operation_id: str) -> None:
        await self.send({"id": operation_id, "type": "complete"})
