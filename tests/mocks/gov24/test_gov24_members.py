"""정부24 접속 by ID and password over HTTP: the portal login opens no 발급시스템 menu (복합인증
로그인 안내), and a certificate login sent with it must be the same person's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from mocks.gov24.models import Member
from mocks.gov24.seed import HONG_PASSWORD, HONG_USER_ID
from tests.mocks.gov24.conftest import Mocks
from tests.mocks.gov24.support import HONG, YOUNGHEE, holder, nonce


async def member_login(mocks: Mocks, user_id: str, password: str) -> Any:
    response = await mocks.gov24.post(
        "/members/login", json={"user_id": user_id, "password": password}
    )
    return response.json() | {"status_code": response.status_code}


async def certificate_login(mocks: Mocks, person: tuple[str, str], member_token: str) -> Any:
    who = await holder(mocks.pki, person)
    proof = who.proof(await nonce(mocks.pki))
    response = await mocks.gov24.post(
        "/login",
        json={"proof": proof, "resident_number": person[1]},
        headers={"Authorization": f"Bearer {member_token}"},
    )
    return response.json() | {"status_code": response.status_code}


async def test_id_and_password_log_in_to_the_portal_only(mocks: Mocks) -> None:
    # when 홍길동 enters 정부24 with his ID and password
    entered = await member_login(mocks, HONG_USER_ID, HONG_PASSWORD)
    # then he is logged in to the portal, told the issuance needs the 복합인증 로그인
    assert entered["status_code"] == 201
    assert (entered["name"], entered["complex_auth_required"]) == ("홍길동", True)
    assert "password" not in str(entered).lower().replace("password_", "")
    # and no 발급시스템 menu opens with that login
    auth = {"Authorization": f"Bearer {entered['token']}"}
    for method, path in (("GET", "/approval"), ("GET", "/confirmations"), ("GET", "/login")):
        refused = await mocks.gov24.request(method, path, headers=auth)
        assert (refused.status_code, refused.json()["code"]) == (403, "COMPLEX_AUTH_REQUIRED")
        assert "복합 인증로그인으로 이동" in refused.json()["message"]


async def test_a_wrong_password_is_refused_without_saying_which_part(mocks: Mocks) -> None:
    wrong_password = await member_login(mocks, HONG_USER_ID, HONG_PASSWORD + "x")
    unknown_id = await member_login(mocks, "nobody99", HONG_PASSWORD)
    for refused in (wrong_password, unknown_id):
        assert (refused["status_code"], refused["code"]) == (401, "MEMBER_LOGIN_FAILED")
        assert refused["message"] == "아이디 또는 비밀번호가 일치하지 않습니다."


async def test_the_certificate_login_after_it_must_be_the_members(mocks: Mocks) -> None:
    # given 홍길동 entered by ID and password
    entered = await member_login(mocks, HONG_USER_ID, HONG_PASSWORD)
    # when 김영희's certificate is used for the 복합인증 with his member login
    refused = await certificate_login(mocks, YOUNGHEE, entered["token"])
    # then it is refused; with his own certificate it goes on to the extra identity check
    assert (refused["status_code"], refused["code"]) == (403, "MEMBER_MISMATCH")
    own = await certificate_login(mocks, HONG, entered["token"])
    assert (own["status_code"], own["status"]) == (201, "identity_check")


async def test_the_member_login_lapses_after_thirty_minutes(mocks: Mocks) -> None:
    entered = await member_login(mocks, HONG_USER_ID, HONG_PASSWORD)
    await mocks.gov24.post("/__admin/clock", json={"advance_seconds": 30 * 60})
    auth = {"Authorization": f"Bearer {entered['token']}"}
    lapsed = await mocks.gov24.get("/approval", headers=auth)
    assert (lapsed.status_code, lapsed.json()["code"]) == (401, "LOGIN_REQUIRED")


async def test_passwords_are_kept_only_as_salted_hashes(mocks: Mocks) -> None:
    # given a member seeded through the admin API
    seeded = await mocks.gov24.post(
        "/__admin/seed",
        json={
            "members": [
                {
                    "user_id": "younghee78",
                    "password": "Younghee-pw-0905",
                    "name": YOUNGHEE[0],
                    "resident_number": YOUNGHEE[1],
                }
            ]
        },
    )
    assert seeded.status_code < 300, seeded.text
    assert (await member_login(mocks, "younghee78", "Younghee-pw-0905"))["status_code"] == 201
    # then the stored row holds neither the password nor the number
    runtime = mocks.gov24._transport.app.state.mock  # type: ignore[attr-defined]
    async with runtime.db.unit_of_work() as session:
        rows = list(await session.scalars(select(Member)))
    stored = {m.user_id: m for m in rows}
    assert set(stored) >= {HONG_USER_ID, "younghee78"}
    assert stored["younghee78"].password_hash.startswith("pbkdf2_sha256$")
    assert "Younghee-pw-0905" not in stored["younghee78"].password_hash
    assert YOUNGHEE[1] not in stored["younghee78"].number_hash
