"""The Gov24 connector sends the agency login as an explicit ``Authorization`` header: on every
attempt of a retried read, and never on the calls made without a login."""

from __future__ import annotations

import httpx

from connectors.gov24 import Gov24Connector
from connectors.retry import RetryPolicy

APPROVAL = {
    "id": "apr_1",
    "name": "홍길동",
    "number_masked": "801210-1******",
    "id_document": "resident_card",
    "office": "서울특별시 종로구 청운효자동 주민센터",
    "method": "mobile",
    "phone_masked": "010-1234-****",
    "capacity": "adult",
    "approved_at": "2026-01-01T09:00:00+09:00",
    "expires_at": "2028-01-01T09:00:00+09:00",
    "status": "valid",
    "renewable_from": "2027-12-02T09:00:00+09:00",
    "renewable": False,
}


def connector(seen: list[httpx.Request], answers: list[int]) -> Gov24Connector:
    """A connector over a transport that records each request and answers ``answers`` in turn
    (the last one repeated)."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = answers[min(len(seen), len(answers)) - 1]
        if status == 200 and request.url.path == "/agencies":
            return httpx.Response(200, json={"total": 0, "agencies": []})
        if status == 200:
            return httpx.Response(200, json=APPROVAL)
        return httpx.Response(status, text="busy")

    client = httpx.AsyncClient(base_url="http://gov24.test", transport=httpx.MockTransport(handle))
    return Gov24Connector(client, retry=RetryPolicy(attempts=3, base_backoff=0.0))


async def test_a_retried_read_carries_the_login_on_every_attempt() -> None:
    # given an agency that is briefly unavailable
    seen: list[httpx.Request] = []
    gov24 = connector(seen, [503, 200])
    # when the citizen's approval is read with their login token
    approval = await gov24.approval("g24_token")
    # then the read was retried and both attempts carried the token
    assert approval.id == "apr_1"
    assert [r.headers.get("authorization") for r in seen] == ["Bearer g24_token"] * 2


async def test_calls_without_a_login_send_no_authorization() -> None:
    seen: list[httpx.Request] = []
    gov24 = connector(seen, [200])
    # when a call with the login is followed by the (public) agency search
    await gov24.approval("g24_token")
    page = await gov24.agencies("연금", None, 0, 20)
    # then the token went only with the call that named it: nothing lingers on the client
    assert page.total == 0
    assert seen[0].headers["authorization"] == "Bearer g24_token"
    assert "authorization" not in seen[1].headers
