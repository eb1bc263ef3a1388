"""Identity mock, 휴대폰 본인확인 (PASS / SMS): consents, codes, expiry, resend, tries, mismatch."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from mocks.identity import messages, people
from mocks.identity.app import create_app

NOW = "2025-06-02T10:00:00+09:00"
HONG = people.HONG_GILDONG
CONSENTS = {"personal_info": True, "unique_id": True, "service_terms": True, "carrier_terms": True}
HONG_BY_SMS = {
    "site_code": "kosme",
    "carrier": "SKT",
    "method": "sms",
    "name": "홍길동",
    "birth_date": "801210",
    "sex_digit": "1",
    "phone": "010-1234-5678",
    "consents": CONSENTS,
}


@pytest.fixture
async def identity() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://identity.mock"
        ) as client:
            await client.post("/__admin/clock", json={"now": NOW})
            yield client


async def start(identity: httpx.AsyncClient, **changes: Any) -> dict[str, Any]:
    response = await identity.post("/phone/verifications", json={**HONG_BY_SMS, **changes})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def sent_codes(identity: httpx.AsyncClient) -> list[str]:
    messages_ = (await identity.get("/__admin/outbox")).json()["messages"]
    return [message["code"] for message in messages_]


async def confirm(identity: httpx.AsyncClient, verification_id: str, code: str) -> httpx.Response:
    return await identity.post(
        f"/phone/verifications/{verification_id}/confirm", json={"code": code}
    )


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def advance(identity: httpx.AsyncClient, seconds: float) -> None:
    await identity.post("/__admin/clock", json={"advance_seconds": seconds})


async def test_matching_subscriber_gets_a_code_that_verifies_them(
    identity: httpx.AsyncClient,
) -> None:
    # given
    started = await start(identity)
    [code] = await sent_codes(identity)
    # when
    response = await confirm(identity, started["id"], code)
    # then
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "본인인증 성공"
    result = body["result"]
    assert (result["name"], result["birth_date"], result["sex"]) == ("홍길동", "1980-12-10", "male")
    assert (result["nationality"], result["phone"]) == ("내국인", "010-1234-5678")
    assert result["resident_number_masked"] == "801210-1******"
    assert (len(result["ci"]), len(result["di"])) == (88, 64)
    assert HONG.resident_number not in response.text
    assert started["phone_masked"] == "010-1234-****"


async def test_code_goes_to_the_phone_by_sms(identity: httpx.AsyncClient) -> None:
    await start(identity)
    [message] = (await identity.get("/__admin/outbox")).json()["messages"]
    assert (message["channel"], message["to"]) == ("sms", "01012345678")
    assert message["code"] in message["body"]
    assert len(message["code"]) == 6


async def test_wrong_code_is_refused_with_the_tries_left(identity: httpx.AsyncClient) -> None:
    started = await start(identity)
    [code] = await sent_codes(identity)
    response = await confirm(identity, started["id"], wrong(code))
    assert response.status_code == 422
    assert response.json()["code"] == "WRONG_CODE"
    assert response.json()["tries_left"] == messages.MAX_WRONG_TRIES - 1
    assert (await confirm(identity, started["id"], code)).status_code == 200


async def test_expired_code_is_refused(identity: httpx.AsyncClient) -> None:
    # given a code, and its time passed
    started = await start(identity)
    [code] = await sent_codes(identity)
    await advance(identity, messages.CODE_TTL.total_seconds() + 1)
    # when
    response = await confirm(identity, started["id"], code)
    # then
    assert (response.status_code, response.json()["code"]) == (410, "CODE_EXPIRED")


async def test_resend_sends_a_new_code_and_the_old_one_stops_working(
    identity: httpx.AsyncClient,
) -> None:
    # given
    started = await start(identity)
    # when
    resent = await identity.post(f"/phone/verifications/{started['id']}/resend")
    # then
    assert resent.status_code == 200
    assert resent.json()["resends_left"] == messages.MAX_RESENDS - 1
    old, new = await sent_codes(identity)
    if old != new:  # one chance in a million that both are the same code
        assert (await confirm(identity, started["id"], old)).json()["code"] == "WRONG_CODE"
    assert (await confirm(identity, started["id"], new)).status_code == 200


async def test_resend_gives_the_code_a_new_lifetime(identity: httpx.AsyncClient) -> None:
    started = await start(identity)
    await advance(identity, messages.CODE_TTL.total_seconds() + 1)
    await identity.post(f"/phone/verifications/{started['id']}/resend")
    [_, code] = await sent_codes(identity)
    assert (await confirm(identity, started["id"], code)).status_code == 200


async def test_too_many_wrong_codes_lock_the_verification(identity: httpx.AsyncClient) -> None:
    # given four wrong codes
    started = await start(identity)
    [code] = await sent_codes(identity)
    for _ in range(messages.MAX_WRONG_TRIES - 1):
        await confirm(identity, started["id"], wrong(code))
    # when the fifth is wrong too
    fifth = await confirm(identity, started["id"], wrong(code))
    # then it is locked, even for the right code
    assert (fifth.status_code, fifth.json()["code"], fifth.json()["tries_left"]) == (
        423,
        "TOO_MANY_TRIES",
        0,
    )
    assert (await confirm(identity, started["id"], code)).json()["code"] == "TOO_MANY_TRIES"
    state = (await identity.get(f"/verifications/{started['id']}")).json()
    assert (state["status"], state["result"]) == ("locked", None)


async def test_carrier_mismatch_sends_no_code(identity: httpx.AsyncClient) -> None:
    # when 홍길동's details are sent with the wrong carrier
    started = await start(identity, carrier="KT")
    # then the answer looks the same, but nothing was sent and no code can work
    assert (started["status"], started["notice"]) == (
        "code_sent",
        list(messages.CODE_NOT_RECEIVED_NOTICE),
    )
    assert "인증번호 문자는 발송되지 않습니다" in started["notice"][0]
    assert await sent_codes(identity) == []
    assert (await confirm(identity, started["id"], "000000")).json()["code"] == "WRONG_CODE"


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "홍길순"},
        {"birth_date": "801211"},
        {"sex_digit": "2"},
        {"phone": people.UNKNOWN_PHONE},
    ],
)
async def test_data_not_matching_the_subscriber_sends_no_code(
    identity: httpx.AsyncClient, changes: dict[str, str]
) -> None:
    await start(identity, **changes)
    assert await sent_codes(identity) == []


async def test_resend_after_a_mismatch_sends_nothing_either(identity: httpx.AsyncClient) -> None:
    started = await start(identity, carrier="LGU+")
    await identity.post(f"/phone/verifications/{started['id']}/resend")
    assert await sent_codes(identity) == []


@pytest.mark.parametrize("consent", sorted(CONSENTS))
async def test_every_consent_is_required(identity: httpx.AsyncClient, consent: str) -> None:
    body = {**HONG_BY_SMS, "consents": {**CONSENTS, consent: False}}
    response = await identity.post("/phone/verifications", json=body)
    assert response.status_code == 400
    assert (response.json()["code"], response.json()["field"]) == (
        "CONSENT_REQUIRED",
        f"consents.{consent}",
    )
    assert await sent_codes(identity) == []


async def test_pass_needs_the_pass_app_on_the_phone(identity: httpx.AsyncClient) -> None:
    # given 김영희, whose phone has no PASS app
    body = {
        **HONG_BY_SMS,
        "method": "pass",
        "name": "김영희",
        "birth_date": "780905",
        "sex_digit": "2",
        "phone": "010-2222-3333",
    }
    # when / then
    response = await identity.post("/phone/verifications", json=body)
    assert response.status_code == 422
    assert response.json()["message"] == "PASS앱 설치 및 가입 후 이용이 가능합니다."
    sms = await identity.post("/phone/verifications", json={**body, "method": "sms"})
    assert sms.status_code == 201


async def test_pass_code_is_pushed_to_the_pass_app(identity: httpx.AsyncClient) -> None:
    started = await start(identity, method="pass")
    [message] = (await identity.get("/__admin/outbox")).json()["messages"]
    assert message["subject"].startswith("[PASS]")
    assert (await confirm(identity, started["id"], message["code"])).json()["result"][
        "method"
    ] == "pass"


async def test_unknown_site_code_is_refused(identity: httpx.AsyncClient) -> None:
    response = await identity.post("/phone/verifications", json={**HONG_BY_SMS, "site_code": "x"})
    assert (response.status_code, response.json()["code"]) == (403, "UNKNOWN_SITE")


async def test_impossible_birth_date_is_refused(identity: httpx.AsyncClient) -> None:
    response = await identity.post(
        "/phone/verifications", json={**HONG_BY_SMS, "birth_date": "801310"}
    )
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_BIRTH_DATE")


async def test_verification_expires_after_its_session_time(identity: httpx.AsyncClient) -> None:
    started = await start(identity)
    await advance(identity, messages.SESSION_TTL.total_seconds() + 1)
    response = await identity.post(f"/phone/verifications/{started['id']}/resend")
    assert (response.status_code, response.json()["code"]) == (410, "SESSION_EXPIRED")
    assert (await identity.get(f"/verifications/{started['id']}")).json()["status"] == "expired"


async def test_verified_code_cannot_be_used_twice(identity: httpx.AsyncClient) -> None:
    started = await start(identity)
    [code] = await sent_codes(identity)
    await confirm(identity, started["id"], code)
    again = await confirm(identity, started["id"], code)
    assert (again.status_code, again.json()["code"]) == (409, "ALREADY_COMPLETED")


async def test_malformed_body_answers_invalid_request(identity: httpx.AsyncClient) -> None:
    response = await identity.post("/phone/verifications", json={"site_code": "kosme"})
    assert (response.status_code, response.json()["code"]) == (400, "INVALID_REQUEST")
