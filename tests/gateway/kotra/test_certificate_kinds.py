"""사용 가능한 기업 범용인증서 종류: the manual's list of corporate certificates, checked kind by
kind on the 공동인증서 login of 기업정보 관리 (the same check as 소속기업 and 기업정보 등록).

Of the list, the test CAs issue: 금융결제원(법인) and its 은행/보험·증권·은행·기업뱅킹·
법인업무 and 조달청 원클릭 kinds, 증권전산(법인), 한국정보인증(법인) and
정보인증전자세금용(법인), 전자인증(법인) and 전자인증 용도제한(법인), 한국무역정보통신(법인).
Limited-use kinds off the list are refused."""

from __future__ import annotations

from mocks.kotra import seed
from tests.gateway.conftest import Stack
from tests.gateway.kotra.support import COMPANY_LOGIN, company_certificate, data, proof

LISTED = (
    ("yessign", "corporate"),  # 금융결제원(법인)
    ("yessign", "corporate-banking"),  # 금융결제원 은행/보험·증권·은행·기업뱅킹·법인업무(법인)
    ("yessign", "corporate-procurement"),  # 금융결제원 조달청 원클릭(법인)
    ("signkorea", "corporate"),  # 증권전산(법인)
    ("kica", "corporate"),  # 한국정보인증(법인)
    ("kica", "e-tax-invoice"),  # 정보인증전자세금용(법인)
    ("crosscert", "corporate"),  # 전자인증(법인)
    ("crosscert", "e-tax-invoice"),  # 전자인증 용도제한(법인)
    ("tradesign", "corporate"),  # 한국무역정보통신(법인)
)
UNLISTED = (
    ("signkorea", "corporate-banking"),
    ("signkorea", "e-tax-invoice"),
    ("yessign", "e-tax-invoice"),
    ("tradesign", "e-tax-invoice"),
)


async def certificate_login(stack: Stack, ca: str, kind: str) -> list[dict[str, object]]:
    issued = await company_certificate(stack, seed.EDS_NUMBER, "(주)한국이디에스", ca=ca, kind=kind)
    variables = {"input": {"businessNumber": seed.EDS_NUMBER, "proof": await proof(stack, issued)}}
    errors: list[dict[str, object]] = (await data(stack, COMPANY_LOGIN, variables))[
        "kotraCompanyLogin"
    ]["errors"]
    return errors


async def test_every_listed_corporate_certificate_logs_the_company_in(stack: Stack) -> None:
    for ca, kind in LISTED:
        assert await certificate_login(stack, ca, kind) == [], (ca, kind)


async def test_corporate_certificates_off_the_list_are_refused(stack: Stack) -> None:
    for ca, kind in UNLISTED:
        errors = await certificate_login(stack, ca, kind)
        assert [e["code"] for e in errors] == ["CERTIFICATE_KIND_NOT_ACCEPTED"], (ca, kind)
