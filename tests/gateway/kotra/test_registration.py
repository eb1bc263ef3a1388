"""기업정보 등록 by a general member: registered → 존재하는 기업회원; closed or suspended at the
NTS → 폐업; KOTRA's directory → its data; unknown → a new company with the 사업자등록증 scan;
then 기업인증, the company password and the 6-digit approval password."""

from __future__ import annotations

from typing import Any

from mocks.kotra import seed
from mocks.nts.seed import CLOSED_EXAMPLE, CORPORATION_EXAMPLE, SUSPENDED_EXAMPLE
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import (
    TERMS,
    VIEWER_MEMBER,
    advance_clock,
    bearer,
    company_certificate,
    company_login,
    data,
    log_in,
    proof,
    signed_up,
    upload,
)

START = """
mutation ($input: KotraCompanyRegistrationStartInput!) {
  kotraCompanyRegistrationStart(input: $input) {
    registration { id step scanRequired message knownCompany { name nameEn representative } }
    errors { code field message } } }"""
REGISTER = """
mutation ($input: KotraCompanyRegisterInput!) {
  kotraCompanyRegister(input: $input) {
    company { businessNumber name registered employeeTotal } message
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
    "companyClass": "중소기업",
    "tradeKind": "제조",
    "mainProduct": "소프트웨어",
    "phone": "02-555-0101",
    "email": "contact@hanbit.example.com",
}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)
SCAN = ("사업자등록증.png", PNG, "image/png")


async def start(stack: Stack, token: str, number: str) -> dict[str, Any]:
    variables = {"input": {"terms": TERMS, "businessNumber": number}}
    payload = await data(stack, START, variables, **bearer(token))
    found: dict[str, Any] = payload["kotraCompanyRegistrationStart"]
    return found


async def register(
    stack: Stack,
    token: str,
    flow_id: str,
    number: str,
    name: str,
    file: tuple[str, bytes, str] | None = SCAN,
    **changes: Any,
) -> dict[str, Any]:
    """기업정보 등록 STEP3; ``file`` (the scan) goes as a GraphQL multipart upload."""
    issued = await company_certificate(stack, number, name)
    given = {
        "id": flow_id,
        "proof": await proof(stack, issued),
        "loginPassword": "Hanbit-company-1!",
        "loginPasswordConfirm": "Hanbit-company-1!",
        "approvalPassword": "246810",
        "approvalPasswordConfirm": "246810",
        "company": COMPANY,
        "scan": None,
    } | changes
    if file is None:
        payload = await data(stack, REGISTER, {"input": given}, **bearer(token))
    else:
        variables = {"input": given}
        payload = await upload(stack, REGISTER, variables, "input.scan", file, **bearer(token))
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
        stack, token, registration["id"], seed.KOTRA_NUMBER, "대한무역투자진흥공사", file=None
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
        stack, token, registration["id"], CORPORATION_EXAMPLE, "(주)한빛소프트웨어", file=None
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
    assert payload["message"] == "기업정보 등록이 완료되었습니다."
    assert payload["company"]["employeeTotal"] == 1
    viewer = await data(stack, VIEWER_MEMBER, **bearer(token))
    member = viewer["viewer"]["kotraMember"]
    assert (member["memberClass"], member["affiliation"]) == ("GENERAL_CERTIFICATE", "CERTIFICATE")
    assert member["company"]["businessNumber"] == CORPORATION_EXAMPLE
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
    # given a new company's registration
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    # when any field the form stars (*) is left empty
    starred = (
        "name", "nameEn", "representative", "representativeEn", "companyType", "companyClass",
        "tradeKind", "mainProduct", "phone", "email",
    )  # fmt: skip
    for name in starred:
        payload = await register(
            stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어",
            company=COMPANY | {name: ""},
        )  # fmt: skip
        # then the manual's message names that field
        assert payload["errors"] == [
            {
                "code": "REQUIRED_FIELD",
                "field": ["input", "company", name],
                "message": "*은 필수 입력 항목입니다.",
            }
        ], name


async def test_company_class_is_required_only_of_a_new_company(stack: Stack) -> None:
    # KOTRA's directory company (its form has no 기업분류*) registers without it
    token = await signed_up(stack)
    flow_id = (await start(stack, token, seed.KOTRA_NUMBER))["registration"]["id"]
    done = await register(
        stack, token, flow_id, seed.KOTRA_NUMBER, "대한무역투자진흥공사", None,
        company=COMPANY | {"companyClass": ""},
    )  # fmt: skip
    assert done["errors"] == []


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


async def registration_calls(stack: Stack) -> int:
    calls = (await stack.mocks["kotra"].get("/__admin/calls")).json()["calls"]
    return sum(n for k, n in calls.items() if k.startswith("POST /company-registrations/"))


async def test_the_scan_is_a_multipart_upload_checked_by_content(stack: Stack) -> None:
    # given a new company's registration and a scan of each accepted type, signed with another
    # company's certificate (so that the agency answers after taking the scan)
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    other = await company_certificate(stack, "2148602348", "(주)서울물류")
    scans = [
        ("사업자등록증.pdf", b"%PDF-1.4\n1 0 obj\n", "application/pdf"),
        ("사업자등록증.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20), "image/jpeg"),
        ("사업자등록증.jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(20), "image/jpeg"),
        ("사업자등록증.png", PNG, "image/png"),
        ("사업자등록증.tif", b"II*\x00" + bytes(20), "image/tiff"),
        ("사업자등록증.tiff", b"MM\x00*" + bytes(20), "image/tiff"),
    ]
    for scan in scans:
        # when it is uploaded
        payload = await register(
            stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어", scan,
            proof=await proof(stack, other),
        )  # fmt: skip
        # then the scan passes the gateway's and the agency's checks: only the certificate fails
        assert payload["errors"][0]["code"] == "CERTIFICATE_REJECTED", scan[0]
    assert await registration_calls(stack) == len(scans)


async def test_an_oversized_scan_is_refused_before_kotra(stack: Stack) -> None:
    # given a PNG scan one byte over 5 MB
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    big = PNG + bytes(5 * 1024 * 1024 + 1 - len(PNG))
    # when it is uploaded
    payload = await register(
        stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어",
        ("사업자등록증.png", big, "image/png"),
    )  # fmt: skip
    # then the gateway refuses it with a typed error and KOTRA is never called
    assert payload["errors"] == [
        {
            "code": "SCAN_TOO_LARGE",
            "field": ["input", "scan"],
            "message": "사업자등록증 스캔본 파일은 5MB 이하로 첨부해 주십시오.",
        }
    ]
    assert await registration_calls(stack) == 0


async def test_a_disguised_scan_is_refused(stack: Stack) -> None:
    # given files whose name and declared type say "scan" but whose content does not agree
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    disguised = [
        ("사업자등록증.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("사업자등록증.pdf", b"MZ\x90\x00" + bytes(60), "application/pdf"),
        ("사업자등록증.png", b"%PDF-1.4\n1 0 obj\n", "image/png"),
        ("사업자등록증.gif", b"GIF89a" + bytes(20), "image/gif"),
    ]
    for scan in disguised:
        # when it is uploaded
        payload = await register(
            stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어", scan
        )
        # then it is refused by its content, before KOTRA
        assert payload["errors"][0]["code"] == "SCAN_TYPE_NOT_ALLOWED", scan
        assert payload["errors"][0]["field"] == ["input", "scan"]
        assert payload["errors"][0]["message"] == (
            "사업자등록증 스캔본은 PDF, JPG, PNG, TIF 파일만 첨부할 수 있습니다."
        )
    assert await registration_calls(stack) == 0


async def test_a_scan_given_as_json_text_is_not_a_file(stack: Stack) -> None:
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    payload = await register(
        stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어", None,
        scan="JVBERi0xLjQK",
    )  # fmt: skip
    assert payload["errors"][0]["code"] == "SCAN_REQUIRED"
    assert payload["errors"][0]["field"] == ["input", "scan"]


async def test_registration_starts_with_the_required_terms(stack: Stack) -> None:
    # STEP1 약관동의 comes before the number is even looked up
    token = await signed_up(stack)
    for refused in ({"termsOfUse": False}, {"privacyRequired": False}):
        variables = {"input": {"terms": TERMS | refused, "businessNumber": CORPORATION_EXAMPLE}}
        payload = (await data(stack, START, variables, **bearer(token)))[
            "kotraCompanyRegistrationStart"
        ]
        assert payload["registration"] is None
        assert payload["errors"] == [
            {
                "code": "TERMS_REQUIRED",
                "field": ["input", "terms"],
                "message": "필수항목에 대한 개인정보 수집·이용에 동의하십니까?",
            }
        ], refused


async def test_a_registration_expires_after_thirty_minutes(stack: Stack) -> None:
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    await advance_clock(stack, 31 / (24 * 60))
    # the member's own login has an hour; the registration flow only half of it
    payload = await register(stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어")
    assert payload["errors"][0]["code"] == "FLOW_EXPIRED"


async def test_a_company_password_has_no_upper_limit_of_thirty(stack: Stack) -> None:
    # the company password is "9자 이상" (9 or more), unlike a member's 9–30
    token = await signed_up(stack)
    flow_id = (await start(stack, token, CORPORATION_EXAMPLE))["registration"]["id"]
    long = "Hanbit-company-1!" * 3
    assert len(long) > 30
    payload = await register(
        stack, token, flow_id, CORPORATION_EXAMPLE, "(주)한빛소프트웨어",
        loginPassword=long, loginPasswordConfirm=long + "x",
    )  # fmt: skip
    assert payload["errors"][0]["code"] == "PASSWORD_MISMATCH"
