"""`Work24Connector.me`: the login token goes in the Authorization header through
`BaseConnector.request` (never the URL), and the read is retried like every GET."""

from __future__ import annotations

import httpx
import pytest

from connectors.retry import RetryPolicy
from connectors.work24 import Work24Connector, Work24RejectedError

TOKEN = "w24t_secret-token"


async def test_me_sends_the_token_in_the_header_and_retries_a_failed_read() -> None:
    # given Work24 failing once, then answering that the login has ended
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(503, text="busy")
        body = {"code": "LOGIN_REQUIRED", "message": "로그인이 필요합니다.", "message_en": ""}
        return httpx.Response(401, json=body)

    transport = httpx.MockTransport(answer)
    async with httpx.AsyncClient(transport=transport, base_url="http://work24") as client:
        connector = Work24Connector(client, retry=RetryPolicy(attempts=2, base_backoff=0))
        # when the gateway asks who is logged in
        with pytest.raises(Work24RejectedError) as raised:
            await connector.me(TOKEN)
    # then the read was sent twice, each time with the bearer token in the header only
    assert raised.value.code == "LOGIN_REQUIRED"
    assert [r.url.path for r in seen] == ["/me", "/me"]
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in seen)
    assert all(TOKEN not in str(r.url) for r in seen)
