"""Rules across flows: only general members register companies, flows expire on the mock clock,
and an unreachable KOTRA is a GraphQL error, not a payload error."""

from __future__ import annotations

from mocks.identity import people
from mocks.nts.seed import CORPORATION_EXAMPLE
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    TERMS,
    advance_clock,
    bearer,
    complete,
    data,
    verified_signup,
)

START = """
mutation ($input: KotraCompanyRegistrationStartInput!) {
  kotraCompanyRegistrationStart(input: $input) { registration { id } errors { code message } } }"""
SIMPLE_SIGNUP = """
mutation ($input: KotraSimpleSignupInput!) {
  kotraSimpleSignup(input: $input) { member { memberClass } errors { code } } }"""
SIMPLE_LOGIN = """
mutation ($input: KotraSnsInput!) { kotraSimpleLogin(input: $input) { sessionToken } }"""
HS = '{ kotraHsCodes(search: "01") { totalCount } }'


async def sns_code(stack: Stack) -> str:
    response = await stack.identity.post(
        "/sns/naver/authorize",
        json={"site_code": "kotra", "login_id": "jimin.han", "password": people.SEED_PASSWORD},
    )
    code: str = response.json()["code"]
    return code


async def test_a_simple_member_cannot_register_a_company(stack: Stack) -> None:
    # given a logged-in simple member
    signup = {"provider": "NAVER", "code": await sns_code(stack), "terms": TERMS}
    await data(stack, SIMPLE_SIGNUP, {"input": signup})
    login = {"input": {"provider": "NAVER", "code": await sns_code(stack)}}
    token = (await data(stack, SIMPLE_LOGIN, login))["kotraSimpleLogin"]["sessionToken"]
    # when registering a company
    variables = {"input": {"terms": TERMS, "businessNumber": CORPORATION_EXAMPLE}}
    payload = await data(stack, START, variables, **bearer(token))
    # then the manual's rule: join as a general member first
    error = payload["kotraCompanyRegistrationStart"]["errors"][0]
    assert error == {
        "code": "GENERAL_MEMBER_REQUIRED",
        "message": "※ 기업등록요청을 위해서는 반드시 개인 회원가입을 해 주십시오.",
    }


async def test_a_signup_expires_after_thirty_minutes(stack: Stack) -> None:
    flow_id = await verified_signup(stack)
    await advance_clock(stack, 31 / (24 * 60))
    completed = await complete(stack, flow_id)
    assert completed["errors"][0]["code"] == "FLOW_EXPIRED"


async def test_an_unreachable_kotra_is_agency_unavailable(stack: Stack) -> None:
    await stack.mocks["kotra"].post("/__admin/faults", json={"outage": True})
    result = await stack.gateway.execute(HS)
    assert result["data"] is None
    assert result["errors"][0]["extensions"]["code"] == "AGENCY_UNAVAILABLE"
    assert result["errors"][0]["extensions"]["agency"] == "kotra"


AFFILIATE = """
mutation ($input: KotraAffiliationInput!) {
  kotraAffiliationRegister(input: $input) { member { memberClass } errors { code } } }"""


async def test_a_simple_member_cannot_affiliate_with_a_company(stack: Stack) -> None:
    signup = {"provider": "NAVER", "code": await sns_code(stack), "terms": TERMS}
    await data(stack, SIMPLE_SIGNUP, {"input": signup})
    login = {"input": {"provider": "NAVER", "code": await sns_code(stack)}}
    token = (await data(stack, SIMPLE_LOGIN, login))["kotraSimpleLogin"]["sessionToken"]
    variables = {"input": {"businessNumber": "6638501035", "approvalPassword": "347369"}}
    payload = await data(stack, AFFILIATE, variables, **bearer(token))
    assert payload["kotraAffiliationRegister"]["errors"][0]["code"] == "GENERAL_MEMBER_REQUIRED"
