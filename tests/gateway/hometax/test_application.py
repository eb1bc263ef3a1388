"""부서사용자 아이디 신청 through the graph: the form's rules, in the order Hometax checks them."""

from __future__ import annotations

from typing import Any

import pytest

from mocks.identity import people
from tests.gateway.conftest import Stack
from tests.gateway.hometax.conftest import APPLY, application, apply, codes, verified
from tests.gateway.test_identity_card import HONG_CARD, card_of
from tests.gateway.test_identity_phone import START

ALERT = "대표자가 수락하면 이용할 수 있습니다"


async def test_application_is_pending_and_says_the_representative_must_accept(
    stack: Stack,
) -> None:
    # when 홍길동 applies for (주)서울물류's department user
    payload = await apply(stack)
    # then it waits (대기) and the alert names the representative's acceptance
    assert payload["errors"] == []
    assert payload["application"]["step"] == "PENDING"
    assert payload["application"]["expiresAt"] is None
    assert payload["departmentUser"]["statusLabel"] == "대기"
    assert payload["departmentUser"]["userType"] == "전자세금계산서전용"
    assert payload["departmentUser"]["phone"] == "02-400-2300"
    assert ALERT in payload["message"]


async def test_both_agreements_come_before_anything_else(stack: Stack) -> None:
    # when the second agreement is missing (and the password is bad too)
    agreements = {"serviceNotice": True, "certificateNotice": False}
    payload = await apply(stack, agreements=agreements, password="x")
    # then only the agreement is reported
    assert codes(payload) == ["AGREEMENT_REQUIRED"]
    assert payload["errors"][0]["field"] == ["input", "agreements", "certificateNotice"]
    assert "상기 내용에 대해 동의함" in payload["errors"][0]["message"]  # the boxes' label


async def test_applicant_name_must_be_the_verified_name(stack: Stack) -> None:
    payload = await apply(stack, applicantName="김철수")
    assert codes(payload) == ["REAL_NAME_FAILED"]
    assert payload["errors"][0]["field"] == ["input", "applicantName"]


async def test_verification_for_another_agency_is_no_real_name_check(stack: Stack) -> None:
    # given 홍길동 verified for KOTRA, not Hometax
    result = await stack.gateway.execute(START, {"input": {"agency": "KOTRA", "card": HONG_CARD}})
    kotra_id = result["data"]["identityVerificationStart"]["verification"]["verificationId"]
    payload = await apply(stack, verificationId=kotra_id)
    assert codes(payload) == ["REAL_NAME_FAILED"]
    assert payload["errors"][0]["field"] == ["input", "verificationId"]


async def test_someone_elses_verification_does_not_check_the_applicant(stack: Stack) -> None:
    # given 유정열 verified for Hometax, and a form naming 홍길동
    verification_id = await verified(stack, card_of(people.YU_JEONGYEOL, 0, "1965-08-27", "1"))
    payload = await apply(stack, verificationId=verification_id)
    assert codes(payload) == ["REAL_NAME_FAILED"]


async def test_business_number_and_representative_birth_date_go_together(stack: Stack) -> None:
    payload = await apply(stack, representativeBirthDate="1983-06-29")
    assert codes(payload) == ["BIRTH_DATE_MISMATCH"]
    assert payload["errors"][0]["field"] == ["input", "representativeBirthDate"]
    assert (
        payload["errors"][0]["message"] == "사업자등록번호와 대표자 생년월일이 일치하지 않습니다."
    )


async def test_another_business_birth_date_does_not_pass(stack: Stack) -> None:
    # 6638501035's representative was born 1972-04-15, not 1983-06-30
    payload = await apply(stack, businessNumber="6638501035", userId="eds_second")
    assert codes(payload) == ["BIRTH_DATE_MISMATCH"]


async def test_business_unknown_to_hometax_is_refused(stack: Stack) -> None:
    payload = await apply(stack, businessNumber="1048510035")
    assert codes(payload) == ["UNKNOWN_BUSINESS"]


async def test_closed_business_cannot_apply(stack: Stack) -> None:
    # 1312200228 소망문구 is 폐업 at the NTS (the hometax mock asks it)
    payload = await apply(stack, businessNumber="1312200228", representativeBirthDate="19700303")
    assert codes(payload) == ["CLOSED_BUSINESS"]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"mobile": "02-123-4567"}, "INVALID_MOBILE", "mobile"),
        ({"mobile": ""}, "INVALID_MOBILE", "mobile"),
        ({"email": "not-an-address"}, "INVALID_EMAIL", "email"),
        ({"email": ""}, "INVALID_EMAIL", "email"),
        ({"department": "부" * 51}, "INVALID_DEPARTMENT", "department"),
    ],
)
async def test_mobile_and_email_are_required_and_checked(
    stack: Stack, changes: dict[str, Any], code: str, field: str
) -> None:
    payload = await apply(stack, **changes)
    assert codes(payload) == [code]
    assert payload["errors"][0]["field"] == ["input", field]


async def test_department_and_landline_are_optional(stack: Stack) -> None:
    payload = await apply(stack, department=None, phone=None)
    assert payload["errors"] == []
    assert (payload["departmentUser"]["department"], payload["departmentUser"]["phone"]) == (
        None,
        None,
    )


async def test_bad_landline_is_refused(stack: Stack) -> None:
    assert codes(await apply(stack, phone="12345")) == ["INVALID_PHONE"]


async def test_english_messages_on_request(stack: Stack) -> None:
    body = application(await verified(stack), representativeBirthDate="19830629")
    result = await stack.gateway.execute(APPLY, {"input": body}, **{"Accept-Language": "en"})
    error = result["data"]["hometaxDepartmentUserApply"]["errors"][0]
    assert error["message"].startswith("The representative's birth date does not match")


async def test_birth_date_must_be_a_date(stack: Stack) -> None:
    payload = await apply(stack, representativeBirthDate="1983-02-30")
    assert codes(payload) == ["INVALID_BIRTH_DATE"]


async def test_applicant_name_is_required(stack: Stack) -> None:
    payload = await apply(stack, applicantName="  ")
    assert codes(payload) == ["NAME_REQUIRED"]
    assert payload["errors"][0]["message"] == "성명을(를) 입력해 주시기 바랍니다."


async def test_the_form_is_checked_before_the_identity_provider_is_asked(stack: Stack) -> None:
    # given: a verification that is someone else's, and a password too short
    verification_id = await verified(stack, card_of(people.YU_JEONGYEOL, 0, "1965-08-27", "1"))
    await stack.mocks["identity"].delete("/__admin/calls")

    # when
    payload = await apply(
        stack, verificationId=verification_id, password="Ab1!", passwordConfirmation="Ab1!"
    )

    # then: the form's error, and the identity provider was not asked
    assert codes(payload) == ["INVALID_PASSWORD_LENGTH"]
    calls = (await stack.mocks["identity"].get("/__admin/calls")).json()["calls"]
    assert not any(route.startswith("GET /verifications") for route in calls), calls
