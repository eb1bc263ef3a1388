"""IdentityConnector against the identity mock: records, and each error body mapped to an
`IdentityRejectedError` with the provider's code, Korean message, field and tries left."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import httpx
import pytest

from connectors.errors import UpstreamContractError, UpstreamRejectedError
from connectors.identity import (
    CardCheck,
    CardIssuer,
    Carrier,
    IdentityConnector,
    IdentityConsents,
    IdentityRejectedError,
    PhoneConsents,
    PhoneMethod,
    PhoneStart,
    SimpleAuthProvider,
    SimpleAuthStart,
    VerificationStatus,
)
from mocks.identity import people
from mocks.identity.app import create_app
from tests.conftest import asgi_client, running

CONSENTS = PhoneConsents(True, True, True, True)
HONG_BY_SMS = PhoneStart(
    "gateway", Carrier.SKT, PhoneMethod.SMS, "홍길동", "801210", "1", "01012345678", CONSENTS
)


@pytest.fixture
async def mock() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app()
    async with running(app), asgi_client(app, "http://identity") as client:
        yield client


async def code_sent(mock: httpx.AsyncClient) -> str:
    [message] = (await mock.get("/__admin/outbox")).json()["messages"]
    code: str = message["code"]
    return code


async def test_phone_verification_yields_the_identity_with_ci_and_di(
    mock: httpx.AsyncClient,
) -> None:
    identity = IdentityConnector(mock)
    sent = await identity.start_phone_verification(HONG_BY_SMS)
    assert (sent.carrier, sent.phone_masked, sent.tries_left) == (Carrier.SKT, "010-1234-****", 5)
    verified = await identity.confirm_phone_verification(sent.id, await code_sent(mock))
    assert (verified.name, verified.birth_date, verified.site_code) == (
        "홍길동",
        date(1980, 12, 10),
        "gateway",
    )
    assert (len(verified.ci), len(verified.di)) == (88, 64)
    assert verified.ci not in repr(verified)
    assert verified.di not in repr(verified)


async def test_wrong_code_maps_to_the_providers_code_and_tries_left(
    mock: httpx.AsyncClient,
) -> None:
    identity = IdentityConnector(mock)
    sent = await identity.start_phone_verification(HONG_BY_SMS)
    code = await code_sent(mock)
    with pytest.raises(IdentityRejectedError) as refused:
        await identity.confirm_phone_verification(sent.id, f"{(int(code) + 1) % 10**6:06d}")
    error = refused.value
    assert (error.agency, error.status, error.code) == ("identity", 422, "WRONG_CODE")
    assert (error.message, error.field, error.tries_left) == (
        "인증번호가 일치하지 않습니다. 다시 입력해 주세요.",
        "code",
        4,
    )


async def test_corporate_card_maps_to_the_seeds_korean_message(mock: httpx.AsyncClient) -> None:
    card = people.YU_JEONGYEOL.cards[1]
    check = CardCheck(
        "kotra",
        CardIssuer(card.issuer),
        card.number,
        people.CARD_EXPIRY,
        people.CARD_PASSWORD_2,
        "유정열",
        "650827",
        "1",
        IdentityConsents(True, True, True),
    )
    with pytest.raises(IdentityRejectedError) as refused:
        await IdentityConnector(mock).verify_card(check)
    assert (refused.value.code, refused.value.field) == ("CORPORATE_CARD", "card_number")
    assert refused.value.message == "법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다."


async def test_simple_auth_is_pending_until_the_app_approves(mock: httpx.AsyncClient) -> None:
    identity = IdentityConnector(mock)
    request = SimpleAuthStart(
        "gateway",
        SimpleAuthProvider.KAKAO,
        "홍길동",
        date(1980, 12, 10),
        "01012345678",
        IdentityConsents(True, True, True),
    )
    pending = await identity.request_simple_auth(request)
    assert (pending.status, pending.provider_label) == (VerificationStatus.PENDING, "카카오톡 인증")
    await mock.post(f"/__admin/simple-auth/{pending.id}/approve")
    state = await identity.verification(pending.id)
    assert state.status is VerificationStatus.APPROVED
    assert state.result is not None
    assert state.result.name == "홍길동"


async def test_unknown_verification_maps_to_not_found(mock: httpx.AsyncClient) -> None:
    with pytest.raises(IdentityRejectedError) as refused:
        await IdentityConnector(mock).verification("phv_unknown")
    assert (refused.value.status, refused.value.code) == (404, "VERIFICATION_NOT_FOUND")


async def test_an_id_cannot_reach_another_route(mock: httpx.AsyncClient) -> None:
    # "../../sites" stays inside one path segment, so it is no route at all (not GET /sites)
    with pytest.raises(IdentityRejectedError) as refused:
        await IdentityConnector(mock).verification("../sites")
    assert (refused.value.status, refused.value.code) == (404, "NOT_FOUND")


async def test_error_without_the_providers_body_is_a_plain_rejection() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(418, text="teapot"))
    async with httpx.AsyncClient(transport=transport, base_url="http://identity") as client:
        with pytest.raises(UpstreamRejectedError) as refused:
            await IdentityConnector(client).verification("x")
    assert not isinstance(refused.value, IdentityRejectedError)
    assert refused.value.code == "HTTP_418"


async def test_success_that_breaks_the_contract_is_a_contract_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"id": "x"}))
    async with httpx.AsyncClient(transport=transport, base_url="http://identity") as client:
        with pytest.raises(UpstreamContractError):
            await IdentityConnector(client).verification("x")
