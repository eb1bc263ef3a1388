"""A lean HTTP/1.1 transport for httpx: keep-alive connections on asyncio, parsed by httptools.

The connectors send small JSON bodies and read small JSON answers, thousands of times a
second. httpx's own pool does not hold up under concurrency (encode/httpx#3215) and aiohttp,
under ``httpx-aiohttp``, spends most of an upstream call's CPU on machinery a connector never
uses (its own request and response objects, cookie jar, tracing, per-call timers, a stream
reader). This transport does only what a connector's call needs: one write of the request,
httptools (C, the parser uvicorn uses) reading the answer, the body collected whole, the
connection kept for the next call. The httpx API above it is unchanged (``BaseConnector``,
tests' transports, event hooks, auth).

What it does, and what it refuses:

* HTTP/1.1 over TCP, or TLS with the context given (certificate checked; SNI from the URL's
  host). No proxies (the clients are built with ``trust_env=False`` anyway), no HTTP/2.
* Request bodies of any kind httpx builds (read whole first). Responses by Content-Length,
  chunked or read to close, decoded as httpx decodes them (``Content-Encoding``).
* At most ``max_connections`` connections to each origin; a caller waits for a free one up to
  the request's ``pool`` timeout (``httpx.PoolTimeout``). Idle connections are dropped after
  ``keepalive_expiry`` seconds, or as soon as the peer closes them.
* Failures are httpx's own exceptions (``ConnectError``, ``ConnectTimeout``, ``ReadTimeout``,
  ``WriteError``, ``RemoteProtocolError``), so callers map them as for any transport. A call
  on a kept connection that the peer closed before answering a single byte is sent once more
  on a new connection when its method is idempotent (RFC 9110 §9.2.2), as browsers and urllib3
  do; any other call fails, and the connector's retry policy decides.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque

import httptools
import httpx

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
Origin = tuple[str, str, int]


class _TimedOut(Exception):
    """The read timeout passed (becomes ``httpx.ReadTimeout`` with the request)."""


class _Exchange(asyncio.Protocol):
    """One connection: writes a request, collects the answer into a future."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.answer: asyncio.Future[tuple[int, list[tuple[bytes, bytes]], bytes]] | None = None
        self.headers: list[tuple[bytes, bytes]] = []
        self.body: list[bytes] = []
        self.received = False  # a byte of the current answer arrived
        self.head_only = False
        self.delimited_by_close = False
        self.closed = False
        self.idle_since = 0.0

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.received = True
        answer = self.answer
        if answer is None:  # bytes nobody asked for: the connection cannot be trusted
            self.close()
            return
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(httpx.RemoteProtocolError("unexpected protocol upgrade"))
        except httptools.HttpParserError as exc:
            self._fail(httpx.RemoteProtocolError(f"malformed answer: {exc}"))

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        answer = self.answer
        if answer is not None and not answer.done():
            if self.delimited_by_close and exc is None:  # the body ends with the connection
                status = self.parser.get_status_code()
                answer.set_result((status, self.headers, b"".join(self.body)))
                return
            message = "the server closed the connection without a complete answer"
            answer.set_exception(httpx.RemoteProtocolError(message))

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        if self._interim():
            return
        names = {name.lower() for name, _ in self.headers}
        self.delimited_by_close = not names & {b"content-length", b"transfer-encoding"}
        if self.head_only:  # no body follows an answer to HEAD, whatever it announces
            self._complete(keep_alive=False)

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        if self._interim():  # 100 Continue, 103 Early Hints: the answer follows (RFC 9110 §15.2)
            self.headers = []
            return
        self._complete(keep_alive=self.parser.should_keep_alive())

    def _interim(self) -> bool:
        status = self.parser.get_status_code()
        return 100 <= status < 200 and status != 101  # 101 ends HTTP on the connection

    # the exchange
    def _complete(self, keep_alive: bool) -> None:
        answer = self.answer
        if answer is None or answer.done():
            return
        status = self.parser.get_status_code()
        answer.set_result((status, self.headers, b"".join(self.body)))
        if not keep_alive:
            self.close()

    def time_out(self) -> None:
        """No answer within the read timeout: fail it and drop the connection."""
        self._fail(_TimedOut())

    def _fail(self, error: Exception) -> None:
        if self.answer is not None and not self.answer.done():
            self.answer.set_exception(error)
        self.close()

    def send(
        self, head: bytes, body: bytes, head_only: bool
    ) -> asyncio.Future[tuple[int, list[tuple[bytes, bytes]], bytes]]:
        assert self.transport is not None
        self.parser = httptools.HttpResponseParser(self)
        self.headers = []
        self.body = []
        self.received = False
        self.delimited_by_close = False
        self.head_only = head_only
        self.answer = self.loop.create_future()
        self.transport.write(head + body if len(body) < 65536 else head)
        if len(body) >= 65536:
            self.transport.write(body)
        return self.answer

    def release(self) -> bool:
        """After an answer: True when the connection may carry another request."""
        reusable = (
            not self.closed
            and self.answer is not None
            and self.answer.done()
            and not self.answer.cancelled()
            and self.answer.exception() is None
            and self.transport is not None
            and not self.transport.is_closing()
        )
        self.answer = None
        self.idle_since = time.monotonic()
        return reusable

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class _Pool:
    """The connections to one origin: idle ones to reuse, and a cap on how many exist."""

    def __init__(self, limit: int) -> None:
        self.idle: deque[_Exchange] = deque()
        self.slots = asyncio.Semaphore(limit)


class Http1Transport(httpx.AsyncBaseTransport):
    """See the module's docstring. One instance per upstream client; close it with the client."""

    def __init__(
        self,
        *,
        max_connections: int = 200,
        keepalive_expiry: float = 4.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self.ssl_context = ssl_context
        self._pools: dict[Origin, _Pool] = {}
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        url = request.url
        https = url.scheme == "https"
        origin = (url.scheme, url.host, url.port or (443 if https else 80))
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._pools[origin] = _Pool(self.max_connections)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        body = await request.aread()  # at once when built from bytes, as connectors do
        head = _head(request, len(body))
        head_only = request.method == "HEAD"
        if pool.slots.locked():  # every connection busy: wait, up to the pool timeout
            try:
                async with asyncio.timeout(timeouts.get("pool")):
                    await pool.slots.acquire()
            except TimeoutError:
                raise httpx.PoolTimeout("no free connection in time", request=request) from None
        else:  # a free slot: taken at once, no timer to arm and cancel
            await pool.slots.acquire()
        try:
            for attempt in range(2):
                exchange, kept = await self._connection(
                    pool, origin, timeouts, request, may_reuse=attempt == 0
                )
                try:
                    status, headers, content = await self._exchange(
                        exchange, head, body, head_only, timeouts, request
                    )
                except httpx.RemoteProtocolError:
                    if kept and not exchange.received and request.method in IDEMPOTENT:
                        exchange.close()
                        continue  # the peer closed a kept connection: once more on a new one
                    raise
                finally:
                    if exchange.release() and not self._closed:
                        pool.idle.append(exchange)
                    else:
                        exchange.close()
                break
        finally:
            pool.slots.release()
        return httpx.Response(
            status,
            headers=headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def _connection(
        self,
        pool: _Pool,
        origin: Origin,
        timeouts: dict[str, float | None],
        request: httpx.Request,
        may_reuse: bool,
    ) -> tuple[_Exchange, bool]:
        """A connection to ``origin`` and whether it is a kept one (else new)."""
        now = time.monotonic()
        expiry = self.keepalive_expiry
        while pool.idle and now - pool.idle[0].idle_since > expiry:  # oldest first
            pool.idle.popleft().close()
        while pool.idle and may_reuse:
            exchange = pool.idle.pop()  # the most recently used is the likeliest alive
            if exchange.closed or exchange.transport is None or exchange.transport.is_closing():
                exchange.close()
                continue
            return exchange, True
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        context = None
        if scheme == "https":
            if self.ssl_context is None:  # the system's trusted CAs, hostname checked
                self.ssl_context = ssl.create_default_context()
            context = self.ssl_context
        try:
            async with asyncio.timeout(timeouts.get("connect")):
                _, protocol = await loop.create_connection(
                    lambda: _Exchange(loop),
                    host,
                    port,
                    ssl=context,
                    server_hostname=host if context else None,
                )
        except TimeoutError:
            message = f"no connection to {host}:{port} in time"
            raise httpx.ConnectTimeout(message, request=request) from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"{host}:{port}: {exc}", request=request) from exc
        return protocol, False

    async def _exchange(
        self,
        exchange: _Exchange,
        head: bytes,
        body: bytes,
        head_only: bool,
        timeouts: dict[str, float | None],
        request: httpx.Request,
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        try:
            answer = exchange.send(head, body, head_only)
        except (OSError, RuntimeError) as exc:
            raise httpx.WriteError(str(exc), request=request) from exc
        read = timeouts.get("read")
        # a timer on the loop, not asyncio.timeout: no task to cancel, half the cost
        timer = None if read is None else exchange.loop.call_later(read, exchange.time_out)
        try:
            return await answer
        except _TimedOut:
            raise httpx.ReadTimeout("no answer in time", request=request) from None
        except httpx.RemoteProtocolError as exc:
            exc.request = request
            raise
        except asyncio.CancelledError:
            exchange.close()  # a half-read answer must never reach the next caller
            raise
        finally:
            if timer is not None:
                timer.cancel()

    async def aclose(self) -> None:
        self._closed = True
        for pool in self._pools.values():
            while pool.idle:
                pool.idle.pop().close()
        self._pools.clear()


def _head(request: httpx.Request, length: int) -> bytes:
    """The request line and headers, as httpx built them (Host included)."""
    lines = [request.method.encode("ascii"), b" ", request.url.raw_path, b" HTTP/1.1\r\n"]
    has_length = False
    for name, value in request.headers.raw:
        lower = name.lower()
        if lower == b"transfer-encoding":
            continue  # the body is sent whole, with its length
        if lower == b"content-length":
            has_length = True
            value = str(length).encode("ascii")
        lines += (name, b": ", value, b"\r\n")
    if not has_length and (length or request.method in {"POST", "PUT", "PATCH"}):
        lines += (b"Content-Length: ", str(length).encode("ascii"), b"\r\n")
    lines.append(b"\r\n")
    return b"".join(lines)
