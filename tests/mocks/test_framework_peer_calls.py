"""The framework's typed peer calls (`mocks.framework.peer_calls`) against in-process NTS,
identity and pki mocks, and the one place an agency answers an unavailable peer."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, cast

import httpx
import pytest
from pydantic import BaseModel, Field
from sqlalchemy.orm import DeclarativeBase
from starlette.applications import Starlette

from koreakit.npki import keys
from koreakit.npki.challenge import sign_challenge
from mocks.framework import (
    AgencyError,
    AgencyErrorBody,
    ErrorRoutes,
    MockAgency,
    MockContext,
    Peers,
    PeerUnavailableError,
)
from mocks.framework.linking import ci_of, di_of
from mocks.framework.peer_calls import (
    CertificateRefusal,
    VerifiedCertificate,
    identity_sns_profile,
    identity_verification,
    nts_request,
    nts_status,
    nts_status_code,
    nts_validate,
    peer_call,
    pki_challenge,
    pki_verify,
)
from mocks.identity import people
from mocks.identity.app import create_app as create_identity
from mocks.nts.app import create_app as create_nts
from mocks.pki.app import create_app as create_pki
from mocks.pki.authority import MockPki
from tests.conftest import asgi_client, running

NOW = "2025-06-02T10:00:00+09:00"
PASSWORD = "holder-password-0123"
KOREA_EDS = {
    "ca": "yessign",
    "kind": "corporate",
    "holder_name": "(주)한국이디에스",
    "number": "6638501035",
    "password": PASSWORD,
}
CLOSED = "1312200228"
"""소망문구, a 폐업자 of the NTS seed."""
HONG_BY_SMS = {
    "site_code": "kosme",
    "carrier": "SKT",
    "method": "sms",
    "name": "홍길동",
    "birth_date": "801210",
    "sex_digit": "1",
    "phone": "010-1234-5678",
    "consents": {
        "personal_info": True,
        "unique_id": True,
        "service_terms": True,
        "carrier_terms": True,
    },
}


@dataclass
class Stack:
    ctx: MockContext
    peers: Peers
    nts: httpx.AsyncClient
    identity: httpx.AsyncClient
    pki: httpx.AsyncClient
    apps: dict[str, Starlette]


@dataclass
class _Ctx:
    """What the helpers use of a request's context: its peers and the agency's options."""

    peers: Peers
    options: dict[str, Any]


@pytest.fixture(scope="module")
def pki() -> MockPki:
    ca_key, holder_key = keys.generate_key(), keys.generate_key()
    return MockPki.ephemeral(key_factory=lambda: ca_key).with_holder_keys(lambda: holder_key)


@pytest.fixture
async def stack(pki: MockPki) -> AsyncIterator[Stack]:
    apps = {"nts": create_nts(), "identity": create_identity(), "pki": create_pki(pki=pki)}
    peers = Peers({name: httpx.ASGITransport(app=app) for name, app in apps.items()})
    async with AsyncExitStack() as exits:
        clients = {}
        for name, app in apps.items():
            await exits.enter_async_context(running(app))
            clients[name] = await exits.enter_async_context(asgi_client(app, f"http://{name}"))
        for name in ("identity", "pki"):
            await clients[name].post("/__admin/clock", json={"now": NOW})
        exits.push_async_callback(peers.aclose)
        ctx = cast("MockContext", _Ctx(peers, {}))
        yield Stack(ctx, peers, clients["nts"], clients["identity"], clients["pki"], apps)


def _unreachable() -> MockContext:
    return cast("MockContext", _Ctx(Peers(), {}))


# --- peer_call -----------------------------------------------------------------------------


async def test_an_unconfigured_peer_is_unavailable() -> None:
    with pytest.raises(PeerUnavailableError) as raised:
        await peer_call(_unreachable(), "nts", "GET", "/healthz")
    assert raised.value.name == "nts"


async def test_a_5xx_answer_is_unavailable_a_4xx_is_returned(stack: Stack) -> None:
    fault = {"route": "/verifications/*", "outage": True}
    assert (await stack.identity.post("/__admin/faults", json=fault)).status_code in (200, 201)
    with pytest.raises(PeerUnavailableError) as raised:
        await peer_call(stack.ctx, "identity", "GET", "/verifications/nope")
    assert raised.value.name == "identity"
    response = await peer_call(stack.ctx, "pki", "GET", "/no/such/path")
    assert response.status_code == 404


# --- NTS -------------------------------------------------------------------------------------


async def test_nts_status_reads_the_code_of_each_business(stack: Stack) -> None:
    rows = await nts_status(stack.ctx, [CLOSED, "1208200275"])
    assert [(row.number, row.code) for row in rows] == [(CLOSED, "03"), ("1208200275", "01")]
    assert await nts_status_code(stack.ctx, CLOSED) == "03"


async def test_nts_status_of_an_unregistered_business_is_empty(stack: Stack) -> None:
    assert await nts_status_code(stack.ctx, "1234567891") == ""


async def test_nts_validate_says_whether_the_given_facts_match(stack: Stack) -> None:
    given = {"b_no": "1208200275", "start_dt": "19620621", "p_nm": "유정열"}
    [good, bad] = await nts_validate(stack.ctx, [given, {**given, "p_nm": "김철수"}])
    assert (good.number, good.valid, bad.valid) == ("1208200275", True, False)


async def test_nts_with_a_wrong_service_key_is_unavailable(stack: Stack) -> None:
    ctx = cast("MockContext", _Ctx(stack.peers, {"nts_service_key": "not-the-key"}))
    with pytest.raises(PeerUnavailableError):
        await nts_request(ctx, "status", {"b_no": [CLOSED]})


async def test_nts_not_configured_is_unavailable() -> None:
    with pytest.raises(PeerUnavailableError):
        await nts_status_code(_unreachable(), CLOSED)


# --- identity --------------------------------------------------------------------------------


async def _verified_by_sms(identity: httpx.AsyncClient) -> str:
    started = await identity.post("/phone/verifications", json=HONG_BY_SMS)
    assert started.status_code == 201, started.text
    [message] = (await identity.get("/__admin/outbox")).json()["messages"]
    verification_id: str = started.json()["id"]
    confirmed = await identity.post(
        f"/phone/verifications/{verification_id}/confirm", json={"code": message["code"]}
    )
    assert confirmed.status_code == 200, confirmed.text
    return verification_id


async def test_a_finished_verification_is_redeemed_with_its_person(stack: Stack) -> None:
    verification_id = await _verified_by_sms(stack.identity)
    verification = await identity_verification(stack.ctx, verification_id)
    assert verification is not None
    assert (verification.kind, verification.status, verification.site_code) == (
        "phone",
        "verified",
        "kosme",
    )
    number = people.HONG_GILDONG.resident_number
    assert verification.result["ci"] == ci_of(number)
    assert verification.result["di"] == di_of(number, "kosme")
    assert verification.verified_for("kosme", kinds=("phone",))
    assert not verification.verified_for("hometax")
    assert not verification.verified_for("kosme", kinds=("card",))


async def test_an_unfinished_verification_is_not_verified(stack: Stack) -> None:
    started = await stack.identity.post("/phone/verifications", json=HONG_BY_SMS)
    verification = await identity_verification(stack.ctx, started.json()["id"])
    assert verification is None or not verification.verified_for("kosme")


@pytest.mark.parametrize("verification_id", ["idv_unknown", "a/b", "?x=1", "%2F"])
async def test_an_unknown_verification_is_none(stack: Stack, verification_id: str) -> None:
    assert await identity_verification(stack.ctx, verification_id) is None


async def test_identity_not_configured_is_unavailable() -> None:
    with pytest.raises(PeerUnavailableError) as raised:
        await identity_verification(_unreachable(), "idv_1")
    assert raised.value.name == "identity"


async def test_an_sns_code_is_exchanged_once_for_the_profile(stack: Stack) -> None:
    granted = await stack.identity.post(
        "/sns/naver/authorize",
        json={"site_code": "kotra", "login_id": "honggildong", "password": people.SEED_PASSWORD},
    )
    assert granted.status_code == 200, granted.text
    code = granted.json()["code"]
    profile = await identity_sns_profile(stack.ctx, "naver", code, site_code="kotra")
    assert profile is not None
    assert (profile["provider"], profile["name"]) == ("naver", "홍길동")
    assert await identity_sns_profile(stack.ctx, "naver", code, site_code="kotra") is None


# --- pki -------------------------------------------------------------------------------------


async def _signed_proof(stack: Stack, holder: dict[str, str], site_code: str) -> dict[str, Any]:
    issued = await stack.pki.post("/certificates", json=holder)
    assert issued.status_code == 201, issued.text
    body = issued.json()
    key, random_num = keys.load_private_key(base64.b64decode(body["key_file"]), PASSWORD)
    assert random_num is not None
    challenge = await pki_challenge(stack.ctx, site_code)
    signature = sign_challenge(key, challenge.nonce.encode("ascii"))
    return {
        "certificate": body["certificate"],
        "signature": base64.b64encode(signature).decode("ascii"),
        "challenge": challenge.nonce,
        "signatureAlgorithm": "sha256WithRSAEncryption",
        "randomNum": base64.b64encode(random_num).decode("ascii"),
    }


async def test_a_challenge_is_a_nonce_with_its_expiry(stack: Stack) -> None:
    challenge = await pki_challenge(stack.ctx, "work24")
    assert challenge.nonce
    assert challenge.expires_at.isoformat() > NOW


async def test_a_good_proof_gives_the_verified_facts(stack: Stack) -> None:
    proof = await _signed_proof(stack, KOREA_EDS, "kotra")
    checked = await pki_verify(
        stack.ctx, proof, number=KOREA_EDS["number"], accepted_kinds=("corporate",)
    )
    assert isinstance(checked, VerifiedCertificate)
    assert (checked.ca, checked.kind, checked.holder_name) == (
        "yessign",
        "corporate",
        "(주)한국이디에스",
    )
    assert checked.serial == checked.facts["serial"]
    assert checked.not_after[:4].isdigit()
    assert checked.facts["owner_checked"] is True


async def test_another_number_is_the_cas_owner_mismatch(stack: Stack) -> None:
    proof = await _signed_proof(stack, KOREA_EDS, "hometax")
    checked = await pki_verify(stack.ctx, proof, number="1208200275", accepted_kinds=("corporate",))
    assert isinstance(checked, CertificateRefusal)
    assert (checked.status, checked.code, checked.field) == (422, "OWNER_MISMATCH", "number")
    assert checked.message
    assert checked.message_en


async def test_a_kind_not_accepted_is_refused_with_the_cas_code(stack: Stack) -> None:
    proof = await _signed_proof(stack, KOREA_EDS, "gov24")
    checked = await pki_verify(
        stack.ctx, proof, number=KOREA_EDS["number"], accepted_kinds=("personal",)
    )
    assert isinstance(checked, CertificateRefusal)
    assert checked.code == "KIND_NOT_ACCEPTED"


async def test_a_replayed_challenge_is_refused(stack: Stack) -> None:
    proof = await _signed_proof(stack, KOREA_EDS, "kotra")
    number, kinds = KOREA_EDS["number"], ("corporate",)
    assert isinstance(
        await pki_verify(stack.ctx, proof, number=number, accepted_kinds=kinds),
        VerifiedCertificate,
    )
    again = await pki_verify(stack.ctx, proof, number=number, accepted_kinds=kinds)
    assert isinstance(again, CertificateRefusal)
    assert again.code == "REPLAYED"


async def test_pki_failing_is_unavailable(stack: Stack) -> None:
    await stack.pki.post("/__admin/faults", json={"route": "/challenges", "outage": True})
    with pytest.raises(PeerUnavailableError) as raised:
        await pki_challenge(stack.ctx, "work24")
    assert raised.value.name == "pki"
    with pytest.raises(PeerUnavailableError):
        await pki_verify(_unreachable(), {}, number="1", accepted_kinds=())


# --- one place an agency answers an unavailable peer --------------------------------------


class _Code(StrEnum):
    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
    DOWN = "DOWN"


class _Body(AgencyErrorBody):
    code: _Code = Field(description="code")


class _Unmapped(AgencyError):
    """An agency that does not answer an unavailable peer (the framework's default)."""

    body_model = _Body
    messages: ClassVar = {code: (code.value, code.value) for code in _Code}
    invalid_request = _Code.INVALID_REQUEST
    not_found = _Code.NOT_FOUND


class _Error(_Unmapped):
    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> _Error:
        return cls(503, _Code.DOWN, field=error.name)


class _Base(DeclarativeBase):
    pass


class _Closed(BaseModel):
    closed: bool


async def _no_seed(*_: Any) -> None:
    return None


def _agency(error: type[AgencyError]) -> MockAgency:
    agency = MockAgency(name="relying", title="t", description="d", base=_Base, seed=_no_seed)

    @ErrorRoutes(agency, error)("GET", "/closed/{number}", ok=_Closed, summary="s", errors=(503,))
    async def closed(ctx: MockContext) -> _Closed:
        return _Closed(closed=await nts_status_code(ctx, ctx.request.path_params["number"]) == "03")

    return agency


async def test_the_agency_answers_an_unavailable_peer_in_its_own_shape(stack: Stack) -> None:
    nts = httpx.ASGITransport(app=stack.apps["nts"])
    up = _agency(_Error).create_app(peers={"nts": nts})
    down = _agency(_Error).create_app()
    async with running(up), running(down):
        async with asgi_client(up, "http://up") as client:
            answer = await client.get(f"/closed/{CLOSED}")
            assert (answer.status_code, answer.json()) == (200, {"closed": True})
        async with asgi_client(down, "http://down") as client:
            answer = await client.get(f"/closed/{CLOSED}")
            assert answer.status_code == 503
            assert (answer.json()["code"], answer.json()["field"]) == ("DOWN", "nts")


async def test_an_agency_that_does_not_map_it_lets_the_error_through() -> None:
    app = _agency(_Unmapped).create_app()
    async with running(app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=True)
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as client:
            with pytest.raises(PeerUnavailableError):
                await client.get(f"/closed/{CLOSED}")
