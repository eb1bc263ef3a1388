"""기업정보 관리: the company admin's login (number + password, or the certificate), 소속직원
관리 as a connection, 관계 해지, and edits only after a fresh 기업인증."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    COMPANY_LOGIN,
    VIEWER_MEMBER,
    advance_clock,
    bearer,
    company_certificate,
    company_login,
    data,
    log_in,
    proof,
    signed_up,
)

EMPLOYEES = """
query ($first: Int, $after: String) { viewer { kotraEmployees(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { memberId name loginId affiliation affiliatedAt } } } } }"""
REMOVE = """
mutation ($input: KotraEmployeeRemoveInput!) {
  kotraEmployeeRemove(input: $input) { removedMemberId errors { code } } }"""
CERTIFY = """
mutation ($input: KotraCompanyCertifyInput!) {
  kotraCompanyCertify(input: $input) { certifiedUntil errors { code } } }"""
UPDATE = """
mutation ($input: KotraCompanyUpdateInput!) {
  kotraCompanyUpdate(input: $input) { company { name homepage } errors { code message } } }"""
CHANGE = """
mutation ($input: KotraApprovalPasswordChangeInput!) {
  kotraApprovalPasswordChange(input: $input) {
    changedAt employeesKept errors { code message } } }"""
AFFILIATE = """
mutation ($input: KotraAffiliationInput!) {
  kotraAffiliationRegister(input: $input) { member { memberClass } errors { code } } }"""
EDS_FORM = {
    "name": "(주)한국이디에스",
    "nameEn": "Korea Enterprise Data System Co.,Ltd.",
    "representative": "김형원",
    "representativeEn": "kimhw",
    "companyType": "법인",
    "tradeKind": "기타",
    "mainProduct": "소프트웨어",
    "phone": "02-3473-6973",
    "email": "contact@eds.example.com",
    "homepage": "www.eds.example.com",
}
CERTIFICATION_MESSAGE = "반드시 기업인증절차를 거친 후 기업정보 수정 가능"


async def certify(stack: Stack, token: str) -> dict[str, Any]:
    issued = await company_certificate(stack, seed.EDS_NUMBER, "(주)한국이디에스")
    variables = {"input": {"proof": await proof(stack, issued)}}
    payload: dict[str, Any] = (await data(stack, CERTIFY, variables, **bearer(token)))[
        "kotraCompanyCertify"
    ]
    return payload


async def test_company_admin_logs_in_with_number_and_password(stack: Stack) -> None:
    variables = {"input": {"businessNumber": "663-85-01035", "password": seed.EDS_COMPANY_PASSWORD}}
    payload = (await data(stack, COMPANY_LOGIN, variables))["kotraCompanyLogin"]
    assert payload["errors"] == []
    assert payload["company"] == {
        "businessNumber": seed.EDS_NUMBER,
        "name": "(주)한국이디에스",
        "employeeTotal": 2,
        "registered": True,
    }


async def test_company_login_with_a_wrong_password_is_refused(stack: Stack) -> None:
    variables = {"input": {"businessNumber": seed.EDS_NUMBER, "password": "Wrong-pass-1!"}}
    payload = (await data(stack, COMPANY_LOGIN, variables))["kotraCompanyLogin"]
    assert payload["errors"][0]["code"] == "LOGIN_FAILED"


async def test_company_admin_logs_in_with_the_corporate_certificate(stack: Stack) -> None:
    issued = await company_certificate(stack, seed.EDS_NUMBER, "(주)한국이디에스")
    variables = {"input": {"businessNumber": seed.EDS_NUMBER, "proof": await proof(stack, issued)}}
    payload = (await data(stack, COMPANY_LOGIN, variables))["kotraCompanyLogin"]
    assert payload["errors"] == []
    # the certificate login counts as 기업인증: an edit is allowed at once
    update = await data(
        stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(payload["sessionToken"])
    )
    assert update["kotraCompanyUpdate"]["company"]["homepage"] == "www.eds.example.com"


async def test_employees_are_listed_a_page_at_a_time(stack: Stack) -> None:
    token = await company_login(stack)
    first = (await data(stack, EMPLOYEES, {"first": 1}, **bearer(token)))["viewer"]
    page = first["kotraEmployees"]
    assert page["totalCount"] == 2
    assert page["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["loginId"] for e in page["edges"]] == [seed.HONG_LOGIN_ID]
    after = page["pageInfo"]["endCursor"]
    second = await data(stack, EMPLOYEES, {"first": 1, "after": after}, **bearer(token))
    rest = second["viewer"]["kotraEmployees"]
    assert [e["node"]["loginId"] for e in rest["edges"]] == [seed.EDS_STAFF_LOGIN_ID]
    assert rest["edges"][0]["node"]["affiliation"] == "APPROVAL_PASSWORD"
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_removing_an_employee_ends_the_relation(stack: Stack) -> None:
    token = await company_login(stack)
    page = (await data(stack, EMPLOYEES, {"first": 10}, **bearer(token)))["viewer"]
    staff = page["kotraEmployees"]["edges"][1]["node"]["memberId"]
    removed = await data(stack, REMOVE, {"input": {"memberId": staff}}, **bearer(token))
    assert removed["kotraEmployeeRemove"]["removedMemberId"] == staff
    member_token = await log_in(stack, seed.EDS_STAFF_LOGIN_ID)
    member = (await data(stack, VIEWER_MEMBER, **bearer(member_token)))["viewer"]["kotraMember"]
    assert (member["memberClass"], member["company"]) == ("GENERAL", None)
    again = await data(stack, REMOVE, {"input": {"memberId": staff}}, **bearer(token))
    assert again["kotraEmployeeRemove"]["errors"][0]["code"] == "NOT_AN_EMPLOYEE"


async def test_a_member_login_is_not_a_company_login(stack: Stack) -> None:
    token = await log_in(stack)
    page = (await data(stack, EMPLOYEES, {"first": 10}, **bearer(token)))["viewer"]
    assert page["kotraEmployees"] is None
    update = await data(stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(token))
    assert update["kotraCompanyUpdate"]["errors"][0]["code"] == "NOT_LOGGED_IN"


async def test_company_information_edit_needs_a_fresh_certificate_authentication(
    stack: Stack,
) -> None:
    # given the admin logged in with the password
    token = await company_login(stack)
    # when editing without 기업인증
    refused = await data(stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(token))
    # then the manual's rule is quoted
    assert refused["kotraCompanyUpdate"]["errors"][0] == {
        "code": "CERTIFICATION_REQUIRED",
        "message": CERTIFICATION_MESSAGE,
    }
    # and after 기업인증 the edit is taken, until the authentication grows stale
    assert (await certify(stack, token))["errors"] == []
    done = await data(stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(token))
    assert done["kotraCompanyUpdate"]["company"]["homepage"] == "www.eds.example.com"
    await advance_clock(stack, 11 / (24 * 60))
    stale = await data(stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(token))
    assert stale["kotraCompanyUpdate"]["errors"][0]["code"] == "CERTIFICATION_REQUIRED"


async def test_approval_password_change_keeps_employees_and_takes_effect(stack: Stack) -> None:
    token = await company_login(stack)
    change = {"approvalPassword": "112233", "approvalPasswordConfirm": "112233"}
    refused = await data(stack, CHANGE, {"input": change}, **bearer(token))
    assert refused["kotraApprovalPasswordChange"]["errors"][0]["code"] == "CERTIFICATION_REQUIRED"
    await certify(stack, token)
    done = await data(stack, CHANGE, {"input": change}, **bearer(token))
    assert done["kotraApprovalPasswordChange"]["employeesKept"] == 2
    # a new member joins with the new password; the old one no longer works
    member = await signed_up(stack)
    old = {"businessNumber": seed.EDS_NUMBER, "approvalPassword": seed.EDS_APPROVAL_PASSWORD}
    failed = await data(stack, AFFILIATE, {"input": old}, **bearer(member))
    assert failed["kotraAffiliationRegister"]["errors"][0]["code"] == "WRONG_APPROVAL_PASSWORD"
    new = old | {"approvalPassword": "112233"}
    joined = await data(stack, AFFILIATE, {"input": new}, **bearer(member))
    assert joined["kotraAffiliationRegister"]["errors"] == []


async def test_existing_employees_stay_after_the_approval_password_changes(stack: Stack) -> None:
    # given the admin changed the approval password after 기업인증
    token = await company_login(stack)
    await certify(stack, token)
    change = {"approvalPassword": "778899", "approvalPasswordConfirm": "778899"}
    done = await data(stack, CHANGE, {"input": change}, **bearer(token))
    assert done["kotraApprovalPasswordChange"]["errors"] == []
    # then the member who joined with the old password is still its employee, as before
    staff = await log_in(stack, seed.EDS_STAFF_LOGIN_ID)
    member = (await data(stack, VIEWER_MEMBER, **bearer(staff)))["viewer"]["kotraMember"]
    assert (member["memberClass"], member["company"]["businessNumber"]) == (
        "GENERAL_APPROVAL_PASSWORD",
        seed.EDS_NUMBER,
    )
    page = (await data(stack, EMPLOYEES, {"first": 10}, **bearer(token)))["viewer"]
    assert [e["node"]["loginId"] for e in page["kotraEmployees"]["edges"]] == [
        seed.HONG_LOGIN_ID,
        seed.EDS_STAFF_LOGIN_ID,
    ]


async def test_another_companys_certificate_is_no_company_authentication(stack: Stack) -> None:
    # given the admin logged in with the password
    token = await company_login(stack)
    # when 기업인증 is tried with another company's certificate
    other = await company_certificate(stack, "2208100016", "(주)한빛소프트웨어")
    variables = {"input": {"proof": await proof(stack, other)}}
    refused = await data(stack, CERTIFY, variables, **bearer(token))
    # then it is refused and editing stays closed
    assert refused["kotraCompanyCertify"]["errors"][0]["code"] == "CERTIFICATE_REJECTED"
    update = await data(stack, UPDATE, {"input": {"company": EDS_FORM}}, **bearer(token))
    assert update["kotraCompanyUpdate"]["errors"][0]["code"] == "CERTIFICATION_REQUIRED"


async def test_a_company_not_yet_registered_has_no_company_login(stack: Stack) -> None:
    # 대한무역투자진흥공사 is in KOTRA's directory but its 기업정보 was never registered
    variables = {"input": {"businessNumber": seed.KOTRA_NUMBER, "password": "Anything-1234!"}}
    payload = (await data(stack, COMPANY_LOGIN, variables))["kotraCompanyLogin"]
    assert (payload["sessionToken"], payload["errors"][0]["code"]) == (None, "LOGIN_FAILED")
