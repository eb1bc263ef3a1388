"""기업정보 등록 by a general member: registered → 존재하는 기업회원; closed or suspended at the
NTS → 폐업; KOTRA's directory → its data; unknown → a new company with the 사업자등록증 scan;
then 기업인증, the company password and the 6-digit approval password."""

from __future__ import annotations

import base64
from typing import Any

from mocks.kotra import seed
from mocks.nts.seed import CLOSED_EXAMPLE, CORPORATION_EXAMPLE, SUSPENDED_EXAMPLE
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    bearer,
    company_certificate,
    company_login,
    data,
    log_in,
    proof,
    signed_up,
)

START = """
mutation ($input: KotraCompanyRegistrationStartInput!) {
  kotraCompanyRegistrationStart(input: $input) {
    registration { id step scanRequired message knownCompany { name nameEn representative } }
    errors { code field message } } }"""
REGISTER = """
mutation ($input: KotraCompanyRegisterInput!) {
  kotraCompanyRegister(input: $input) {
    company { businessNumber name registered employeeTotal }
    errors { code field message } } }"""
EXISTS = "존재하는 기업회원입니다. 로그인해주세요."
CLOSED = (
    "조회하신 사업자번호는 폐업된 것으로 확인되어 기업정보 등록이 불가능합니다. "
    "사업자번호를 확인하시고 재조회해 주시기 바랍니다."
)
COMPANY = {
    "name": "(주)한빛소프트웨어",
    "nameEn": "Hanbit Software Co., Ltd.",
    "representative": "이서준",
    "representativeEn": "LEE SEOJUN",
    "companyType": "법인",
    "tradeKind": "제조",
    "mainProduct": "소프트웨어",
    "phone": "02-555-0101",
    "email": "contact@hanbit.example.com",
}
SCAN = {
    "fileName": "사업자등록증.png",
    "contentType": "image/png",
    "contentBase64": base64.b64encode(b"\x89PNG scan").decode(),
}


async def start(stack: Stack, token: str, number: str) -> dict[str, Any]:
    variables = {"input": {"businessNumber": number}}
    payload = await data(stack, START, variables, **bearer(token))
    found: dict[str, Any] = payload["kotraCompanyRegistrationStart"]
    return found


async def register(
    stack: Stack, token: str, flow_id: str, number: str, name: str, **changes: Any
) -> dict[str, Any]:
    issued = await company_certificate(stack, number, name)
    given = {
        "id": flow_id,
        "proof": await proof(stack, issued),
        "loginPassword": "Hanbit-company-1!",
        "loginPasswordConfirm": "Hanbit-company-1!",
        "approvalPassword": "246810",
        "approvalPasswordConfirm": "246810",
        "company": COMPANY,
        "scan": SCAN,
    } | changes
    payload = await data(stack, REGISTER, {"input": given}, **bearer(token))
    found: dict[str, Any] = payload["kotraCompanyRegister"]
    return found


async def test_a_registered_company_must_log_in(stack: Stack) -> None:
    token = await signed_up(stack)
    payload = await start(stack, token, seed.EDS_NUMBER)
    assert payload["errors"][0]["code"] == "COMPANY_EXISTS"
    assert payload["errors"][0]["message"] == EXISTS


async def test_closed_and_suspended_businesses_cannot_register(stack: Stack) -> None:
    token = await signed_up(stack)
    for number in (CLOSED_EXAMPLE, SUSPENDED_EXAMPLE):
        payload = await start(stack, token, number)
        assert payload["errors"][0]["code"] == "COMPANY_CLOSED", number
        assert payload["errors"][0]["message"] == CLOSED


async def test_only_a_general_member_registers_a_company(stack: Stack) -> None:
    payload = await start(stack, "ags_no-session", CORPORATION_EXAMPLE)
    assert payload["errors"][0]["code"] == "NOT_LOGGED_IN"


async def test_a_directory_company_shows_its_data_and_needs_no_scan(stack: Stack) -> None:
    token = await signed_up(stack)
    payload = await start(stack, token, seed.KOTRA_NUMBER)
    registration = payload["registration"]
    assert registration["knownCompany"]["name"] == "대한무역투자진흥공사"
    assert registration["scanRequired"] is False
    assert registration["message"].startswith("조회하신 사업자등록번호와 기업정보는")
    done = await register(
        stack, token, registration["id"], seed.KOTRA_NUMBER, "대한무역투자진흥공사", scan=None
    )
    assert done["errors"] == []
    assert done["company"]["registered"] is True


async def test_a_new_company_needs_the_registration_certificate_scan(stack: Stack) -> None:
    token = await signed_up(stack)
    registration = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]
    assert registration["knownCompany"] is None
    assert registration["scanRequired"] is True
    assert registration["message"] == "검색된 기업이 없습니다. 신규기업 등록 화면으로 이동합니다."
    payload = await register(
        stack, token, registration["id"], CORPORATION_EXAMPLE, "(주)한빛소프트웨어", scan=None
    )
    assert payload["errors"][0]["code"] == "SCAN_REQUIRED"
    assert payload["errors"][0]["message"] == "※ 소속기업 사업자등록증 스캔본 파일 첨부 필수"


async def test_new_company_registration_makes_a_company_login(stack: Stack) -> None:
    # given a general member registering (주)한빛소프트웨어 with its certificate and scan
    token = await signed_up(stack)
    registration = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]
    # when the form is sent
    payload = await register(
        stack, token, registration["id"], CORPORATION_EXAMPLE, "(주)한빛소프트웨어"
    )
    # then the company exists, its admin logs in with the number and password,
    # and the registering member is its employee
    assert payload["errors"] == []
    assert payload["company"]["employeeTotal"] == 1
    await company_login(stack, CORPORATION_EXAMPLE, "Hanbit-company-1!")
    again = await start(stack, await log_in(stack), CORPORATION_EXAMPLE)
    assert again["errors"][0]["code"] == "COMPANY_EXISTS"


async def test_registration_requires_a_certificate_of_that_business(stack: Stack) -> None:
    token = await signed_up(stack)
    registration = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]
    other = await company_certificate(stack, "2148602348", "(주)서울물류")
    payload = await register(
        stack, token, registration["id"], CORPORATION_EXAMPLE, "(주)한빛소프트웨어",
        proof=await proof(stack, other),
    )  # fmt: skip
    assert payload["errors"][0]["code"] == "CERTIFICATE_REJECTED"


async def test_company_password_and_approval_password_rules(stack: Stack) -> None:
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    cases = [
        ({"loginPassword": "short1!", "loginPasswordConfirm": "short1!"},
         "INVALID_COMPANY_PASSWORD", ["input", "loginPassword"]),
        ({"loginPasswordConfirm": "Other-company-1!"},
         "PASSWORD_MISMATCH", ["input", "loginPasswordConfirm"]),
        ({"approvalPassword": "12345a", "approvalPasswordConfirm": "12345a"},
         "INVALID_APPROVAL_PASSWORD", ["input", "approvalPassword"]),
        ({"approvalPasswordConfirm": "135790"},
         "APPROVAL_PASSWORD_MISMATCH", ["input", "approvalPasswordConfirm"]),
    ]  # fmt: skip
    for changes, code, field in cases:
        payload = await register(
            stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어", **changes
        )
        assert (payload["errors"][0]["code"], payload["errors"][0]["field"]) == (code, field)
    message = (
        await register(
            stack,
            token,
            flow_id,
            CORPORATION_EXAMPLE,
            "(주)한빛소프트웨어",
            approvalPassword="1234",
            approvalPasswordConfirm="1234",
        )
    )["errors"][0]["message"]
    assert message == "* 숫자 6글자"


async def test_required_company_fields_are_checked(stack: Stack) -> None:
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    payload = await register(
        stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어",
        company=COMPANY | {"mainProduct": ""},
    )  # fmt: skip
    assert payload["errors"][0]["code"] == "REQUIRED_FIELD"
    assert payload["errors"][0]["field"] == ["input", "company", "mainProduct"]
    assert payload["errors"][0]["message"] == "*은 필수 입력 항목입니다."


RESUME = """
query ($id: ID!) {
  kotraCompanyRegistration(id: $id) { step scanRequired knownCompany { name } } }"""


async def test_a_registration_is_resumed_only_by_its_member(stack: Stack) -> None:
    token = await signed_up(stack)
    flow_id = (await start(stack, token, seed.KOTRA_NUMBER))["registration"]["id"]
    mine = await data(stack, RESUME, {"id": flow_id}, **bearer(token))
    assert mine["kotraCompanyRegistration"] == {
        "step": "CERTIFY",
        "scanRequired": False,
        "knownCompany": {"name": "대한무역투자진흥공사"},
    }
    other = await data(stack, RESUME, {"id": flow_id}, **bearer(await log_in(stack)))
    assert other["kotraCompanyRegistration"] is None
