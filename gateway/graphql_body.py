"""Reading a GraphQL request sent as JSON, without the work strawberry repeats per request.

Strawberry parses the ``Content-Type`` header with ``email.message`` on every request (about
3 µs); a client sends the same few values again and again, so their meaning is kept here per
distinct value. The JSON body becomes
:class:`GraphQLRequestData` by strawberry's rules, with its messages, except that a body that
is not an object (nor, when batching, an array of objects) is refused with 400 where strawberry
failed with a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cross_web import HTTPException
from strawberry.http import GraphQLRequestData, GraphQLRequestProtocol
from strawberry.http.parse_content_type import parse_content_type

NOT_AN_OBJECT = "The GraphQL request must be a JSON object (or, when batching, an array of them)."


@lru_cache(maxsize=256)
def is_json(content_type: str) -> bool:
    """Strawberry's test for a JSON body, ``application/json`` in the media type, in any case
    (media types are case-insensitive; strawberry refused ``Application/JSON``)."""
    media_type, _ = parse_content_type(content_type)
    return "application/json" in media_type.lower()


def request_data(
    data: Any, check_batch: Callable[[list[Any], GraphQLRequestProtocol], None]
) -> GraphQLRequestData | list[GraphQLRequestData]:
    """One operation from a JSON object; a batch from an array (``check_batch`` may refuse), to
    be answered with one JSON document (protocol ``http``)."""
    protocol: GraphQLRequestProtocol = "http"
    if isinstance(data, list):
        if not all(isinstance(item, dict) for item in data):
            raise HTTPException(400, NOT_AN_OBJECT)
        check_batch(data, protocol)
        return [
            GraphQLRequestData(
                query=item.get("query"),
                variables=item.get("variables"),
                operation_name=item.get("operationName"),
                extensions=item.get("extensions"),
                protocol=protocol,
            )
            for item in data
        ]
    if not isinstance(data, dict):
        raise HTTPException(400, NOT_AN_OBJECT)
    query = data.get("query")
    if not isinstance(query, str | None):
        raise HTTPException(
            400, "The GraphQL operation's `query` must be a string or null, if provided."
        )
    variables = data.get("variables")
    if not isinstance(variables, dict | None):
        raise HTTPException(
            400, "The GraphQL operation's `variables` must be an object or null, if provided."
        )
    extensions = data.get("extensions")
    if not isinstance(extensions, dict | None):
        raise HTTPException(
            400, "The GraphQL operation's `extensions` must be an object or null, if provided."
        )
    return GraphQLRequestData(
        query=query,
        variables=variables,
        operation_name=data.get("operationName"),
        extensions=extensions,
        protocol=protocol,
    )
