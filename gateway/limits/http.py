"""HTTP-level protection: refusals, request body size, CSRF prevention, CORS and batching.

The middleware here is pure ASGI: it reads headers only and refuses before the GraphQL view
parses anything. Refusals are GraphQL-shaped JSON in the client's language::

    {"errors": [{"message": "…", "extensions": {"code": "BODY_TOO_LARGE", "requestId": "…"}}]}
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qs

import orjson
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.errors import ErrorCode
from gateway.i18n import negotiate
from gateway.settings import Settings


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestRefusedError(Exception):
    """A request the gateway will not serve; rendered as :func:`refusal` wherever it is caught
    (the GraphQL view, or :class:`BodySizeLimitMiddleware` for any route)."""

    def __init__(
        self,
        status: int,
        code: ErrorCode,
        headers: Mapping[str, str] | None = None,
        **fields: int,
    ) -> None:
        super().__init__(code.name)
        self.status = status
        self.code = code
        self.headers = headers
        self.fields = fields

    def response(self, scope: Scope) -> Response:
        return refusal(scope, self.status, self.code, self.headers, **self.fields)


def refusal(
    scope: Scope,
    status: int,
    code: ErrorCode,
    headers: Mapping[str, str] | None = None,
    **fields: int,
) -> Response:
    """A GraphQL-shaped error response (no ``data``: the request was not executed)."""
    language = negotiate(_header(scope, b"accept-language"))
    request_id = scope.get("state", {}).get("request_id", "-")
    extensions = {"code": code.name, **fields, "requestId": request_id}
    error = {"message": code.message(language, **fields), "extensions": extensions}
    body = orjson.dumps({"errors": [error]})
    return Response(body, status_code=status, headers=headers, media_type="application/json")


def check_batch(settings: Settings, size: int, protocol: str = "http") -> None:
    """A batch (a JSON array of operations) is refused unless ``allow_batching`` is on, and
    then holds at most ``max_batch_size`` operations, over plain HTTP (a streamed response,
    SSE or multipart, carries one operation)."""
    if not settings.allow_batching or protocol != "http":
        raise RequestRefusedError(400, ErrorCode.BATCHING_DISABLED)
    if size > settings.max_batch_size:
        limit = settings.max_batch_size
        raise RequestRefusedError(400, ErrorCode.BATCH_TOO_LARGE, limit=limit, count=size)


class BodySizeLimitMiddleware:
    """413 for a body over its limit: at once when ``Content-Length`` says so, otherwise as soon
    as the bytes received pass the limit, never after reading the body whole. The limit is
    ``max_bytes``, or ``upload_max_bytes`` (if larger) for ``multipart/form-data`` requests:
    file uploads (:mod:`gateway.uploads`) may be larger than JSON, so that an oversized file
    reaches the agency flow and gets its typed error rather than a bare 413."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int = 0) -> None:
        self.app = app
        self.plain_max_bytes = max_bytes
        self.upload_max_bytes = max(max_bytes, upload_max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        content_type = _header(scope, b"content-type") or ""
        multipart = content_type.lower().startswith("multipart/form-data")
        max_bytes = self.upload_max_bytes if multipart else self.plain_max_bytes
        declared = _header(scope, b"content-length")
        if declared is not None and declared.isdigit():
            if int(declared) > max_bytes:
                await self._too_large(max_bytes).response(scope)(scope, receive, send)
                return
            if _header(scope, b"transfer-encoding") is None:
                # the server frames the body by Content-Length: no more can arrive
                await self.app(scope, receive, send)
                return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise self._too_large(max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except RequestRefusedError as refused:
            if started:
                raise
            await refused.response(scope)(scope, receive, send)

    @staticmethod
    def _too_large(max_bytes: int) -> RequestRefusedError:
        return RequestRefusedError(413, ErrorCode.BODY_TOO_LARGE, limit=max_bytes)


SIMPLE_CONTENT_TYPES = frozenset(
    {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}
)
"""Content types a browser sends cross-site without a CORS preflight."""

PREFLIGHT_HEADERS = (b"x-apollo-operation-name", b"apollo-require-preflight", b"x-csrf-prevention")
"""Any of these (non-empty) makes a browser preflight the request, which CORS then governs."""


class CsrfPreventionMiddleware:
    """Apollo Router's and GraphQL Yoga's CSRF rule for ``paths``.

    A browser sends a GET, or a POST with no or a "simple" content type, to any site without
    asking first, with the user's cookies and network position. Such a request must carry a
    header that no cross-site page can set without a CORS preflight, or it is refused with 400.
    ``POST`` with ``application/json`` needs nothing (it is always preflighted); nor does a
    browser loading the GraphiQL page (``GET`` accepting ``text/html``, no ``query``).
    Multipart uploads (the GraphQL multipart request spec) must therefore send such a header.
    """

    def __init__(self, app: ASGIApp, paths: frozenset[str] = frozenset({"/graphql"})) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in self.paths and _refused(scope):
            await refusal(scope, 400, ErrorCode.CSRF_BLOCKED)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _refused(scope: Scope) -> bool:
    method = scope["method"]
    if method == "GET":
        if _is_ide_page_load(scope):
            return False
    elif method == "POST":
        content_type = _header(scope, b"content-type")
        essence = (content_type or "").split(";")[0].strip().lower()
        if content_type is not None and essence not in SIMPLE_CONTENT_TYPES:
            return False
    else:
        return False
    return not any(key in PREFLIGHT_HEADERS and value.strip() for key, value in scope["headers"])


def _is_ide_page_load(scope: Scope) -> bool:
    """Nothing to execute: neither a ``query`` nor a persisted query's ``extensions``."""
    if "text/html" not in (_header(scope, b"accept") or ""):
        return False
    params = parse_qs(scope["query_string"].decode("latin-1"))
    return "query" not in params and "extensions" not in params


CORS_ALLOWED_HEADERS = (
    "Content-Type",
    "Authorization",
    "X-Api-Key",
    "Idempotency-Key",
    "X-Request-ID",
    "Accept-Language",
    "X-Apollo-Operation-Name",
    "Apollo-Require-Preflight",
    "X-CSRF-Prevention",
)
CORS_EXPOSED_HEADERS = ("X-Request-ID", "Retry-After")


def cors_middleware(settings: Settings) -> list[Middleware]:
    """Starlette's CORS for ``cors_origins``; none (and no cost) when no origin is configured.

    No credentials: clients authenticate with ``Authorization`` and ``X-Api-Key``, not cookies.
    """
    if not settings.cors_origins:
        return []
    return [
        Middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=CORS_ALLOWED_HEADERS,
            expose_headers=CORS_EXPOSED_HEADERS,
            max_age=600,
        )
    ]
