"""The résumé form's rules: required items (*), visa, photo, consent, education and careers.

Each check raises the first refusal as the form would show it; the 외국인 실명확인 is asked of
the identity provider by the route once everything else holds.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from koreakit import rrn
from koreakit.errors import InvalidIdentifierError
from mocks.kosme import checks, photos
from mocks.kosme.errors import KosmeError, required
from mocks.kosme.messages import KosmeErrorCode
from mocks.kosme.models import Career, Education, Member
from mocks.kosme.schemas import YEAR_MONTH, CareerIn, EducationIn, PhotoIn, ResumeIn

_C = KosmeErrorCode
_MONTH = re.compile(YEAR_MONTH)
_NATIONALITY = re.compile(r"^[A-Z]{2}$")
_VISA = re.compile(r"^[A-H]-\d{1,2}(-\d{1,2})?$")


@dataclass(frozen=True)
class Photo:
    filename: str
    content_type: str
    data: bytes


def foreigner_number(value: str, today: date, field: str = "foreigner_number") -> str:
    """외국인등록번호 *: 13 digits whose 7th is 5–8. Raises: REQUIRED, INVALID_FOREIGNER_NUMBER."""
    if not value.strip():
        raise required(field, "외국인등록번호(Foreigner registration number)")
    try:
        return rrn.validate_foreigner(value, today=today).number
    except InvalidIdentifierError:
        raise KosmeError(400, _C.INVALID_FOREIGNER_NUMBER, field=field) from None


def basic_information(body: ResumeIn, member: Member, today: date) -> dict[str, Any]:
    """기본정보 and the items prefilled from the member, as Resume columns (no number)."""
    visa_type = checks.present(body.visa_type, "visa_type", "체류비자(Visa)").upper()
    if not _VISA.match(visa_type):
        raise KosmeError(400, _C.INVALID_VISA, field="visa_type")
    if body.visa_expires_on is None:
        raise required("visa_expires_on", "체류비자 만기일자(Expiration date of Visa)")
    if body.visa_expires_on < today:
        raise KosmeError(400, _C.VISA_EXPIRED, field="visa_expires_on")
    nationality = checks.present(body.nationality, "nationality", "국적(Nationality)").upper()
    if not _NATIONALITY.match(nationality) or nationality == "KR":
        raise KosmeError(400, _C.INVALID_NATIONALITY, field="nationality")
    address = body.address if body.address is not None else member.address
    job_seeker_type = body.job_seeker_type or member.job_seeker_type
    programme_type = body.programme_type or member.programme_type
    return {
        "title": checks.present(body.title, "title", "이력서 제목(Title of Resume)"),
        "name_en": checks.present(body.name_en, "name_en", "영문이름(English Name)"),
        "mobile": checks.mobile_digits(body.mobile, "mobile", "휴대폰번호(Phone number)"),
        "email": checks.email(body.email, "email"),
        "nationality": nationality,
        "visa_type": visa_type,
        "visa_expires_on": body.visa_expires_on,
        "address": checks.present(address, "address", "한국 주소(Address)"),
        "job_seeker_type": checks.present(job_seeker_type, "job_seeker_type", "구직자 유형"),
        "programme_type": checks.present(programme_type, "programme_type", "참여사업 유형"),
    }


def photo(items: list[PhotoIn]) -> Photo | None:
    """이력서 사진: at most one file, 5 MB, an allowed type judged by its bytes."""
    if len(items) > photos.MAX_PHOTOS:
        raise KosmeError(400, _C.PHOTO_TOO_MANY, field="photos")
    if not items:
        return None
    item = items[0]
    if len(item.data) > (photos.MAX_PHOTO_BYTES * 4) // 3 + 8:
        raise KosmeError(400, _C.PHOTO_TOO_LARGE, field="photos.0")
    try:
        data = base64.b64decode(item.data, validate=True)
    except (binascii.Error, ValueError):
        raise KosmeError(400, _C.INVALID_REQUEST, field="photos.0.data") from None
    if len(data) > photos.MAX_PHOTO_BYTES:
        raise KosmeError(400, _C.PHOTO_TOO_LARGE, field="photos.0")
    kind = photos.sniff(data)
    if kind is None or not photos.extension_allowed(item.filename):
        raise KosmeError(400, _C.PHOTO_TYPE_NOT_ALLOWED, field="photos.0")
    return Photo(item.filename, kind, data)


def consent(given: bool) -> None:
    """고유식별정보 수집 및 이용 동의 is required to save."""
    if not given:
        raise KosmeError(400, _C.UNIQUE_ID_CONSENT_REQUIRED, field="unique_id_consent")


def _period(start: str | None, end: str | None, field: str, label: str, today: date) -> None:
    if not start:
        raise required(f"{field}.start", label)
    for name, value in (("start", start), ("end", end)):
        if value is not None and not _MONTH.match(value):
            raise KosmeError(
                400,
                _C.INVALID_PERIOD,
                field=f"{field}.{name}",
                message=f"{label}은(는) 년도-월(YYYY-MM)로 입력해 주세요.",
                message_en=f"{label}: give a year and month (YYYY-MM).",
            )
    if start > today.strftime("%Y-%m") or (end is not None and end < start):
        raise KosmeError(400, _C.INVALID_PERIOD, field=f"{field}.end" if end else field)


def educations(items: list[EducationIn], today: date) -> list[Education]:
    """학력사항: school name and 재학기간 always; 학과 for a Korean university; URLs http(s)."""
    rows = []
    for index, item in enumerate(items):
        field = f"educations.{index}"
        label = "한국 대학교 명" if item.kind == "korean" else "외국 대학교 명"
        name = checks.present(item.school_name, f"{field}.school_name", label)
        if item.kind == "korean":
            checks.present(item.department, f"{field}.department", "학과")
        _period(item.entered, item.graduated, f"{field}.period", "재학기간", today)
        for n, url in enumerate(item.project_urls):
            if not url.startswith(("http://", "https://")):
                raise KosmeError(400, _C.INVALID_URL, field=f"{field}.project_urls.{n}")
        rows.append(
            Education(
                position=index,
                kind=item.kind,
                school_name=name,
                school_type=item.school_type,
                region=item.region,
                major=item.major,
                department=item.department,
                entered=item.entered,
                entry_status=item.entry_status,
                graduated=item.graduated,
                graduation_status=item.graduation_status,
                courses=item.courses,
                project_urls="\n".join(item.project_urls),
            )
        )
    return rows


def careers(kind: str | None, items: list[CareerIn], today: date) -> list[Career]:
    """경력사항: 신입 has none; 경력 has at least one, each with company and 근무기간."""
    if kind is None:
        raise required("career_kind", "경력유무")
    if kind == "new":
        if items:
            raise KosmeError(400, _C.CAREER_FOR_NEW_COMER, field="careers")
        return []
    if not items:
        raise KosmeError(400, _C.CAREER_REQUIRED, field="careers")
    rows = []
    for index, item in enumerate(items):
        field = f"careers.{index}"
        company = checks.present(item.company, f"{field}.company", "회사명")
        ended = None if item.current else item.ended
        if not item.current and not ended:
            raise required(f"{field}.period.end", "근무기간")
        _period(item.started, ended, f"{field}.period", "근무기간", today)
        values = item.model_dump(exclude={"company", "ended", "started"})
        rows.append(Career(company=company, started=item.started, ended=ended, **values))
    return rows
