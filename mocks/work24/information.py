"""03. 정보 입력: the rules of the contact block and the consents (seed §1.3.7.2–3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from koreakit import phone
from koreakit.errors import InvalidIdentifierError
from mocks.work24.errors import Work24Error
from mocks.work24.industries import industries
from mocks.work24.messages import Work24ErrorCode
from mocks.work24.schemas import Industry, InformationEntry

_C = Work24ErrorCode
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True)
class CheckedInformation:
    industry: Industry
    contact_name: str
    landline: str
    mobile: str
    email: str


def _phone(value: str | None, field: str, *, mobile: bool) -> str:
    if not value or not value.strip():
        return ""
    try:
        parsed = phone.parse(value)
    except InvalidIdentifierError:
        raise Work24Error(400, _C.INVALID_PHONE, field=field) from None
    if mobile and parsed.kind is not phone.PhoneKind.MOBILE:
        raise Work24Error(400, _C.INVALID_PHONE, field=field)
    return parsed.national


def check(entry: InformationEntry) -> CheckedInformation:
    """The entry's values, normalised, or the first rule it breaks, in the form's order."""
    if not entry.industry_code.strip():
        raise Work24Error(400, _C.INDUSTRY_REQUIRED, field="industry_code")
    industry = industries().get(entry.industry_code.strip())
    if industry is None:
        raise Work24Error(400, _C.UNKNOWN_INDUSTRY, field="industry_code")
    contact = entry.contact
    name = " ".join(contact.name.split())
    if not name:  # ① 담당자 성명 필수
        raise Work24Error(400, _C.CONTACT_NAME_REQUIRED, field="contact.name")
    landline = _phone(contact.landline, "contact.landline", mobile=False)
    mobile = _phone(contact.mobile, "contact.mobile", mobile=True)
    if not landline and not mobile:  # ② 일반 전화번호와 휴대폰번호 중 택1
        raise Work24Error(400, _C.CONTACT_PHONE_REQUIRED, field="contact.mobile")
    consents = entry.consents
    if (consents.sms_progress or consents.sms_promotion) and not mobile:
        raise Work24Error(400, _C.MOBILE_REQUIRED, field="contact.mobile")
    email = (contact.email or "").strip()
    if (consents.email_news or consents.e_notice_email) and not email:  # ③
        raise Work24Error(400, _C.EMAIL_REQUIRED, field="contact.email")
    if email and not _EMAIL.fullmatch(email):
        raise Work24Error(400, _C.INVALID_EMAIL, field="contact.email")
    return CheckedInformation(industry, name, landline, mobile, email)
