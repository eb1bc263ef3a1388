"""Issuance (발급) through GraphQL: certificate login with the VID check, the extra identity
check the approval chose, the form, the applicant's real signature, the slip."""

from __future__ import annotations

import base64

import pytest

from mocks.gov24.messages import SLIP_NOTICE
from tests.gateway.conftest import Stack
from tests.gateway.gov24.support import (
    APPLY,
    CHECK,
    SIGN,
    form,
    issued,
    logged_in,
    run,
    start,
)
from tests.mocks.gov24.support import BROKER, HONG, SEOJUN, YOUNGHEE, holder, last_code

VIEWER = """
query Mine($number: String!) {
  viewer {
    logins { agency }
    gov24SignatureConfirmations(first: 5) { totalCount edges { node { issuanceNumber } } }
    gov24SignatureConfirmation(issuanceNumber: $number) {
      issuanceNumber savedToWalletAt slip { pdfBase64 notice }
    }
  }
}
"""
SLIP = """
query Slip($number: String!) {
  viewer { gov24SignatureConfirmation(issuanceNumber: $number) {
    slip { issuanceNumber issuedAt name purpose submissionAgency delegate notice pdfBase64 }
  } }
}
"""
WALLET = """
mutation Save($input: Gov24SignatureConfirmationSaveToWalletInput!) {
  gov24SignatureConfirmationSaveToWallet(input: $input) {
    confirmation { issuanceNumber savedToWalletAt } errors { code }
  }
}
"""


async def test_certificate_login_sends_the_code_the_approval_chose(stack: Stack) -> None:
    # given 김영희, approved with a landline (일반전화) identity check
    who = await holder(stack.pki, YOUNGHEE)
    # when she logs in with her certificate
    started = await start(stack, who, YOUNGHEE[1])
    # then the flow waits for the code the phone call reads out to that landline
    assert started["errors"] == []
    issuance = started["issuance"]
    assert issuance["step"] == "IDENTITY_CHECK"
    assert issuance["identityCheck"]["method"] == "LANDLINE"
    assert issuance["identityCheck"]["phoneMasked"] == "02-2100-****"
    assert await last_code(stack.mocks["gov24"], "0221001234")
    assert started["sessionToken"].startswith("ags_")


async def test_a_wrong_code_is_refused_and_counted(stack: Stack) -> None:
    who = await holder(stack.pki, HONG)
    started = await start(stack, who, HONG[1])
    code = await last_code(stack.mocks["gov24"], "01012345678")
    wrong = "000000" if code != "000000" else "111111"
    checked = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": wrong})
    [error] = checked["errors"]
    assert (error["code"], error["triesLeft"]) == ("WRONG_CODE", 4)


async def test_login_with_someone_elses_number_is_refused(stack: Stack) -> None:
    # given 홍길동's certificate, when he types 김영희's number, then the VID check fails
    who = await holder(stack.pki, HONG)
    started = await start(stack, who, YOUNGHEE[1])
    [error] = started["errors"]
    assert error["code"] == "OWNER_MISMATCH"
    assert started["issuance"] is None


async def test_the_content_is_signed_and_the_confirmation_issued_with_its_slip(
    stack: Stack,
) -> None:
    # when 홍길동 writes and signs
    confirmation, token = await issued(stack)
    # then it is issued with a number and date-time, the number masked
    assert confirmation["residentNumberMasked"] == "801210-1******"
    assert confirmation["submissionAgency"] == "국민연금공단"
    assert confirmation["slip"]["notice"] == SLIP_NOTICE
    # and his session lists it, with the slip as a PDF
    auth = {"Authorization": f"Bearer {token}"}
    mine = await stack.gateway.execute(VIEWER, {"number": confirmation["issuanceNumber"]}, **auth)
    viewer = mine["data"]["viewer"]
    assert {"agency": "GOV24"} in viewer["logins"]
    assert viewer["gov24SignatureConfirmations"]["totalCount"] == 1
    pdf = base64.b64decode(viewer["gov24SignatureConfirmation"]["slip"]["pdfBase64"])
    assert pdf.startswith(b"%PDF-1.4")
    assert viewer["gov24SignatureConfirmation"]["savedToWalletAt"] is None
    # and saving to the document wallet stamps it
    saved = await run(stack, WALLET, {"issuanceNumber": confirmation["issuanceNumber"]}, **auth)
    assert saved["confirmation"]["savedToWalletAt"] is not None


async def test_tampered_signature_is_refused(stack: Stack) -> None:
    # given a draft
    who, issuance, _ = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"]))
    content = applied["issuance"]["draft"]["contentToSign"]
    # when the signature covers altered content
    tampered = content.replace("부동산 매도", "대출 보증")
    signed = await run(
        stack,
        SIGN,
        {"id": issuance["id"], "certificate": who.certificate, "signature": who.sign(tampered)},
    )
    # then it is refused and nothing is issued
    [error] = signed["errors"]
    assert (error["code"], error["field"]) == ("BAD_SIGNATURE", ["input", "signature"])
    again = await stack.gateway.execute(
        "query($id: ID!) { gov24Issuance(id: $id) { step confirmation { issuanceNumber } } }",
        {"id": issuance["id"]},
    )
    assert again["data"]["gov24Issuance"] == {"step": "SIGNATURE", "confirmation": None}


async def test_signing_with_another_certificate_is_refused(stack: Stack) -> None:
    _, issuance, _ = await logged_in(stack)
    other = await holder(stack.pki, HONG, ca="kica")
    applied = await run(stack, APPLY, form(issuance["id"]))
    content = applied["issuance"]["draft"]["contentToSign"]
    signed = await run(
        stack,
        SIGN,
        {"id": issuance["id"], "certificate": other.certificate, "signature": other.sign(content)},
    )
    assert signed["errors"][0]["code"] == "CERTIFICATE_CHANGED"


async def test_only_the_applicant_may_be_named_in_the_form(stack: Stack) -> None:
    _, issuance, _ = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"], person=SEOJUN))
    [error] = applied["errors"]
    assert (error["code"], error["field"]) == ("NOT_SELF", ["input", "residentNumber"])


async def test_the_submission_agency_must_be_eligible(stack: Stack) -> None:
    _, issuance, _ = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"], submissionAgencyCode=BROKER))
    [error] = applied["errors"]
    assert (error["code"], error["field"]) == (
        "AGENCY_NOT_ELIGIBLE",
        ["input", "agencyCode"],
    )
    # 경고: 제출기관에 전자본인서명확인서로 대체 가능한지 확인 후 이용
    assert "제출기관에 전자본인서명확인서로 대체 가능한지 확인 후 이용" in error["message"]


async def test_the_address_must_come_from_the_address_search(stack: Stack) -> None:
    _, issuance, _ = await logged_in(stack)
    found = await stack.gateway.execute(
        'query($id: ID!) { gov24AddressSearch(issuanceId: $id, query: "테헤란로") { id } }',
        {"id": issuance["id"]},
    )
    assert {a["id"] for a in found["data"]["gov24AddressSearch"]} == {"ADR-0001", "ADR-0002"}
    applied = await run(stack, APPLY, form(issuance["id"], addressId="ADR-9999"))
    assert applied["errors"][0]["code"] == "ADDRESS_NOT_FOUND"


@pytest.mark.parametrize("field", ["purpose", "counterparty", "delegate"])
@pytest.mark.parametrize("value", ["  ", "가" * 101])
async def test_purpose_counterparty_and_delegate_are_required_and_bounded(
    stack: Stack, field: str, value: str
) -> None:
    # 사용용도, 거래상대방 인적사항, 위임받은 사람 등 작성: each must be written, ≤ 100 chars
    _, issuance, _ = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"]) | {field: value})
    [error] = applied["errors"]
    assert (error["code"], error["field"]) == ("TEXT_REQUIRED", ["input", field])
    assert applied["issuance"] is None


async def test_the_submission_agency_must_come_from_the_agency_search(stack: Stack) -> None:
    _, issuance, _ = await logged_in(stack)
    applied = await run(stack, APPLY, form(issuance["id"], submissionAgencyCode="Z000000"))
    [error] = applied["errors"]
    assert (error["code"], error["field"]) == ("AGENCY_NOT_FOUND", ["input", "agencyCode"])


async def test_the_slip_carries_number_date_name_purpose_agency_and_delegate(
    stack: Stack,
) -> None:
    # 발급증: 발급번호, 발급일시, 성명, 용도, 제출기관 및 위임받은 사람 포함; 법적 효력 없음
    confirmation, token = await issued(stack)
    result = await stack.gateway.execute(
        SLIP, {"number": confirmation["issuanceNumber"]}, Authorization=f"Bearer {token}"
    )
    slip = result["data"]["viewer"]["gov24SignatureConfirmation"]["slip"]
    assert slip["issuanceNumber"] == confirmation["issuanceNumber"]
    assert slip["issuedAt"] == confirmation["issuedAt"]
    assert (slip["name"], slip["purpose"], slip["submissionAgency"], slip["delegate"]) == (
        "홍길동",
        "부동산 매도",
        "국민연금공단",
        "박대리",
    )
    assert slip["notice"] == SLIP_NOTICE
    # and the printed slip (PDF, text as UTF-16BE hex strings) carries the same entries
    pdf = base64.b64decode(slip["pdfBase64"])
    for text in (confirmation["issuanceNumber"], "부동산 매도", "국민연금공단", "박대리"):
        assert text.encode("utf-16-be").hex().upper().encode() in pdf, text


@pytest.mark.parametrize(
    ("person", "to", "prompt"),
    [
        (HONG, "01012345678", "불러주는 인증번호"),
        (YOUNGHEE, "0221001234", "불러주는 인증번호"),
    ],
)
async def test_the_phone_check_reads_out_the_code_to_the_chosen_number(
    stack: Stack, person: tuple[str, str], to: str, prompt: str
) -> None:
    # 전화번호 인증(전화번호 선택 후 → 불러주는 번호 입력)
    started = await start(stack, await holder(stack.pki, person), person[1])
    check = started["issuance"]["identityCheck"]
    assert prompt in check["message"]
    assert check["phoneMasked"].replace("-", "").startswith(to[:-4])
    code = await last_code(stack.mocks["gov24"], to)
    checked = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": code})
    assert (checked["errors"], checked["issuance"]["step"]) == ([], "FORM")


async def test_the_code_lapses_and_the_login_must_start_again(stack: Stack) -> None:
    started = await start(stack, await holder(stack.pki, HONG), HONG[1])
    code = await last_code(stack.mocks["gov24"], "01012345678")
    await stack.mocks["gov24"].post("/__admin/clock", json={"advance_seconds": 3 * 60 + 1})
    late = await run(stack, CHECK, {"id": started["issuance"]["id"], "code": code})
    [error] = late["errors"]
    assert error["code"] == "CODE_EXPIRED"
    assert "다시 로그인" in error["message"]


async def test_the_document_wallet_is_offered_from_2021(stack: Stack) -> None:
    # given a confirmation, and the agency's clock before the wallet service began
    confirmation, token = await issued(stack)
    await stack.mocks["gov24"].post("/__admin/clock", json={"now": "2020-12-31T23:59:00+09:00"})
    # when the citizen saves it to the wallet, then it is refused
    auth = {"Authorization": f"Bearer {token}"}
    number = {"issuanceNumber": confirmation["issuanceNumber"]}
    refused = await run(stack, WALLET, number, **auth)
    assert refused["errors"][0]["code"] == "WALLET_NOT_AVAILABLE"
    # and from 2021 on it is saved
    await stack.mocks["gov24"].post("/__admin/clock", json={"now": "2021-01-01T00:00:00+09:00"})
    saved = await run(stack, WALLET, number, **auth)
    assert saved["errors"] == []
    assert saved["confirmation"]["savedToWalletAt"].startswith("2021-01-01")


async def test_the_form_waits_for_the_identity_check(stack: Stack) -> None:
    who = await holder(stack.pki, HONG)
    started = await start(stack, who, HONG[1])
    applied = await run(stack, APPLY, form(started["issuance"]["id"]))
    assert applied["errors"][0]["code"] == "IDENTITY_CHECK_REQUIRED"
