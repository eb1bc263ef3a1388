"""The Work24 manual's (seed 000) own words and lists through the graph: the four steps by
name, what each member type may use, the owner check at login, the Korean messages quoted from
it (the gateway's and the mock's texts are the manual's, character for character), and one
membership per business even when two sign-ups race."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.i18n import Language
from gateway.messages.work24 import MDM_PENDING, WORK24_TEXTS, Work24ErrorCode
from mocks.work24 import messages as mock_messages
from tests.gateway.conftest import Stack
from tests.gateway.work24.support import (
    AGREE,
    CHEONGSOL,
    FINCERT_START,
    HANBIT,
    KOREA_EDS,
    LOGIN,
    REGISTER,
    REQUIRED_TERMS,
    at_information,
    authenticate,
    certificate,
    complete,
    issue,
    joined,
    run,
    start,
)

# Copied from the seed file, line by line; a quote spanning two lines of the manual is joined
# with " " (one sentence wrapped) or " - " (a heading and its bullet).
SEED_QUOTES = {
    # §1.3.3.1 ① ②
    "REPRESENTATIVE_REQUIRED": "대표자 성명을 입력해 주세요.",
    "OPENING_DATE_REQUIRED": "개업일을 입력해 주세요.",
    # §1.3.3.1 ③ and its bullet
    "KIND_NOT_ACCEPTED": (
        "회원 가입하려는 “사업자등록번호”로 발급 받은 공동인증서로 확인 - 5개 공동인증서 "
        "발급기관 (금융결제원, 한국증권전산, 한국정보인증, 한국전자인증, 한국무역정보통신) "
        "공동인증서 사용 가능"
    ),
    # §1.3.4.2 신원확인용 주민등록(사업자등록)번호
    "TYPED_NUMBER_FORMAT": (
        "인증서 소유자 확인을 위한 주민등록(사업자등록)번호를 입력하십시오. "
        "(공백이나 '-' 없이 숫자만 입력)"
    ),
    # §1.3.4.3 ① ②
    "NTS_MISMATCH": (
        "국세청에 등록된 사업자등록정보와 일치하지 않습니다. 대표자성명과 개업일을 "
        "재확인해주시기 바랍니다. 정보변경이 필요한 경우 국세청으로 문의하십시오."
    ),
    "OWNER_MISMATCH": (
        "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
        "확인 후 다시 입력해 주시기 바랍니다."
    ),
    # §1.3.7.2 ① ② and the SMS/알림톡 and e-mail consents
    "CONTACT_NAME_REQUIRED": "담당자 성명을 입력해 주세요.",
    "CONTACT_PHONE_REQUIRED": (
        "기업 대표 담당자 연락처 필수 입력 - 일반 전화번호와 휴대폰번호 중 택1"
    ),
    "MOBILE_REQUIRED": "서비스 희망 시 휴대전화 번호를 입력 하십시오.",
    "EMAIL_REQUIRED": "서비스 희망 시 이메일 주소를 입력 하십시오.",
    # §1.4.1 기업회원 로그인
    "CERTIFICATE_NOT_REGISTERED": (
        "등록된 인증서 정보가 없습니다. 인증서 등록 후 사용하시기 바랍니다."
    ),
}
MDM_QUOTE = (  # §1.3.4.3 MDM 고객정보 연동(생성) 오류
    "[기업회원 가입] 요청이 완료되었으나 [기업회원 고객정보 생성] 작업 지연으로 반영에 시간이 "
    "소요됩니다."
)

ALL_SERVICES = [
    # §1.3.1 기업회원 주요 서비스 안내
    ("civil_affairs", "민원진행현황 조회"),
    ("certificates", "증명서 발급"),
    ("benefits", "수혜 가능한 서비스 조회"),
    ("firm_care", "펌케어 서비스 추천"),
    # §1.4.1 기업회원 유형 (사무대행기관: 고용보험 업무; 대리인: 고용보험/직업훈련/외국인 업무)
    ("employment_insurance", "고용보험 업무"),
    ("vocational_training", "직업훈련 업무"),
    ("foreign_workers", "외국인 업무"),
    # the menu bar
    ("recruitment", "채용지원"),
    ("skills_development", "능력개발"),
    ("reports", "확인 및 신고"),
    ("subsidies", "기업지원금"),
]
PROXY_SERVICES = [ALL_SERVICES[4], ALL_SERVICES[5], ALL_SERVICES[6]]
SERVICES = """query($n: BusinessNumber!) { business(registrationNumber: $n) {
  work24 { memberType services { code name } } } }"""


def pairs(services: list[dict[str, str]]) -> list[tuple[str, str]]:
    return [(s["code"], s["name"]) for s in services]


@pytest.mark.parametrize("code", sorted(SEED_QUOTES))
def test_the_manuals_messages_are_quoted_exactly(code: str) -> None:
    gateway_text = WORK24_TEXTS[Work24ErrorCode[code]].in_(Language.KO)
    mock_text = mock_messages.MESSAGES[mock_messages.Work24ErrorCode[code]][0]
    assert gateway_text == SEED_QUOTES[code]
    assert mock_text == SEED_QUOTES[code]


def test_the_mdm_notice_is_quoted_exactly() -> None:
    assert MDM_PENDING.in_(Language.KO) == MDM_QUOTE
    assert mock_messages.MDM_PENDING_NOTICE == MDM_QUOTE


async def test_the_four_steps_go_by_the_manuals_names(stack: Stack) -> None:
    # given a sign-up through 01 가입 인증 → 02 약관 동의 → 03 정보 입력 → 04 가입 완료
    started = await start(stack, HANBIT)
    issued = await issue(stack, HANBIT["number"], HANBIT["name"])
    cert = await certificate(stack, issued, HANBIT["number"])
    authenticated = (await authenticate(stack, started["id"], HANBIT, cert))["signup"]
    agree = {"id": started["id"], "agreed": REQUIRED_TERMS}
    agreed = (await run(stack, AGREE, "work24SignupAgreeTerms", agree))["signup"]
    done = (await complete(stack, started["id"]))["signup"]
    # then each answer names its step as the manual does, and the mutation it needs next
    seen = [
        (s["step"], s["stepLabel"], (s["next"] or {}).get("mutation"))
        for s in (started, authenticated, agreed, done)
    ]
    assert seen == [
        ("AUTHENTICATION", "가입 인증", "work24SignupAuthenticate"),
        ("TERMS", "약관 동의", "work24SignupAgreeTerms"),
        ("INFORMATION", "정보 입력", "work24SignupComplete"),
        ("COMPLETED", "가입 완료", None),
    ]


async def test_a_general_business_may_use_every_service(stack: Stack) -> None:
    # given a 일반사업자 that agreed to 고용 멤버십
    await joined(stack, HANBIT)
    # then it may use 모든 업무
    result = await stack.gateway.execute(SERVICES, {"n": HANBIT["number"]})
    assert pairs(result["data"]["business"]["work24"]["services"]) == ALL_SERVICES


async def test_without_employment_membership_the_tailored_services_are_withheld(
    stack: Stack,
) -> None:
    # given a 일반사업자 that declined 고용 멤버십 (펌케어 등의 기업 맞춤서비스)
    signup, _ = await at_information(stack, HANBIT)
    await complete(stack, signup["id"], employmentMembership=False)
    # then 펌케어 and the tailored benefits service are not offered; everything else is
    result = await stack.gateway.execute(SERVICES, {"n": HANBIT["number"]})
    tailored = {"firm_care", "benefits"}
    expected = [s for s in ALL_SERVICES if s[0] not in tailored]
    assert pairs(result["data"]["business"]["work24"]["services"]) == expected


async def test_an_employment_insurance_agency_may_use_employment_insurance_only(
    stack: Stack,
) -> None:
    result = await stack.gateway.execute(SERVICES, {"n": CHEONGSOL["number"]})
    member = result["data"]["business"]["work24"]
    assert member["memberType"] == "AGENCY"
    assert pairs(member["services"]) == [("employment_insurance", "고용보험 업무")]


async def test_a_proxy_login_may_use_employment_insurance_training_and_foreign_workers(
    stack: Stack,
) -> None:
    _, issued = await joined(stack, HANBIT)
    given = {
        "memberType": "PROXY",
        "registrationNumber": HANBIT["number"],
        "certificate": await certificate(stack, issued, HANBIT["number"]),
    }
    payload = await run(stack, LOGIN, "work24Login", given)
    assert payload["login"]["loginTypeLabel"] == "대리인"
    assert pairs(payload["login"]["services"]) == PROXY_SERVICES


async def login_typing(stack: Stack, issued: dict[str, Any], typed: str) -> dict[str, Any]:
    given = {
        "memberType": "GENERAL",
        "registrationNumber": HANBIT["number"],
        "certificate": await certificate(stack, issued, typed),
    }
    return await run(stack, LOGIN, "work24Login", given)


async def test_login_checks_the_certificates_owner_with_the_typed_number(stack: Stack) -> None:
    # given a member with its certificate registered
    _, issued = await joined(stack, HANBIT)
    # when the number typed for the owner check has hyphens, or is another business's
    hyphens = await login_typing(stack, issued, "220-81-00016")
    other = await login_typing(stack, issued, "6638501035")
    # then the manual's messages, and no login
    assert (hyphens["login"], other["login"]) == (None, None)
    assert [(e["code"], e["message"]) for e in hyphens["errors"]] == [
        ("TYPED_NUMBER_FORMAT", SEED_QUOTES["TYPED_NUMBER_FORMAT"])
    ]
    assert [(e["code"], e["message"]) for e in other["errors"]] == [
        ("OWNER_MISMATCH", SEED_QUOTES["OWNER_MISMATCH"])
    ]


async def test_two_sign_ups_racing_make_one_member(stack: Stack) -> None:
    # given two sign-ups of one business, both at 정보 입력
    first, _ = await at_information(stack, HANBIT)
    second, _ = await at_information(stack, HANBIT)
    # when both complete
    won = await complete(stack, first["id"])
    lost = await complete(stack, second["id"])
    # then the first joins and the second is refused: a business joins once
    assert won["errors"] == []
    assert [e["code"] for e in lost["errors"]] == ["ALREADY_MEMBER"]
    assert lost["signup"]["step"] == "INFORMATION"


async def test_certificate_registration_needs_the_opening_date(stack: Stack) -> None:
    # given the seeded member 청솔세무회계 registering a certificate without 개업일 (§1.4.2 ②)
    issued = await issue(stack, CHEONGSOL["number"], CHEONGSOL["name"])
    given = {
        "registrationNumber": CHEONGSOL["number"],
        "representativeName": CHEONGSOL["rep"],
        "certificate": await certificate(stack, issued, CHEONGSOL["number"]),
    }
    payload = await run(stack, REGISTER, "work24CertificateRegister", given)
    # then the manual's message, and nothing registered
    assert payload["member"] is None
    assert [(e["code"], e["message"], e["field"]) for e in payload["errors"]] == [
        ("OPENING_DATE_REQUIRED", SEED_QUOTES["OPENING_DATE_REQUIRED"], ["input", "openedOn"])
    ]


async def test_the_financial_certificate_needs_its_registered_mobile(stack: Stack) -> None:
    # given (주)한국이디에스, whose 금융인증서 is on 010-3473-6973 (§1.3.4.2 ② 휴대폰번호)
    given = {"registrationNumber": KOREA_EDS["number"], "phone": "010-9999-0000"}
    # when another mobile number is given
    payload = await run(stack, FINCERT_START, "work24FincertStart", given)
    # then the CA refuses it and no use starts
    assert payload["fincert"] is None
    assert [(e["code"], e["reason"], e["field"]) for e in payload["errors"]] == [
        ("FINCERT_REFUSED", "PHONE_MISMATCH", ["input", "phone"])
    ]
