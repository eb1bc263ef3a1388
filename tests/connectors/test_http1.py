"""Http1Transport over real loopback sockets: keep-alive, limits, framing, errors, TLS, closing."""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from connectors.errors import UpstreamRejectedError
from connectors.http1 import Http1Transport
from connectors.nts import BusinessStatusCode, NtsConnector
from mocks.nts import seed
from mocks.nts.app import create_app as create_nts_app
from tests.connectors.http1_servers import (
    Handler,
    LocalCa,
    RawServer,
    Received,
    answer,
    make_local_ca,
    send,
    until,
)
from tests.support.serving import uvicorn_serving

GREETING = "안녕하세요, 국세청 사업자 상태조회입니다."


def client(
    url: str, transport: Http1Transport, timeout: httpx.Timeout | float = 2.0
) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=timeout)


# --- servers -------------------------------------------------------------------------------------


async def echo(request: Request) -> Response:
    """What the app received, after waiting ``delay`` seconds when asked to."""
    body = await request.body()
    await asyncio.sleep(float(request.query_params.get("delay", "0")))
    assert request.client is not None
    received = {
        "method": request.method,
        "query": dict(request.query_params),
        "headers": dict(request.headers),
        "body": body.decode("utf-8"),
        "client_port": request.client.port,
    }
    return JSONResponse(received, headers={"X-Served-By": "echo"})


async def greeting(request: Request) -> Response:
    return PlainTextResponse(GREETING)


def echo_app() -> Starlette:
    return Starlette(
        routes=[Route("/echo", echo, methods=["GET", "POST"]), Route("/greeting", greeting)]
    )


async def echo_target(request: Received, writer: asyncio.StreamWriter) -> bool:
    """Answers every request with its target, keeping the connection."""
    await send(writer, answer(200, request.target.encode()))
    return True


def holding(release: asyncio.Event) -> Handler:
    """Answers with the target once ``release`` is set."""

    async def handler(request: Received, writer: asyncio.StreamWriter) -> bool:
        await release.wait()
        return await echo_target(request, writer)

    return handler


# --- round trips ---------------------------------------------------------------------------------


async def test_json_post_and_get_round_trip_through_uvicorn() -> None:
    # given: a Starlette app on uvicorn that echoes what it received
    payload = {"name": "홍길동", "company": "소망문구", "id": 7}
    async with uvicorn_serving(echo_app()) as url, client(url, Http1Transport()) as http:
        # when: a JSON POST with a custom header, a GET with a Korean query, a Korean text
        posted = await http.post("/echo", json=payload, headers={"X-Request-Id": "req-1"})
        got = await http.get("/echo", params={"q": "상태"})
        text = await http.get("/greeting")

    # then: the answers arrive whole, as the app sent them
    assert posted.status_code == 200
    assert posted.http_version == "HTTP/1.1"
    assert posted.headers["content-type"] == "application/json"
    assert posted.headers["x-served-by"] == "echo"
    echoed = posted.json()
    assert echoed["method"] == "POST"
    assert json.loads(echoed["body"]) == payload
    # and: the request headers arrived as sent, the length counted in bytes (UTF-8 body)
    sent = posted.request.content
    assert len(sent) > len(sent.decode("utf-8"))
    assert echoed["headers"]["content-length"] == str(len(sent))
    assert echoed["headers"]["host"] == url.removeprefix("http://")
    assert echoed["headers"]["x-request-id"] == "req-1"
    assert echoed["headers"]["content-type"] == "application/json"
    # and: a GET carries its query and no body
    assert got.status_code == 200
    assert got.json()["method"] == "GET"
    assert got.json()["query"] == {"q": "상태"}
    assert got.json()["body"] == ""
    assert "content-length" not in got.json()["headers"]
    # and: a Korean text body is intact
    assert text.status_code == 200
    assert text.text == GREETING
    assert text.headers["content-length"] == str(len(GREETING.encode("utf-8")))
    assert text.headers["content-type"] == "text/plain; charset=utf-8"


async def test_request_head_and_body_go_out_as_httpx_built_them() -> None:
    # given: a raw server recording each request byte by byte
    async def parts() -> AsyncIterator[bytes]:
        yield b"first,"
        yield "둘째".encode()

    big = bytes(range(256)) * 800  # 204,800 bytes: written apart from the head

    async with RawServer(echo_target) as server, client(server.url, Http1Transport()) as http:
        # when: a streamed body (httpx announces it chunked) and a large one are sent
        streamed = await http.post("/stream", content=parts(), headers={"X-Request-Id": "abc-1"})
        large = await http.put("/large", content=big)

    # then: both go out whole, with their length and without Transfer-Encoding
    assert (streamed.status_code, large.status_code) == (200, 200)
    first, second = server.received
    assert first.method == "POST"
    assert first.headers[0] == ("Host", f"127.0.0.1:{server.port}")
    assert ("X-Request-Id", "abc-1") in first.headers  # name in its case, value as given
    assert first.header("transfer-encoding") is None
    assert first.body == "first,둘째".encode()
    assert first.header("content-length") == str(len(first.body))
    assert second.method == "PUT"
    assert second.body == big
    assert second.header("content-length") == str(len(big))
    # and: one connection carried both
    assert server.accepted == 1


# --- keep-alive and limits ------------------------------------------------------------------------


async def test_fifty_sequential_requests_use_one_connection() -> None:
    # given: a raw server counting its connections
    async with RawServer(echo_target) as server, client(server.url, Http1Transport()) as http:
        # when
        texts = [(await http.get(f"/{n}")).text for n in range(50)]

    # then: every answer is its own, all on the first connection
    assert texts == [f"/{n}" for n in range(50)]
    assert server.accepted == 1
    assert server.targets == [(0, f"/{n}") for n in range(50)]


async def test_concurrent_requests_each_get_their_own_answer() -> None:
    # given: an app answering later the earlier a request was sent (answers come back reversed)
    async with uvicorn_serving(echo_app()) as url, client(url, Http1Transport()) as http:

        async def call(n: int) -> tuple[int, int, int]:
            delay = (20 - n) * 0.002
            response = await http.post("/echo", params={"id": n, "delay": delay}, json={"id": n})
            echoed = response.json()
            return (
                int(echoed["query"]["id"]),
                json.loads(echoed["body"])["id"],
                echoed["client_port"],
            )

        # when: 20 requests at once, twice
        first = await asyncio.gather(*(call(n) for n in range(20)))
        second = await asyncio.gather(*(call(n) for n in range(20)))

    # then: each request got the answer to itself
    assert [(query, body) for query, body, _ in first] == [(n, n) for n in range(20)]
    assert [(query, body) for query, body, _ in second] == [(n, n) for n in range(20)]
    # and: the second round ran on the connections the first one left open
    assert {port for *_, port in second} <= {port for *_, port in first}


async def test_max_connections_caps_the_connections_and_a_third_caller_waits() -> None:
    # given: a server holding its answers, a transport allowed two connections
    release = asyncio.Event()
    transport = Http1Transport(max_connections=2)
    async with RawServer(holding(release)) as server, client(server.url, transport) as http:
        # when: three callers at once
        calls = [asyncio.create_task(http.get(f"/{n}")) for n in range(3)]
        await until(lambda: len(server.received) == 2)
        await asyncio.sleep(0.05)  # room for a third connection, were the cap not kept

        # then: two connections, two requests; the third caller waits
        assert server.accepted == 2
        assert len(server.received) == 2
        assert not any(call.done() for call in calls)

        # when: the answers are released
        release.set()
        responses = await asyncio.gather(*calls)

    # then: all three are answered, the third on a connection the first two freed
    assert [response.text for response in responses] == ["/0", "/1", "/2"]
    assert server.most_open == 2
    assert server.accepted == 2


async def test_a_caller_waiting_past_the_pool_timeout_gets_pool_timeout() -> None:
    # given: both connections busy with held answers
    release = asyncio.Event()
    transport = Http1Transport(max_connections=2)
    timeout = httpx.Timeout(5, pool=0.1)
    async with (
        RawServer(holding(release)) as server,
        client(server.url, transport, timeout) as http,
    ):
        held = [asyncio.create_task(http.get(f"/{n}")) for n in range(2)]
        await until(lambda: len(server.received) == 2)

        # when: a third caller asks
        with pytest.raises(httpx.PoolTimeout) as caught:
            await http.get("/third")

        # then: it gave up without sending anything
        assert caught.value.request.url.path == "/third"
        assert sorted(target for _, target in server.targets) == ["/0", "/1"]

        # when: the held answers come; two callers ask again at once
        release.set()
        assert [r.text for r in await asyncio.gather(*held)] == ["/0", "/1"]
        again = await asyncio.gather(http.get("/a"), http.get("/b"))

    # then: the timed-out waiter took no slot with it
    assert [r.text for r in again] == ["/a", "/b"]
    assert server.accepted == 2


async def test_an_idle_connection_past_keepalive_expiry_is_not_reused() -> None:
    # given: connections expire after 50 ms idle
    transport = Http1Transport(keepalive_expiry=0.05)
    async with RawServer(echo_target) as server, client(server.url, transport) as http:
        # when: two calls in a row, then one after a longer pause
        await http.get("/1")
        await http.get("/2")
        await asyncio.sleep(0.1)
        last = await http.get("/3")

        # then: the pause made a new connection, and the expired one was closed
        assert last.text == "/3"
        assert server.targets == [(0, "/1"), (0, "/2"), (1, "/3")]
        await until(lambda: server.client_closed == 1)


async def test_expired_connections_behind_a_live_one_are_closed_when_one_is_taken() -> None:
    # given: two kept connections; one used again later, so only the other expires
    transport = Http1Transport(keepalive_expiry=0.2)
    async with RawServer(echo_target) as server, client(server.url, transport) as http:
        await asyncio.gather(http.get("/a"), http.get("/b"))  # two connections
        await asyncio.sleep(0.12)
        await http.get("/c")  # on the connection freed last
        await asyncio.sleep(0.12)  # the other one has now been idle past its expiry

        # when: the next call takes the live connection
        await http.get("/d")

        # then: the expired one behind it was closed too, not left open
        await until(lambda: server.client_closed == 1)
        assert server.targets[-1][0] == server.targets[-2][0]
        assert [target for _, target in server.targets[-2:]] == ["/c", "/d"]


# --- framing of answers ---------------------------------------------------------------------------


async def test_a_chunked_answer_is_reassembled_and_the_connection_kept() -> None:
    # given: a chunked answer in 4-byte chunks (splitting UTF-8 characters), sent 7 bytes a write
    text = "안녕, chunked 세계!".encode()

    async def chunked(request: Received, writer: asyncio.StreamWriter) -> bool:
        stream = b"".join(
            f"{len(text[at : at + 4]):x}\r\n".encode() + text[at : at + 4] + b"\r\n"
            for at in range(0, len(text), 4)
        )
        data = answer(200, headers=[("Transfer-Encoding", "chunked")], length=False)
        data += stream + b"0\r\n\r\n"
        for at in range(0, len(data), 7):
            await send(writer, data[at : at + 7])
            await asyncio.sleep(0.001)
        return True

    async with RawServer(chunked) as server, client(server.url, Http1Transport()) as http:
        # when
        first = await http.get("/1")
        second = await http.get("/2")

    # then: the body is whole, its end was found, and the connection carried the next call
    assert first.content == text
    assert second.content == text
    assert server.accepted == 1


async def test_an_answer_without_length_is_read_until_the_server_closes() -> None:
    # given: answers with neither Content-Length nor chunked, ended by closing
    async def until_close(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, answer(200, headers=[("Content-Type", "text/plain")], length=False))
        await asyncio.sleep(0.005)
        await send(writer, "첫째 part, ".encode())
        await asyncio.sleep(0.005)
        await send(writer, b"second part")
        return False

    async with RawServer(until_close) as server, client(server.url, Http1Transport()) as http:
        # when
        first = await http.get("/1")
        second = await http.get("/2")

    # then: the whole body, and a new connection for the next call
    assert first.content == "첫째 part, second part".encode()
    assert second.content == first.content
    assert server.targets == [(0, "/1"), (1, "/2")]


async def test_a_reset_during_an_answer_read_until_close_is_an_error_not_a_short_body() -> None:
    # given: an answer with neither length nor chunks, its connection reset halfway
    async def resets(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, answer(200, headers=[("Content-Type", "text/plain")], length=False))
        await send(writer, b"half of the")
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        writer.transport.abort()  # RST, not FIN
        return False

    async with RawServer(resets) as server, client(server.url, Http1Transport()) as http:
        # when / then
        with pytest.raises(httpx.RemoteProtocolError):
            await http.get("/cut")
    assert server.targets == [(0, "/cut")]


async def test_connection_close_in_an_answer_makes_the_next_call_use_a_new_connection() -> None:
    # given: a server announcing Connection: close, yet leaving the socket open itself
    async def says_close(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, answer(200, request.target.encode(), [("Connection", "close")]))
        return True

    async with RawServer(says_close) as server, client(server.url, Http1Transport()) as http:
        # when
        texts = [(await http.get(f"/{n}")).text for n in range(2)]

        # then: the client closed the first connection and opened another
        assert texts == ["/0", "/1"]
        assert server.targets == [(0, "/0"), (1, "/1")]
        await until(lambda: server.client_closed >= 1)


async def test_no_content_without_length_is_complete_at_once() -> None:
    # given: 204 answers without Content-Length (no body can follow), connection kept
    async def no_content(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, answer(204, length=False))
        return True

    timeout = httpx.Timeout(2, read=1)
    async with (
        RawServer(no_content) as server,
        client(server.url, Http1Transport(), timeout) as http,
    ):
        # when
        statuses = [(await http.delete(f"/{n}")).status_code for n in range(3)]

    # then: each answer ends with its head, on one connection
    assert statuses == [204, 204, 204]
    assert server.accepted == 1


async def test_gzip_content_encoding_is_decoded() -> None:
    # given: a gzip-encoded answer
    plain = "압축된 본문입니다. ".encode() * 200

    async def gzipped(request: Received, writer: asyncio.StreamWriter) -> bool:
        compressed = gzip.compress(plain)
        await send(writer, answer(200, compressed, [("Content-Encoding", "gzip")]))
        return True

    async with RawServer(gzipped) as server, client(server.url, Http1Transport()) as http:
        # when
        response = await http.get("/")

    # then: the plain bytes, and the client said it accepts gzip
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(plain)
    assert response.content == plain
    assert "gzip" in (server.received[0].header("accept-encoding") or "")


async def test_head_completes_though_a_length_is_announced_and_no_body_follows() -> None:
    # given: a server answering HEAD with a Content-Length and no body, keeping the connection
    async def head_aware(request: Received, writer: asyncio.StreamWriter) -> bool:
        if request.method == "HEAD":
            await send(writer, b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
        else:
            await send(writer, answer(200, request.target.encode()))
        return True

    timeout = httpx.Timeout(2, read=1)
    async with (
        RawServer(head_aware) as server,
        client(server.url, Http1Transport(), timeout) as http,
    ):
        # when
        head = await http.head("/file")
        after = await http.get("/after")

    # then: the HEAD answer ends with its head; the next call gets its own answer
    assert head.status_code == 200
    assert head.headers["content-length"] == "1234"
    assert head.content == b""
    assert after.text == "/after"


async def test_interim_answers_are_skipped_and_the_final_answer_returned() -> None:
    # given: a server sending 100 Continue and 103 Early Hints before each answer
    async def interim_first(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, b"HTTP/1.1 100 Continue\r\n\r\n")
        await send(writer, b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n")
        await send(writer, answer(200, request.target.encode(), [("X-Final", "yes")]))
        return True

    async with RawServer(interim_first) as server, client(server.url, Http1Transport()) as http:
        # when
        posted = await http.post("/1", json={"n": 1})
        head = await http.head("/2")
        got = await http.get("/3")

    # then: each call has its final answer, with that answer's headers only
    assert (posted.status_code, posted.text) == (200, "/1")
    assert posted.headers.get("link") is None
    assert posted.headers["x-final"] == "yes"
    assert (head.status_code, head.headers["x-final"]) == (200, "yes")
    assert (got.status_code, got.text) == (200, "/3")


async def test_an_unsolicited_switch_of_protocol_is_returned_and_its_connection_dropped() -> None:
    # given: a server switching protocols though nobody asked
    async def switches(request: Received, writer: asyncio.StreamWriter) -> bool:
        if request.target == "/switch":
            data = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: spam\r\n\r\nSPAM"
            await send(writer, data)
            return True
        return await echo_target(request, writer)

    async with RawServer(switches) as server, client(server.url, Http1Transport()) as http:
        # when
        switched = await http.get("/switch")
        after = await http.get("/after")

    # then: the 101 is the caller's to judge (as with httpx's own transport); the connection,
    # now speaking another protocol, carries nothing more
    assert switched.status_code == 101
    assert after.text == "/after"
    assert server.targets == [(0, "/switch"), (1, "/after")]


# --- failures -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_a_refused_port_is_connect_error_and_the_transport_still_works() -> None:
    # given: one transport, a port nobody listens on and a good server
    transport = Http1Transport()
    async with RawServer(echo_target) as server, client(server.url, transport) as http:
        # when: a call to the closed port
        refused = f"http://127.0.0.1:{free_port()}/x"
        with pytest.raises(httpx.ConnectError) as caught:
            await http.get(refused)

        # then: httpx's error, and the next call elsewhere succeeds
        assert str(caught.value.request.url) == refused
        assert (await http.get("/ok")).text == "/ok"


async def misbehaving(request: Received, writer: asyncio.StreamWriter) -> bool:
    """Answers by path: never, garbage, a body cut short, a chunked body cut short, fine."""
    if request.target == "/silent":
        await asyncio.Event().wait()
    elif request.target == "/garbage":
        await send(writer, b"SPAM SPAM SPAM\r\n\r\n")
    elif request.target == "/cut":
        await send(writer, b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + b"x" * 10)
        return False
    elif request.target == "/cut-chunked":
        head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        await send(writer, head + b"a\r\n0123456789\r\n5\r\n01")
        return False
    else:
        await send(writer, answer(200, request.target.encode()))
    return True


@pytest.mark.parametrize("kept", [False, True], ids=["new-connection", "kept-connection"])
@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/silent", httpx.ReadTimeout),
        ("/garbage", httpx.RemoteProtocolError),
        ("/cut", httpx.RemoteProtocolError),
        ("/cut-chunked", httpx.RemoteProtocolError),
    ],
)
async def test_a_broken_answer_is_httpx_error_and_the_next_call_succeeds(
    path: str, error: type[httpx.TransportError], kept: bool
) -> None:
    # given: one connection at most, a read timeout of 100 ms; a kept connection, or none
    timeout = httpx.Timeout(2, read=0.1, pool=0.5)
    transport = Http1Transport(max_connections=1)
    async with RawServer(misbehaving) as server, client(server.url, transport, timeout) as http:
        before = [(0, "/warm")] if kept else []
        if kept:
            await http.get("/warm")

        # when: the server answers badly (or not at all)
        with pytest.raises(error) as caught:
            await http.get(path)

        # then: httpx's own error, carrying the request
        assert caught.value.request.url.path == path

        # when: the next call
        response = await http.get("/ok")

    # then: it succeeds on a new connection; the broken call was sent once only (a GET the
    # server began to answer is not sent again)
    assert response.text == "/ok"
    assert server.targets == [*before, (0, path), (1, "/ok")]


# --- a kept connection the server closed ----------------------------------------------------------


async def answers_once_per_connection(request: Received, writer: asyncio.StreamWriter) -> bool:
    """Answers the first request of each connection; reads the second and closes silently."""
    if request.number == 0:
        await send(writer, answer(200, request.target.encode()))
        return True
    return False


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "OPTIONS"])
async def test_an_idempotent_call_on_a_dead_kept_connection_is_sent_once_more(
    method: str,
) -> None:
    # given: a kept connection the server will close on reading the next request
    async with (
        RawServer(answers_once_per_connection) as server,
        client(server.url, Http1Transport()) as http,
    ):
        await http.request(method, "/first")

        # when
        response = await http.request(method, "/again", content=b"same")

    # then: sent again on a new connection, and answered
    assert response.status_code == 200
    assert response.text == "/again"
    assert server.targets == [(0, "/first"), (0, "/again"), (1, "/again")]
    assert server.received[2].body == b"same"


@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_a_non_idempotent_call_on_a_dead_kept_connection_is_never_sent_twice(
    method: str,
) -> None:
    # given: a kept connection the server will close on reading the next request
    async with (
        RawServer(answers_once_per_connection) as server,
        client(server.url, Http1Transport()) as http,
    ):
        await http.request(method, "/first", json={"n": 1})

        # when
        with pytest.raises(httpx.RemoteProtocolError) as caught:
            await http.request(method, "/again", json={"n": 2})
        after = await http.request(method, "/after", json={"n": 3})

    # then: the failure is the caller's; the server saw the call once; later calls still work
    assert caught.value.request.url.path == "/again"
    assert after.text == "/after"
    assert server.targets == [(0, "/first"), (0, "/again"), (1, "/after")]


async def test_the_second_try_goes_on_a_new_connection_not_another_kept_one() -> None:
    # given: two kept connections, both of which the server will close on the next request
    both = asyncio.Event()

    async def pair_then_close(request: Received, writer: asyncio.StreamWriter) -> bool:
        if request.number > 0:
            return False
        if len(server.received) == 2:
            both.set()
        await both.wait()  # the first two calls are in flight together: two connections
        await send(writer, answer(200, request.target.encode()))
        return True

    async with (
        RawServer(pair_then_close) as server,
        client(server.url, Http1Transport()) as http,
    ):
        await asyncio.gather(http.get("/a"), http.get("/b"))

        # when
        response = await http.get("/again")

    # then: one dead kept connection tried, then a new one
    assert response.text == "/again"
    assert server.accepted == 3
    assert [target for _, target in server.targets].count("/again") == 2
    assert server.targets[-1] == (2, "/again")


async def test_calls_after_the_server_closed_each_connection_succeed() -> None:
    # given: a server closing every connection right after its answer, without saying so
    async def closes(request: Received, writer: asyncio.StreamWriter) -> bool:
        await send(writer, answer(200, request.target.encode()))
        return False

    async with RawServer(closes) as server, client(server.url, Http1Transport()) as http:
        # when: GETs in a row, as fast as they come
        texts = [(await http.get(f"/{n}")).text for n in range(10)]

        # then: each answered, each on its own connection
        assert texts == [f"/{n}" for n in range(10)]
        assert server.targets == [(n, f"/{n}") for n in range(10)]

        # when: the close has reached the client, a POST
        await asyncio.sleep(0.02)
        posted = await http.post("/post", content=b"once")

    # then: it went on a new connection, not on the closed one
    assert posted.text == "/post"
    assert server.targets[-1] == (10, "/post")


# --- cancellation ---------------------------------------------------------------------------------


async def test_a_cancelled_call_never_hands_its_late_answer_to_the_next_call() -> None:
    # given: a server answering /slow only when told
    late = asyncio.Event()

    async def slow_then_fast(request: Received, writer: asyncio.StreamWriter) -> bool:
        if request.target == "/slow":
            await late.wait()
        await send(writer, answer(200, request.target.encode()))
        return True

    transport = Http1Transport(max_connections=1)
    timeout = httpx.Timeout(2, pool=0.5)
    async with (
        RawServer(slow_then_fast) as server,
        client(server.url, transport, timeout) as http,
    ):
        slow = asyncio.create_task(http.get("/slow"))
        await until(lambda: len(server.received) == 1)

        # when: the waiting call is cancelled, then the next call is made and /slow answered
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        fast = asyncio.create_task(http.get("/fast"))
        await asyncio.sleep(0.01)
        late.set()
        response = await fast

    # then: the next call got its own answer, on a connection of its own (slot given back)
    assert response.text == "/fast"
    assert server.targets == [(0, "/slow"), (1, "/fast")]


# --- TLS ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCa:
    directory: Path = tmp_path_factory.mktemp("http1-ca")
    return make_local_ca(directory)


async def test_tls_with_the_trusted_ca_succeeds_and_keeps_the_connection(
    local_ca: LocalCa,
) -> None:
    # given: a TLS server with a certificate from the local CA; a transport trusting that CA
    transport = Http1Transport(ssl_context=local_ca.client_context())
    async with RawServer(echo_target, ssl_context=local_ca.server_context()) as server:
        url = f"https://localhost:{server.port}"
        async with client(url, transport) as http:
            # when
            first = await http.get("/1")
            second = await http.post("/2", json={"이름": "홍길동"})

    # then: answered over one verified connection
    assert (first.text, second.text) == ("/1", "/2")
    assert server.accepted == 1
    assert server.received[0].header("host") == f"localhost:{server.port}"
    assert json.loads(server.received[1].body) == {"이름": "홍길동"}


async def test_tls_without_the_ca_is_connect_error(local_ca: LocalCa) -> None:
    # given: the same server; a transport with the system's trusted CAs only
    async with RawServer(echo_target, ssl_context=local_ca.server_context()) as server:
        url = f"https://localhost:{server.port}"
        async with client(url, Http1Transport()) as http:
            # when / then: the certificate is refused
            with pytest.raises(httpx.ConnectError, match="certificate verify failed"):
                await http.get("/1")

    # and: nothing was sent
    assert server.received == []


# --- closing --------------------------------------------------------------------------------------


async def test_aclose_closes_idle_connections_and_refuses_later_calls() -> None:
    # given: a transport holding an idle connection
    transport = Http1Transport()
    async with RawServer(echo_target) as server:
        async with client(server.url, transport) as http:
            await http.get("/1")
            assert server.client_closed == 0

            # when
            await transport.aclose()

            # then: the server sees the connection closed
            await until(lambda: server.client_closed == 1)

        # and: the transport refuses to be used again
        async with client(server.url, transport) as again:
            with pytest.raises(RuntimeError, match="transport is closed"):
                await again.get("/2")
    assert server.targets == [(0, "/1")]


async def test_a_call_in_flight_at_aclose_is_answered_and_its_connection_closed() -> None:
    # given: a call waiting for its answer
    release = asyncio.Event()
    transport = Http1Transport()
    async with RawServer(holding(release)) as server, client(server.url, transport) as http:
        call = asyncio.create_task(http.get("/1"))
        await until(lambda: len(server.received) == 1)

        # when: the transport closes, then the answer comes
        await transport.aclose()
        release.set()
        response = await call

        # then: the call has its answer, and its connection is not kept open
        assert response.text == "/1"
        await until(lambda: server.client_closed == 1)


# --- through the gateway's connector --------------------------------------------------------------


async def test_nts_connector_over_http1_against_the_mock_on_uvicorn() -> None:
    # given: the NTS mock on uvicorn, the connector's client on Http1Transport
    async with (
        uvicorn_serving(create_nts_app()) as url,
        client(url, Http1Transport(), timeout=5) as http,
    ):
        nts = NtsConnector(http, service_key="test-service-key")

        # when: statuses of two known numbers, then of 250 (three calls at once)
        found = await nts.status([seed.CLOSED_EXAMPLE, seed.SUSPENDED_EXAMPLE])
        many = await nts.status(seed.GENERATED_NUMBERS[:250])
        calls = (await http.get("/__admin/calls")).json()["calls"]
        with pytest.raises(UpstreamRejectedError) as rejected:
            await NtsConnector(http, service_key="wrong").status([seed.CLOSED_EXAMPLE])

    # then: the statuses as the mock has them
    closed = found[seed.CLOSED_EXAMPLE]
    assert closed.status is BusinessStatusCode.CLOSED
    assert closed.closed_on == date(2023, 12, 31)
    assert found[seed.SUSPENDED_EXAMPLE].status is BusinessStatusCode.SUSPENDED
    assert set(many) == set(seed.GENERATED_NUMBERS[:250])
    assert all(status.registered for status in many.values())
    assert calls["POST /api/nts-businessman/v1/status"] == 4
    # and: the agency's Korean error body came through
    assert rejected.value.code == "-4"
    assert rejected.value.message == "등록되지 않은 인증키 입니다."
