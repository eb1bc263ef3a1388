"""The manual's field rules: IDs, passwords, approval passwords, the service matrix and the
re-consent periods."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from mocks.kotra import messages
from mocks.kotra.errors import KotraError
from mocks.kotra.messages import KotraErrorCode as C
from mocks.kotra.models import Member

LOGIN_ID: Final = re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9]{6,20}")
"""아이디(6~20자 이내, 영어, 숫자 혼합)."""
SPECIALS: Final = re.compile(r"[^A-Za-z0-9\s]")
APPROVAL_PASSWORD: Final = re.compile(r"[0-9]{6}")
"""승인 비밀번호: * 숫자 6글자."""

SERVICES: Final = (
    "online_consultation",
    "seminar",
    "other_services",
    "mileage_and_company_edit",
    "employee_approval",
)
"""The manual's service matrix rows: 온라인 상담, 설명회 신청, 기타 서비스 신청,
서비스 마일리지 사용·기업정보 수정 (기업 범용인증서 사용 시),
신규 가입한 소속기업직원 승인권한 (승인 비밀번호)."""

_MATRIX: Final[dict[str, frozenset[str]]] = {
    "general_certificate": frozenset(SERVICES),
    "general_approval_password": frozenset(SERVICES) - {"mileage_and_company_edit"},
    "general": frozenset({"online_consultation", "seminar", "other_services"}),
    "simple": frozenset({"online_consultation", "seminar"}),
}


def member_class(member: Member) -> str:
    """``simple``, ``general``, ``general_certificate`` or ``general_approval_password``."""
    if member.kind == "simple":
        return "simple"
    if member.company_number is None or member.affiliation is None:
        return "general"
    return f"general_{member.affiliation}"


def allowed_services(member: Member) -> list[str]:
    allowed = _MATRIX[member_class(member)]
    return [service for service in SERVICES if service in allowed]


def check_login_id(login_id: str, field: str = "login_id") -> str:
    if not LOGIN_ID.fullmatch(login_id):
        raise KotraError(422, C.INVALID_LOGIN_ID, field=field)
    return login_id


def check_password(
    password: str, confirm: str, *, field: str = "password", company: bool = False
) -> str:
    """9–30 characters with letters, digits and specials (a company password: 9 or more — the
    manual's 9자 이상 — up to a sanity cap of 100); the confirmation must match."""
    mixed = (
        re.search(r"[A-Za-z]", password)
        and re.search(r"[0-9]", password)
        and SPECIALS.search(password)
    )
    longest = 100 if company else 30
    if not 9 <= len(password) <= longest or not mixed or " " in password:
        code = C.INVALID_COMPANY_PASSWORD if company else C.INVALID_PASSWORD
        raise KotraError(422, code, field=field)
    if password != confirm:
        raise KotraError(422, C.PASSWORD_MISMATCH, field=f"{field}_confirm")
    return password


def check_approval_password(password: str, confirm: str, field: str = "approval_password") -> str:
    if not APPROVAL_PASSWORD.fullmatch(password):
        raise KotraError(422, C.INVALID_APPROVAL_PASSWORD, field=field)
    if password != confirm:
        raise KotraError(422, C.APPROVAL_PASSWORD_MISMATCH, field=f"{field}_confirm")
    return password


def consent_period(member: Member) -> timedelta:
    """간편회원 3 years (then deleted); 개인회원 2 years, 기업회원 5 years (re-consent)."""
    if member.kind == "simple":
        return messages.SIMPLE_MEMBER_RETENTION
    if member.company_number is not None:
        return messages.COMPANY_RECONSENT
    return messages.INDIVIDUAL_RECONSENT


def check_retention(member: Member, now: datetime, reconsent: bool) -> None:
    """A simple member unused through 3 years is deleted; a general member whose consent has
    lapsed must consent again (``reconsent``) before logging in."""
    if member.deleted_at is not None:
        raise KotraError(403, C.ACCOUNT_DELETED)
    if member.kind == "simple":
        if now - member.last_login_at > consent_period(member):
            member.deleted_at = now
            raise KotraError(403, C.ACCOUNT_DELETED)
        return
    if now - member.consented_at > consent_period(member):
        if not reconsent:
            raise KotraError(403, C.RECONSENT_REQUIRED, field="reconsent")
        member.consented_at = now


def mask_login_id(login_id: str) -> str:
    """``kot*******``: the first three characters, the rest starred (아이디 찾기)."""
    return login_id[:3] + "*" * (len(login_id) - 3)
