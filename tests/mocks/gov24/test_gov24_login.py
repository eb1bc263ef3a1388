"""The gov24 mock's certificate login over HTTP: the approval it needs, the holder's name, the
code's lifetime, and the identity check before any menu."""

from __future__ import annotations

from mocks.gov24.messages import CODE_TTL
from tests.mocks.gov24.conftest import Mocks
from tests.mocks.gov24.support import HONG, SEOJUN, holder, last_code, nonce


async def log_in(mocks: Mocks, person: tuple[str, str], number: str) -> dict[str, object]:
    who = await holder(mocks.pki, person)
    proof = who.proof(await nonce(mocks.pki))
    response = await mocks.gov24.post("/login", json={"proof": proof, "resident_number": number})
    body: dict[str, object] = response.json() | {"status_code": response.status_code}
    return body


async def test_the_certificate_holder_must_be_the_approved_person(mocks: Mocks) -> None:
    # a certificate in another name, issued for 홍길동's number
    refused = await log_in(mocks, ("홍길순", HONG[1]), HONG[1])
    assert (refused["status_code"], refused["code"]) == (422, "NAME_MISMATCH")


async def test_an_expired_approval_refuses_login(mocks: Mocks) -> None:
    refused = await log_in(mocks, SEOJUN, SEOJUN[1])
    assert (refused["status_code"], refused["code"]) == (410, "APPROVAL_EXPIRED")


async def test_the_code_lapses_after_three_minutes(mocks: Mocks) -> None:
    started = await log_in(mocks, HONG, HONG[1])
    assert started["status_code"] == 201
    code = await last_code(mocks.gov24, "01012345678")
    await mocks.gov24.post("/__admin/clock", json={"advance_seconds": CODE_TTL.total_seconds() + 1})
    auth = {"Authorization": f"Bearer {started['token']}"}
    late = await mocks.gov24.post("/login/identity-check", json={"code": code}, headers=auth)
    assert (late.status_code, late.json()["code"]) == (410, "CODE_EXPIRED")


async def test_menus_wait_for_the_identity_check(mocks: Mocks) -> None:
    started = await log_in(mocks, HONG, HONG[1])
    auth = {"Authorization": f"Bearer {started['token']}"}
    early = await mocks.gov24.get("/approval", headers=auth)
    assert (early.status_code, early.json()["code"]) == (403, "IDENTITY_CHECK_REQUIRED")
    assert HONG[1] not in str(started)
