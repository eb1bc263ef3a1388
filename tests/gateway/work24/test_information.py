"""work24SignupAgreeTerms and work24SignupComplete (02 약관 동의, 03 정보 입력 → 04 가입 완료):
the terms, the company autofilled from the NTS, the industry search, the contact rules, the
consents and 고용 멤버십, and the 가입 완료 summary."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AGREE,
    CONSENTS,
    HANBIT,
    INFORMATION,
    REQUIRED_TERMS,
    at_information,
    authenticate,
    certificate,
    complete,
    issue,
    run,
    start,
)

INDUSTRIES = "query Search($q: String!) { work24Industries(keyword: $q) { code name } }"
MEMBER_CONTACT = """query($n: BusinessNumber!) { business(registrationNumber: $n) {
  work24 { contact { name landline mobileMasked emailMasked }
           consents { smsCivilAffairs smsPromotions emailNews electronicNoticeEmail } } } }"""


async def test_every_required_term_must_be_agreed(stack: Stack) -> None:
    # given a sign-up at 약관 동의, listing its terms
    signup = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    cert = await certificate(stack, issued, HANBIT["number"])
    at_terms = (await authenticate(stack, signup["id"], HANBIT, cert))["signup"]
    required = [t["code"] for t in at_terms["terms"] if t["required"]]
    assert required == REQUIRED_TERMS
    # when one required term is left out
    given = {"id": signup["id"], "agreed": required[:-1]}
    payload = await run(stack, AGREE, "work24SignupAgreeTerms", given)
    # then refused, still at the terms
    assert [e["code"] for e in payload["errors"]] == ["TERMS_REQUIRED"]
    assert payload["signup"]["step"] == "TERMS"


async def test_the_company_is_autofilled_from_the_nts_registry(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    registry = await stack.nts.post(
        "/api/nts-businessman/v1/registry?serviceKey=test-service-key",
        json={"b_no": [HANBIT["number"]]},
    )
    row = registry.json()["data"][0]
    company = signup["company"]
    assert company["companyName"] == row["b_nm"]
    assert company["address"] == row["b_adr"]
    assert company["representativeName"] == row["p_nm"]
    assert company["openedOn"] == HANBIT["opened"]
    assert company["businessPhone"] == row["b_tel"]
    assert company["industry"]["code"] == row["industry_code"]
    assert signup["next"]["inputFields"] == [
        "industryCode",
        "contact",
        "consents",
        "employmentMembership",
    ]


async def test_industry_search_finds_by_name(stack: Stack) -> None:
    result = await stack.gateway.execute(INDUSTRIES, {"q": "인문 및 사회과학"})
    assert result["data"]["work24Industries"] == [
        {"code": "731209", "name": "기타 인문 및 사회과학 연구개발업"}
    ]


async def test_the_industry_is_chosen_from_the_search(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    missing = await complete(stack, signup["id"], industryCode="")
    unknown = await complete(stack, signup["id"], industryCode="999999")
    assert [e["code"] for e in missing["errors"]] == ["INDUSTRY_REQUIRED"]
    assert [e["code"] for e in unknown["errors"]] == ["UNKNOWN_INDUSTRY"]
    chosen = await complete(stack, signup["id"], industryCode="731209")
    assert chosen["errors"] == []
    rows = {r["label"]: r["value"] for r in chosen["signup"]["summary"]}
    assert rows["업종"] == "기타 인문 및 사회과학 연구개발업"


CONTACT_RULES = [
    # (contact, consents changes, code, message)
    ({"name": ""}, {}, "CONTACT_NAME_REQUIRED", "담당자 성명을 입력해 주세요."),
    (
        {"name": "김담당", "email": "hr@hanbit.example"},
        {"smsCivilAffairs": False},
        "CONTACT_PHONE_REQUIRED",
        "기업 대표 담당자 연락처 필수 입력 - 일반 전화번호와 휴대폰번호 중 택1",
    ),
    (
        {"name": "김담당", "landline": "02-555-0101", "email": "hr@hanbit.example"},
        {"smsCivilAffairs": True},
        "MOBILE_REQUIRED",
        "서비스 희망 시 휴대전화 번호를 입력 하십시오.",
    ),
    (
        {"name": "김담당", "landline": "02-555-0101", "email": "hr@hanbit.example"},
        {"smsCivilAffairs": False, "smsPromotions": True},
        "MOBILE_REQUIRED",
        "서비스 희망 시 휴대전화 번호를 입력 하십시오.",
    ),
    (
        {"name": "김담당", "mobile": "010-2222-3333"},
        {"emailNews": True, "electronicNoticeEmail": False},
        "EMAIL_REQUIRED",
        "서비스 희망 시 이메일 주소를 입력 하십시오.",
    ),
    (
        {"name": "김담당", "mobile": "010-2222-3333"},
        {"electronicNoticeEmail": True},
        "EMAIL_REQUIRED",
        "서비스 희망 시 이메일 주소를 입력 하십시오.",
    ),
]


@pytest.mark.parametrize(("contact", "consents", "code", "message"), CONTACT_RULES)
async def test_contact_rules(
    stack: Stack, contact: dict[str, Any], consents: dict[str, bool], code: str, message: str
) -> None:
    signup, _ = await at_information(stack, HANBIT)
    payload = await complete(
        stack, signup["id"], contact=contact, consents={**CONSENTS, **consents}
    )
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [(code, message)]
    assert payload["signup"]["step"] == "INFORMATION"


async def test_a_landline_in_the_mobile_field_does_not_receive_sms(stack: Stack) -> None:
    # given SMS/알림톡 수신함, whose notices need a 휴대전화 (seed §1.3.7.2 ②)
    signup, _ = await at_information(stack, HANBIT)
    # when the 휴대전화 field holds a landline number
    payload = await complete(
        stack,
        signup["id"],
        contact={"name": "김담당", "mobile": "02-555-0101", "email": "hr@hanbit.example"},
        consents={**CONSENTS, "smsCivilAffairs": True},
    )
    # then refused, still at 정보 입력
    assert [e["code"] for e in payload["errors"]] == ["INVALID_PHONE"]
    assert payload["signup"]["step"] == "INFORMATION"


async def test_a_malformed_email_is_refused(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    contact = {"name": "김담당", "mobile": "010-2222-3333", "email": "hr@hanbit"}
    payload = await complete(stack, signup["id"], contact=contact)
    assert [e["code"] for e in payload["errors"]] == ["INVALID_EMAIL"]
    assert payload["signup"]["step"] == "INFORMATION"


async def test_a_landline_alone_is_enough_without_sms_or_email_consents(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    no_notices = dict.fromkeys(CONSENTS, False)
    payload = await complete(
        stack,
        signup["id"],
        contact={"name": "김담당", "landline": "02-555-0101"},
        consents=no_notices,
    )
    assert payload["errors"] == []
    rows = {r["label"]: r["value"] for r in payload["signup"]["summary"]}
    assert rows["담당자 휴대전화"] == ""
    assert rows["SMS/알림톡 수신여부 (민원처리연락)"] == "수신하지 않음"


async def test_the_summary_shows_every_field_as_the_manual_does(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    payload = await complete(stack, signup["id"])
    rows = {r["label"]: r["value"] for r in payload["signup"]["summary"]}
    assert rows == {
        "사업자등록번호": "220-81-00016",
        "회사명": "(주)한빛소프트웨어",
        "회사 주소": "(06236) 서울 강남구 테헤란로 152",
        "회사 구분": "일반사업자",
        "대표자 성명": "이서준",
        "개업일": "2010-03-15",
        "업종": "소프트웨어 자문, 개발 및 공급업",
        "사업장 일반전화": "02-555-0101",
        "담당자 성명": INFORMATION["contact"]["name"],
        "담당자 일반전화": "02-555-0101",
        "담당자 휴대전화": "010-2222-3333",
        "담당자 이메일": "hr@hanbit.example",
        "SMS/알림톡 수신여부 (민원처리연락)": "수신함",
        "SMS/알림톡 수신여부 (홍보정보)": "수신하지 않음",
        "이메일 수신여부": "수신하지 않음",
        "전자통지 서비스 수신여부": "수신함",
        "고용멤버십 이용 동의": "동의함",
    }


async def test_firm_care_needs_the_employment_membership_consent(stack: Stack) -> None:
    # given a sign-up that declines 고용 멤버십
    signup, _ = await at_information(stack, HANBIT)
    payload = await complete(stack, signup["id"], employmentMembership=False)
    # then it joins, without 펌케어
    services = [s["code"] for s in payload["signup"]["member"]["services"]]
    assert "firm_care" not in services
    assert "employment_insurance" in services
    rows = {r["label"]: r["value"] for r in payload["signup"]["summary"]}
    assert rows["고용멤버십 이용 동의"] == "동의하지 않음"


async def test_a_member_shows_contact_numbers_partly_hidden(stack: Stack) -> None:
    signup, _ = await at_information(stack, HANBIT)
    await complete(stack, signup["id"])
    result = await stack.gateway.execute(MEMBER_CONTACT, {"n": HANBIT["number"]})
    member = result["data"]["business"]["work24"]
    assert member["contact"]["mobileMasked"] == "010-2222-****"
    assert member["contact"]["emailMasked"] == "h***@hanbit.example"
    assert member["consents"] == {
        "smsCivilAffairs": True,
        "smsPromotions": False,
        "emailNews": False,
        "electronicNoticeEmail": True,
    }
