"""The ``/graphql`` endpoint: strawberry's ASGI view with our context, JSON and GraphiQL."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.types import Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, GraphQLRequestProtocol
from strawberry.http.base import BaseRequestProtocol
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.http.ides import get_graphql_ide_html
from strawberry.types import ExecutionResult, SubscriptionExecutionResult
from strawberry.types.unset import UNSET, UnsetType

from gateway.clients import ApiKeyRequiredError, UnknownApiKeyError
from gateway.context import Context
from gateway.errors import ErrorCode
from gateway.graphql_body import is_json, request_data
from gateway.i18n import negotiate
from gateway.idempotency import is_mutation
from gateway.idempotent_view import execute_idempotently
from gateway.limits.http import RequestRefusedError, check_batch
from gateway.loaders import create_loaders
from gateway.persisted.http import PersistedQueryRefusal, execute_persisted
from gateway.persisted.websocket import PersistedTransportWSHandler, PersistedWSHandler
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


class TextFrameWebSocketAdapter(ASGIWebSocketAdapter):
    """Sends graphql-transport-ws messages as text frames, as the protocol says: strawberry sends
    binary ones when ``encode_json`` returns bytes, which browser clients cannot parse."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        try:
            await self.ws.send_text(self.view.encode_json_string(message))
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


class GatewayGraphQL(GraphQL[Context, None]):
    """Adds: a typed per-request context, orjson (Hangul stays UTF-8, not ``\\uXXXX``), a
    GraphiQL page with our example, and a deadline for the whole request."""

    websocket_adapter_class = TextFrameWebSocketAdapter
    # operations started over WebSocket follow the persisted-query rules too (allow-list mode)
    graphql_transport_ws_handler_class = PersistedTransportWSHandler
    graphql_ws_handler_class = PersistedWSHandler

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.graphiql_enabled else None,
            # file uploads (GraphQL multipart request spec; see gateway.uploads): the CSRF
            # middleware requires a preflight header on these non-JSON POSTs
            multipart_uploads_enabled=True,
            **options,
        )
        self.settings = settings

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        state = request.app.state.gateway
        upstreams: Upstreams = state.upstreams
        store: Store = state.store
        # Browsers cannot set headers on a WebSocket: there the key may come in connection_init
        # instead, so a missing one is only refused in on_ws_connect.
        websocket = request.scope["type"] == "websocket"
        try:
            client = await store.clients.identify(
                request.headers.get("x-api-key"), self.settings.allow_anonymous or websocket
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
            loaders=create_loaders(upstreams, state.observability),
            language=negotiate(request.headers.get("accept-language")),
            request_id=request.scope.get("state", {}).get("request_id", "-"),
            client=client,
            store=store,
            session=CurrentSession(bearer_token(request.headers.get("authorization")), store),
            events=state.events,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Read ``{"apiKey": …, "authorization": "Bearer …"}`` from ``connection_init``, the
        usual place for credentials of a WebSocket opened by a browser."""
        params = {str(k).lower(): v for k, v in (context.connection_params or {}).items()}
        store, _ = context.require_store()
        api_key = params.get("apikey") or params.get("x-api-key")
        if isinstance(api_key, str):
            try:
                context.client = await store.clients.identify(api_key, allow_anonymous=False)
            except UnknownApiKeyError as exc:
                raise ConnectionRejectionError({"reason": "Unknown or revoked API key"}) from exc
        if context.client is None and not self.settings.allow_anonymous:
            raise ConnectionRejectionError({"reason": "An API key is required"})
        authorization = params.get("authorization")
        if isinstance(authorization, str):
            context.session = CurrentSession(bearer_token(authorization), store)
        unset: UnsetType = UNSET
        return unset

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

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        """As strawberry runs it, a plain JSON POST by a shorter road (:meth:`_run_json_post`);
        then the request's multipart files (uploads, spooled by python-multipart) are closed,
        whatever became of the operation."""
        try:
            if (
                isinstance(request, Request)
                and context is UNSET
                and root_value is UNSET
                and self._is_plain_json_post(request)
            ):
                return await self._run_json_post(request)
            return await super().run(request, context, root_value)
        finally:
            if isinstance(request, Request):
                await request.close()

    def _is_plain_json_post(self, request: Request) -> bool:
        """A POST of JSON to be answered with one JSON document (no SSE or multipart stream:
        the gateway offers none over HTTP today, subscriptions go over WebSocket)."""
        return (
            request.method == "POST"
            and is_json(request.headers.get("content-type", ""))
            and self._get_stream_transport_from_headers(request.headers) is None
        )

    async def _run_json_post(self, request: Request) -> Response:
        """Strawberry's ``run`` for a plain JSON POST, the same hooks in the same order, without
        the branches such a request cannot take (WebSocket, GraphiQL, multipart, a streamed
        result) and their checks: about 25 µs a request (bench/README.md, 2026-11-30)."""
        root_value: None = await self.get_root_value(request)  # type: ignore[func-returns-value]
        adapter = self.request_adapter_class(request)
        sub_response = await self.get_sub_response(request)
        context = await self.get_context(request, response=sub_response)
        body = self.parse_json(await request.body())
        data = request_data(body, self._validate_batch_request)
        result = await self.execute_operation(
            request, adapter, data, context, root_value, sub_response
        )
        response_data: GraphQLHTTPResponse | list[GraphQLHTTPResponse]
        if isinstance(result, list):
            response_data = [await self._processed(request, item) for item in result]
        elif isinstance(result, ExecutionResult):
            response_data = await self._processed(request, result)
        else:  # pragma: no cover - only a streaming transport or @defer returns anything else
            raise TypeError(f"a plain JSON POST cannot stream ({type(result).__name__})")
        return self.create_response(response_data=response_data, sub_response=sub_response)

    async def _processed(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        processed = await self.process_result(request=request, result=result)
        if result.errors:
            self._handle_errors(result.errors, processed)
        return processed

    async def execute_operation(
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        request_data: GraphQLRequestData | list[GraphQLRequestData],
        context: Context,
        root_value: None,
        sub_response: Response,
    ) -> ExecutionResult | list[ExecutionResult] | SubscriptionExecutionResult:
        """Persisted queries first (:mod:`gateway.persisted`): a hash becomes its document."""

        async def execute(
            data: GraphQLRequestData | list[GraphQLRequestData],
        ) -> ExecutionResult | list[ExecutionResult] | SubscriptionExecutionResult:
            return await super(GatewayGraphQL, self).execute_operation(
                request, request_adapter, data, context, root_value, sub_response
            )

        result: ExecutionResult | list[ExecutionResult] | SubscriptionExecutionResult
        result = await execute_persisted(request, context, sub_response, request_data, execute)
        return result

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        if isinstance(result, PersistedQueryRefusal):
            return result.response()
        return await super().process_result(request, result)

    def should_render_graphql_ide(self, request: BaseRequestProtocol) -> bool:
        """Not for an APQ GET (``extensions`` but no ``query``), whatever it accepts; never for
        a POST (answered without parsing the query string)."""
        if request.method != "GET" or "extensions" in request.query_params:
            return False
        return super().should_render_graphql_ide(request)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        return orjson.loads(data)

    async def render_graphql_ide(self, request: Request) -> Response:
        return HTMLResponse(graphiql_html())

    def _validate_batch_request(
        self, request_data: list[GraphQLRequestData], protocol: GraphQLRequestProtocol
    ) -> None:
        """A JSON array body: refused unless batching is on, then at most max_batch_size
        operations, over plain HTTP (not SSE or multipart subscriptions)."""
        check_batch(self.settings, len(request_data), protocol)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            try:
                await super().__call__(scope, receive, send)
            except HTTPException as exc:  # get_context refused the client (X-Api-Key)
                await send({"type": "websocket.close", "code": 4403, "reason": exc.reason})
            return
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
        except RequestRefusedError as refused:  # a batch or body over its limit
            if started:
                raise
            await refused.response(scope)(scope, receive, send)

    def _deadline_response(self, scope: Scope) -> Response:
        request = Request(scope)
        language = negotiate(request.headers.get("accept-language"))
        code = ErrorCode.DEADLINE_EXCEEDED
        message = code.message(language, seconds=self.settings.request_deadline)
        body = {"data": None, "errors": [{"message": message, "extensions": {"code": code.name}}]}
        return Response(orjson.dumps(body), status_code=504, media_type="application/json")
