"""The ``/graphql`` endpoint: strawberry's ASGI view with our context, JSON and GraphiQL."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData
from strawberry.http.ides import get_graphql_ide_html
from strawberry.types import ExecutionResult

from gateway.clients import ApiKeyRequiredError, UnknownApiKeyError
from gateway.context import Context
from gateway.errors import ErrorCode
from gateway.i18n import negotiate
from gateway.idempotency import is_mutation
from gateway.idempotent_view import execute_idempotently
from gateway.loaders import create_loaders
from gateway.schema import schema
from gateway.settings import Settings
from gateway.store import CurrentSession, Store, bearer_token
from gateway.upstreams import Upstreams

EXAMPLE = Path(__file__).with_name("static") / "example.graphql"


@cache
def graphiql_html() -> str:
    """Strawberry's GraphiQL page, opening on our example operation instead of its welcome."""
    html = get_graphql_ide_html("graphiql")
    example = json.dumps(EXAMPLE.read_text(encoding="utf-8"))
    return re.sub(
        r"const EXAMPLE_QUERY = `.*?`;",
        lambda _: f"const EXAMPLE_QUERY = {example};",
        html,
        count=1,
        flags=re.S,
    )


class GatewayGraphQL(GraphQL[Context, None]):
    """Adds: a typed per-request context, orjson (Hangul stays UTF-8, not ``\\uXXXX``), a
    GraphiQL page with our example, and a deadline for the whole request."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            **options,
        )
        self.settings = settings

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        state = request.app.state.gateway
        upstreams: Upstreams = state.upstreams
        store: Store = state.store
        try:
            client = await store.clients.identify(
                request.headers.get("x-api-key"), self.settings.allow_anonymous
            )
        except UnknownApiKeyError as exc:
            raise HTTPException(401, "Unknown or revoked X-Api-Key") from exc
        except ApiKeyRequiredError as exc:
            raise HTTPException(401, "An X-Api-Key header is required") from exc
        return Context(
            request=request,
            response=response,
            settings=self.settings,
            upstreams=upstreams,
            loaders=create_loaders(upstreams),
            language=negotiate(request.headers.get("accept-language")),
            request_id=request.scope.get("state", {}).get("request_id", "-"),
            client=client,
            store=store,
            session=CurrentSession(bearer_token(request.headers.get("authorization")), store),
        )

    async def execute_single(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        sub_response: Response,
        context: Context,
        root_value: None,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Mutations sent with an ``Idempotency-Key`` act once; everything else runs as is."""
        key = request.headers.get("idempotency-key")

        def execute() -> Awaitable[ExecutionResult]:
            return super(GatewayGraphQL, self).execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )

        if key is None or not is_mutation(request_data.query, request_data.operation_name):
            return await execute()
        operation = (request_data.query, request_data.operation_name, request_data.variables)
        return await execute_idempotently(request, key, context, sub_response, operation, execute)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)

    async def render_graphql_ide(self, request: Request) -> Response:
        return HTMLResponse(graphiql_html())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            async with asyncio.timeout(self.settings.request_deadline):
                await super().__call__(scope, receive, tracking_send)
        except TimeoutError:
            if not started:
                await self._deadline_response(scope)(scope, receive, send)

    def _deadline_response(self, scope: Scope) -> Response:
        request = Request(scope)
        language = negotiate(request.headers.get("accept-language"))
        code = ErrorCode.DEADLINE_EXCEEDED
        message = code.message(language, seconds=self.settings.request_deadline)
        body = {"data": None, "errors": [{"message": message, "extensions": {"code": code.name}}]}
        return Response(orjson.dumps(body), status_code=504, media_type="application/json")
