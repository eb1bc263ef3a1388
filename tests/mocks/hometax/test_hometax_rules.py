"""The Hometax mock enforces every rule of the form itself, with the manual's Korean messages
(the gateway checks some early, but the mock is the authority)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.mocks.hometax.conftest import HometaxMocks
from tests.mocks.hometax.support import PASSWORD, application, bearer, issue, prove

ID_RULE = "영문(대소문자구분됨) 또는 영문 숫자 특수문자(.)조합, 6~20자리"
LENGTH_RULE = "영문, 숫자, 특수문자를 조합하여 9~15자리로 설정합니다."
SPECIALS_RULE = "숫자 키보드 위의 특수문자[~!@#$%^&*~+] 만 가능합니다"


async def _apply(mocks: HometaxMocks, **changes: Any) -> httpx.Response:
    user_id = changes.get("user_id", "cargo_pay1")
    await mocks.hometax.post("/department-users/id-check", json={"user_id": user_id})
    return await mocks.hometax.post(
        "/department-users", json=application(await mocks.verified(), **changes)
    )


@pytest.mark.parametrize(
    ("password", "code", "message"),
    [
        ("", "PASSWORD_REQUIRED", "비밀번호를 입력해주세요"),
        ("Ab1!xyz", "INVALID_PASSWORD_LENGTH", LENGTH_RULE),
        ("Abcdefgh1234!xyz", "INVALID_PASSWORD_LENGTH", LENGTH_RULE),
        ("abcdefgh12", "INVALID_PASSWORD_COMBINATION", LENGTH_RULE),
        ("Cargo2024?x", "INVALID_PASSWORD_CHARACTER", SPECIALS_RULE),
    ],
)
async def test_password_rules(mocks: HometaxMocks, password: str, code: str, message: str) -> None:
    response = await _apply(mocks, password=password, password_confirmation=password)
    assert response.status_code == 422
    assert (response.json()["code"], response.json()["message"]) == (code, message)


async def test_password_confirmation(mocks: HometaxMocks) -> None:
    response = await _apply(mocks, password_confirmation="Cargo2024!y")
    assert (response.json()["code"], response.json()["field"]) == (
        "PASSWORD_MISMATCH",
        "password_confirmation",
    )


@pytest.mark.parametrize("user_id", ["abc12", "a" * 21, "12345678", "cargo-pay1"])
async def test_user_id_rule(mocks: HometaxMocks, user_id: str) -> None:
    response = await mocks.hometax.post("/department-users/id-check", json={"user_id": user_id})
    assert (response.status_code, response.json()["message"]) == (422, ID_RULE)


async def test_ids_are_case_sensitive(mocks: HometaxMocks) -> None:
    assert (await _apply(mocks, user_id="abcd_1234")).status_code == 201
    upper = await mocks.hometax.post("/department-users/id-check", json={"user_id": "ABCD_1234"})
    same = await mocks.hometax.post("/department-users/id-check", json={"user_id": "abcd_1234"})
    assert (upper.status_code, same.status_code) == (200, 409)


async def test_agreements_first(mocks: HometaxMocks) -> None:
    agreements = {"service_notice": False, "certificate_notice": True}
    response = await _apply(mocks, agreements=agreements, password="x")
    assert (response.json()["code"], response.json()["field"]) == (
        "AGREEMENT_REQUIRED",
        "agreements.service_notice",
    )


async def test_real_name_check_with_the_identity_provider(mocks: HometaxMocks) -> None:
    response = await _apply(mocks, applicant_name="김철수")
    assert response.json()["code"] == "REAL_NAME_FAILED"
    unknown = await _apply(mocks, identity_verification_id="crd_unknown")
    assert unknown.json()["code"] == "REAL_NAME_FAILED"


async def test_business_and_birth_date_together(mocks: HometaxMocks) -> None:
    response = await _apply(mocks, representative_birth_date="19830629")
    assert response.json()["code"] == "BIRTH_DATE_MISMATCH"


async def test_closed_business_asks_the_nts(mocks: HometaxMocks) -> None:
    response = await _apply(
        mocks, business_number="1312200228", representative_birth_date="19700303"
    )
    assert response.json()["code"] == "CLOSED_BUSINESS"


async def test_nts_down_is_an_outage_not_a_refusal(mocks: HometaxMocks) -> None:
    await mocks.nts.post("/__admin/faults", json={"route": "/api/*", "outage": True})
    response = await _apply(mocks)
    assert (response.status_code, response.json()["code"]) == (503, "PEER_UNAVAILABLE")


async def test_one_department_user_per_business(mocks: HometaxMocks) -> None:
    assert (await _apply(mocks)).status_code == 201
    second = await _apply(mocks, user_id="cargo_pay2")
    assert (second.status_code, second.json()["code"]) == (409, "ALREADY_HAS_DEPARTMENT_USER")


async def test_password_never_in_any_answer(mocks: HometaxMocks) -> None:
    response = await _apply(mocks)
    assert PASSWORD not in response.text


async def test_representative_cannot_reach_other_businesses_users(mocks: HometaxMocks) -> None:
    issued = await issue(mocks.pki, "corporate")
    body = {"business_number": "2148602348", "proof": await prove(mocks.pki, issued)}
    token = (await mocks.hometax.post("/auth/certificate", json=body)).json()["token"]
    response = await mocks.hometax.put(
        "/my-nts/department-users/EdsTax01/status",
        json={"status": "withdrawn"},
        headers=bearer(token),
    )
    assert (response.status_code, response.json()["code"]) == (404, "USER_NOT_FOUND")


async def test_logins_expire_on_the_mock_clock(mocks: HometaxMocks) -> None:
    login = await mocks.hometax.post(
        "/auth/password", json={"user_id": "EdsTax01", "password": "Etax2024!ok"}
    )
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 31 * 60})
    response = await mocks.hometax.get("/department-user", headers=bearer(login.json()["token"]))
    assert (response.status_code, response.json()["code"]) == (401, "LOGIN_REQUIRED")


async def test_temporary_password_goes_to_the_outbox(mocks: HometaxMocks) -> None:
    issued = await issue(mocks.pki, "corporate", "6638501035")
    body = {"business_number": "6638501035", "proof": await prove(mocks.pki, issued)}
    token = (await mocks.hometax.post("/auth/certificate", json=body)).json()["token"]
    sent = await mocks.hometax.post(
        "/my-nts/department-users/EdsTax01/temporary-password", headers=bearer(token)
    )
    assert sent.json()["message"] == "임시 비밀번호를 이메일로 발송하였습니다."
    outbox = (await mocks.hometax.get("/__admin/outbox")).json()
    mails = outbox["messages"] if isinstance(outbox, dict) else outbox
    temporary = mails[-1]["code"]
    login = await mocks.hometax.post(
        "/auth/password", json={"user_id": "EdsTax01", "password": temporary}
    )
    assert login.json()["password_change_required"] is True
    delegation = await mocks.hometax.post(
        "/delegations", json={"user_id": "EdsTax01", "password": temporary, "platform": "x"}
    )
    assert delegation.json()["code"] == "PASSWORD_CHANGE_REQUIRED"


async def test_admin_seed_adds_taxpayers_and_users(mocks: HometaxMocks) -> None:
    seed = {
        "taxpayers": [
            {
                "business_number": "3051204447",
                "company_name": "한결인테리어",
                "representative_name": "강도윤",
                "representative_birth_date": "1990-01-01",
            }
        ],
        "department_users": [
            {
                "user_id": "hangyeol01",
                "business_number": "3051204447",
                "name": "강도윤",
                "password": PASSWORD,
                "mobile": "01099998888",
                "email": "a@b.example",
                "status": "active",
                "applied_at": "2024-01-02T03:04:05+09:00",
            }
        ],
    }
    response = await mocks.hometax.post("/__admin/seed", json=seed)
    assert response.status_code == 200, response.text
    login = await mocks.hometax.post(
        "/auth/password", json={"user_id": "hangyeol01", "password": PASSWORD}
    )
    assert login.json()["company_name"] == "한결인테리어"


async def test_openapi_documents_every_operation(mocks: HometaxMocks) -> None:
    document = (await mocks.hometax.get("/openapi.json")).json()
    assert "/department-users" in document["paths"]
    assert "/delegations" in document["paths"]
    assert "2148602348" in document["info"]["description"]


async def test_id_check_lapses_after_thirty_minutes(mocks: HometaxMocks) -> None:
    await mocks.hometax.post("/department-users/id-check", json={"user_id": "cargo_pay1"})
    verification_id = await mocks.verified()
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 31 * 60})
    response = await mocks.hometax.post("/department-users", json=application(verification_id))
    assert response.json()["code"] == "ID_CHECK_REQUIRED"


async def _temporary_password(mocks: HometaxMocks) -> tuple[str, dict[str, Any]]:
    """The representative of (주)한국이디에스 has EdsTax01's temporary password e-mailed."""
    issued = await issue(mocks.pki, "corporate", "6638501035")
    body = {"business_number": "6638501035", "proof": await prove(mocks.pki, issued)}
    token = (await mocks.hometax.post("/auth/certificate", json=body)).json()["token"]
    sent = await mocks.hometax.post(
        "/my-nts/department-users/EdsTax01/temporary-password", headers=bearer(token)
    )
    assert sent.status_code == 200, sent.text
    outbox = (await mocks.hometax.get("/__admin/outbox")).json()
    mails = outbox["messages"] if isinstance(outbox, dict) else outbox
    code: str = mails[-1]["code"]
    return code, sent.json()


async def _password_login(mocks: HometaxMocks, password: str) -> httpx.Response:
    return await mocks.hometax.post(
        "/auth/password", json={"user_id": "EdsTax01", "password": password}
    )


async def test_temporary_password_lasts_a_day_on_the_mock_clock(mocks: HometaxMocks) -> None:
    # given a temporary password sent now (the mock clock frozen), valid 24 hours
    frozen = await mocks.hometax.post("/__admin/clock", json={"now": "2026-03-02T09:00:00+09:00"})
    now = datetime.fromisoformat(frozen.json()["now"])
    temporary, sent = await _temporary_password(mocks)
    assert datetime.fromisoformat(sent["expires_at"]) - now == timedelta(hours=24)
    # when a day less a minute has passed, it still logs in
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 24 * 3600 - 60})
    assert (await _password_login(mocks, temporary)).status_code == 200
    # then a minute later it is refused with the expiry message, also for delegations
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 60})
    refused = await _password_login(mocks, temporary)
    assert (refused.status_code, refused.json()["code"]) == (401, "TEMPORARY_PASSWORD_EXPIRED")
    assert refused.json()["message"].startswith("임시 비밀번호의 유효기간이 지났습니다.")
    delegation = await mocks.hometax.post(
        "/delegations", json={"user_id": "EdsTax01", "password": temporary, "platform": "x"}
    )
    assert delegation.json()["code"] == "TEMPORARY_PASSWORD_EXPIRED"


async def test_a_new_temporary_password_replaces_the_expired_one(mocks: HometaxMocks) -> None:
    first, _ = await _temporary_password(mocks)
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 25 * 3600})
    second, _ = await _temporary_password(mocks)
    assert (await _password_login(mocks, first)).json()["code"] == "LOGIN_FAILED"
    assert (await _password_login(mocks, second)).json()["password_change_required"] is True


async def test_changed_password_does_not_expire(mocks: HometaxMocks) -> None:
    # given the user changed the temporary password in time
    temporary, _ = await _temporary_password(mocks)
    token = (await _password_login(mocks, temporary)).json()["token"]
    change = {"current_password": temporary, "new_password": "NewPass24!ok",
              "new_password_confirmation": "NewPass24!ok"}  # fmt: skip
    changed = await mocks.hometax.post(
        "/department-user/password", json=change, headers=bearer(token)
    )
    assert changed.status_code == 200, changed.text
    # then a week later the new password still logs in
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 7 * 24 * 3600})
    assert (await _password_login(mocks, "NewPass24!ok")).status_code == 200


@pytest.mark.parametrize("mock_options", [{"temporary_password_ttl_seconds": 600}])
async def test_temporary_password_validity_is_configurable(mocks: HometaxMocks) -> None:
    # given a mock whose temporary passwords last ten minutes
    temporary, _ = await _temporary_password(mocks)
    # when eleven minutes pass
    await mocks.hometax.post("/__admin/clock", json={"advance_seconds": 11 * 60})
    # then it no longer logs in
    assert (await _password_login(mocks, temporary)).json()["code"] == (
        "TEMPORARY_PASSWORD_EXPIRED"
    )


async def test_certificate_is_registered_only_in_an_id_password_login(mocks: HometaxMocks) -> None:
    # given EdsTax01 registered a certificate and logged in with it
    password_login = await _password_login(mocks, "Etax2024!ok")
    etax = await issue(mocks.pki, "e-tax-invoice", "6638501035")
    registered = await mocks.hometax.post(
        "/department-user/certificate",
        json={"proof": await prove(mocks.pki, etax)},
        headers=bearer(password_login.json()["token"]),
    )
    assert registered.status_code == 200, registered.text
    body = {"business_number": "6638501035", "user_id": "EdsTax01",
            "proof": await prove(mocks.pki, etax)}  # fmt: skip
    certificate_login = await mocks.hometax.post("/auth/certificate", json=body)
    # when it registers a renewed certificate in the certificate login
    renewed = await issue(mocks.pki, "e-tax-invoice", "6638501035")
    refused = await mocks.hometax.post(
        "/department-user/certificate",
        json={"proof": await prove(mocks.pki, renewed)},
        headers=bearer(certificate_login.json()["token"]),
    )
    # then the manual's rule refuses it
    assert (refused.status_code, refused.json()["code"]) == (403, "PASSWORD_LOGIN_REQUIRED")
    assert refused.json()["message"] == (
        "경선된 인증서를 등록하기 위해서는 아이디/비밀번호로 로그인을 해야 됩니다."
    )
