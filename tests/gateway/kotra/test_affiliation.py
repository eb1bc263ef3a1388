"""소속기업 등록: the company looked up by number (autofill), then proved by its 승인 비밀번호 or
its corporate 범용인증서 — only the kinds the manual lists."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    MEMBER_FIELDS,
    bearer,
    company_certificate,
    data,
    log_in,
    proof,
    signed_up,
)

LOOKUP = """
query ($number: BusinessNumber!) {
  kotraCompany(businessNumber: $number) {
    businessNumber name representative address addressEn phone fax registered } }"""
AFFILIATE = f"""
mutation ($input: KotraAffiliationInput!) {{
  kotraAffiliationRegister(input: $input) {{ member {{ {MEMBER_FIELDS} }}
    errors {{ code field message }} }} }}"""


async def affiliate(stack: Stack, token: str, **given: Any) -> dict[str, Any]:
    variables = {"input": {"businessNumber": seed.EDS_NUMBER} | given}
    payload = await data(stack, AFFILIATE, variables, **bearer(token))
    found: dict[str, Any] = payload["kotraAffiliationRegister"]
    return found


async def test_lookup_fills_in_the_registered_company(stack: Stack) -> None:
    found = (await data(stack, LOOKUP, {"number": "663-85-01035"}))["kotraCompany"]
    assert found == {
        "businessNumber": "6638501035",
        "name": "(주)한국이디에스",
        "representative": "김형원",
        "address": "서울 서초구 서초중앙로 149-5",
        "addressEn": "149-5 Seochojungang-ro, Seocho-gu, Seoul",
        "phone": "02-3473-6973",
        "fax": "",
        "registered": True,
    }


async def test_lookup_of_an_unregistered_company_is_null(stack: Stack) -> None:
    # KOTRA's directory knows 1208200275, but it has not registered in the integrated membership
    assert (await data(stack, LOOKUP, {"number": seed.KOTRA_NUMBER}))["kotraCompany"] is None


async def test_approval_password_affiliates_at_once(stack: Stack) -> None:
    token = await signed_up(stack)
    payload = await affiliate(stack, token, approvalPassword=seed.EDS_APPROVAL_PASSWORD)
    assert payload["errors"] == []
    assert payload["member"]["memberClass"] == "GENERAL_APPROVAL_PASSWORD"
    assert payload["member"]["company"]["name"] == "(주)한국이디에스"


async def test_a_wrong_approval_password_is_refused(stack: Stack) -> None:
    token = await signed_up(stack)
    payload = await affiliate(stack, token, approvalPassword="000000")
    assert payload["member"] is None
    assert payload["errors"][0]["code"] == "WRONG_APPROVAL_PASSWORD"
    assert payload["errors"][0]["field"] == ["input", "approvalPassword"]


async def test_the_company_certificate_affiliates_with_every_service(stack: Stack) -> None:
    token = await signed_up(stack)
    issued = await company_certificate(stack, seed.EDS_NUMBER, "(주)한국이디에스")
    payload = await affiliate(stack, token, proof=await proof(stack, issued))
    assert payload["errors"] == []
    member = payload["member"]
    assert (member["memberClass"], member["affiliation"]) == ("GENERAL_CERTIFICATE", "CERTIFICATE")
    assert "MILEAGE_AND_COMPANY_EDIT" in member["services"]


async def test_a_listed_limited_use_corporate_certificate_is_accepted(stack: Stack) -> None:
    # 정보인증전자세금용(법인) is on the manual's list
    token = await signed_up(stack)
    issued = await company_certificate(
        stack, seed.EDS_NUMBER, "(주)한국이디에스", ca="kica", kind="e-tax-invoice"
    )
    payload = await affiliate(stack, token, proof=await proof(stack, issued))
    assert payload["errors"] == []


async def test_a_personal_certificate_is_not_a_company_certificate(stack: Stack) -> None:
    token = await signed_up(stack)
    issued = await company_certificate(stack, "7809052123450", "김영희", kind="personal")
    payload = await affiliate(stack, token, proof=await proof(stack, issued))
    assert payload["errors"][0]["code"] == "CERTIFICATE_KIND_NOT_ACCEPTED"


async def test_another_companys_certificate_is_refused(stack: Stack) -> None:
    token = await signed_up(stack)
    issued = await company_certificate(stack, "2208100016", "(주)한빛소프트웨어")
    payload = await affiliate(stack, token, proof=await proof(stack, issued))
    assert payload["errors"][0]["code"] == "CERTIFICATE_REJECTED"


async def test_an_affiliated_member_cannot_affiliate_again(stack: Stack) -> None:
    token = await log_in(stack)
    payload = await affiliate(stack, token, approvalPassword=seed.EDS_APPROVAL_PASSWORD)
    assert payload["errors"][0]["code"] == "ALREADY_AFFILIATED"


async def test_an_unregistered_company_cannot_be_joined(stack: Stack) -> None:
    token = await signed_up(stack)
    payload = await affiliate(
        stack, token, businessNumber=seed.KOTRA_NUMBER, approvalPassword="123456"
    )
    assert payload["errors"][0]["code"] == "COMPANY_NOT_FOUND"
    assert payload["errors"][0]["message"] == (
        "조회가 되지 않는 사업자는 아래의 신규 기업정보 등록을 이용해주시십시오."
    )
