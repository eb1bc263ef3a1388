"""Wire-format models of the KOSME platform and their mapping to and from records.

Field names are the platform's. Answer models ignore unknown fields, so the platform may add
to its answers without breaking the gateway.
"""

from __future__ import annotations

import base64
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from connectors.kosme.records import (
    Career,
    Education,
    Login,
    Member,
    MemberData,
    Photo,
    RealNameResult,
    Resume,
    ResumeDraft,
)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class MemberBody(_Wire):
    id: str
    kind: str
    name: str
    login_id: str | None = None
    sns_provider: str | None = None
    mobile: str
    email: str
    referral: str
    sns_message_notices: str
    email_notices: str
    address: str
    job_seeker_type: str | None = None
    programme_type: str | None = None
    created_at: datetime


class LoggedInBody(_Wire):
    member: MemberBody
    token: str
    expires_at: datetime


class PhotoBody(_Wire):
    filename: str
    content_type: str
    size: int


class EducationBody(_Wire):
    kind: str
    school_name: str
    school_type: str = ""
    region: str = ""
    major: str = ""
    department: str = ""
    entered: str
    entry_status: str
    graduated: str | None = None
    graduation_status: str
    courses: str = ""
    project_urls: list[str] = []


class CareerBody(_Wire):
    company: str
    industry: str = ""
    industry_detail: str = ""
    region: str = ""
    district: str = ""
    started: str
    ended: str | None = None
    current: bool = False
    department: str = ""
    position: str = ""
    duties: str = ""
    leaving_reason: str = ""


class ResumeBody(_Wire):
    id: str
    title: str
    name: str
    name_en: str
    login_id: str | None = None
    foreigner_number_masked: str
    real_name_checked_at: datetime
    mobile: str
    email: str
    nationality: str
    visa_type: str
    visa_expires_on: date
    address: str
    job_seeker_type: str
    programme_type: str
    photo: PhotoBody | None = None
    unique_id_consent_at: datetime
    educations: list[EducationBody]
    career_kind: str
    careers: list[CareerBody]
    created_at: datetime
    updated_at: datetime


class ResumeListBody(_Wire):
    resumes: list[ResumeBody]


class RealNameBody(_Wire):
    result: str
    message: str
    foreigner_number_masked: str


def member_data_body(data: MemberData) -> dict[str, Any]:
    return {
        "referral": data.referral,
        "mobile": data.mobile,
        "email": data.email,
        "notices": {"sns_message": data.sns_message_notices, "email": data.email_notices},
        "agree_terms": data.agree_terms,
        "address": data.address,
        "job_seeker_type": data.job_seeker_type,
        "programme_type": data.programme_type,
    }


def resume_draft_body(draft: ResumeDraft) -> dict[str, Any]:
    body = {
        name: getattr(draft, name)
        for name in (
            "title", "name_en", "foreigner_number", "mobile", "email", "nationality",
            "visa_type", "address", "job_seeker_type", "programme_type", "keep_photo",
            "unique_id_consent", "career_kind",
        )
    }  # fmt: skip
    body["visa_expires_on"] = draft.visa_expires_on.isoformat() if draft.visa_expires_on else None
    body["photos"] = [
        {
            "filename": p.filename,
            "content_type": p.content_type,
            "data": base64.b64encode(p.data).decode("ascii"),
        }
        for p in draft.photos
    ]
    educations = [asdict(e) | {"project_urls": list(e.project_urls)} for e in draft.educations]
    body["educations"] = educations
    body["careers"] = [asdict(c) for c in draft.careers]
    return body


def to_member(body: MemberBody) -> Member:
    return Member(**body.model_dump())


def to_login(body: LoggedInBody) -> Login:
    return Login(to_member(body.member), body.token, body.expires_at)


def to_resume(body: ResumeBody) -> Resume:
    values = body.model_dump(exclude={"photo", "educations", "careers"})
    return Resume(
        **values,
        photo=Photo(**body.photo.model_dump()) if body.photo else None,
        educations=tuple(
            Education(**e.model_dump(exclude={"project_urls"}), project_urls=tuple(e.project_urls))
            for e in body.educations
        ),
        careers=tuple(Career(**c.model_dump()) for c in body.careers),
    )


def to_real_name(body: RealNameBody) -> RealNameResult:
    return RealNameResult(body.result, body.message, body.foreigner_number_masked)
