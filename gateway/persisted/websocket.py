"""Persisted queries over WebSocket: the same rules for operations started on a connection, so
allow-list mode cannot be bypassed with a ``subscribe`` (graphql-transport-ws) or ``start``
(legacy graphql-ws) message. A refused operation gets an ``error`` message; the connection
stays open. Documents are not learnt here: APQ registration is an HTTP affair.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLFormattedError
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.subscriptions.protocols.graphql_transport_ws.types import (
    ErrorMessage,
    SubscribeMessage,
)
from strawberry.subscriptions.protocols.graphql_ws.handlers import BaseGraphQLWSHandler
from strawberry.subscriptions.protocols.graphql_ws.types import ErrorMessage as LegacyErrorMessage
from strawberry.subscriptions.protocols.graphql_ws.types import StartMessage

from gateway.context import Context
from gateway.persisted.http import client_kind, refusal_error
from gateway.persisted.protocol import PersistedQueries, PersistedQueryError


async def _resolve(context: Context, payload: Any) -> str | PersistedQueryError:
    """The document to run for a message ``payload``, or why it is refused."""
    persisted: PersistedQueries = context.request.app.state.gateway.persisted
    data = GraphQLRequestData(
        query=payload.get("query"),
        variables=payload.get("variables"),
        operation_name=payload.get("operationName"),
        extensions=payload.get("extensions"),
    )
    try:
        resolved = await persisted.resolve(data, client_kind(context))
    except PersistedQueryError as error:
        return error
    return resolved.data.query or ""


def _error(context: Context, error: PersistedQueryError) -> GraphQLFormattedError:
    return refusal_error(error, context).formatted


class PersistedTransportWSHandler(BaseGraphQLTransportWSHandler[Context, None]):
    """graphql-transport-ws, with each ``subscribe`` resolved as an HTTP request would be."""

    async def handle_subscribe(self, message: SubscribeMessage) -> None:
        if self.connection_acknowledged:
            query = await _resolve(self.context, message["payload"])
            if isinstance(query, PersistedQueryError):
                error = _error(self.context, query)
                await self.send_message(
                    ErrorMessage(id=message["id"], type="error", payload=[error])
                )
                return
            message = {**message, "payload": {**message["payload"], "query": query}}
        await super().handle_subscribe(message)


class PersistedWSHandler(BaseGraphQLWSHandler[Context, None]):
    """Legacy graphql-ws, with each ``start`` resolved as an HTTP request would be."""

    async def handle_start(self, message: StartMessage) -> None:
        if self.connection_acknowledged:
            query = await _resolve(self.context, message["payload"])
            if isinstance(query, PersistedQueryError):
                error = _error(self.context, query)
                await self.send_message(
                    LegacyErrorMessage(type="error", id=message["id"], payload=error)
                )
                return
            message = {**message, "payload": {**message["payload"], "query": query}}
        await super().handle_start(message)
