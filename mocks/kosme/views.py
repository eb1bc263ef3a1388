"""Members and résumés as the API answers them (numbers masked, photo bytes left out)."""

from __future__ import annotations

from koreakit import phone
from mocks.kosme.models import Career, Education, Member, Resume
from mocks.kosme.schemas import (
    CareerView,
    EducationView,
    MemberView,
    PhotoView,
    ResumeView,
)


def member_view(member: Member) -> MemberView:
    return MemberView(
        id=member.id,
        kind="sns" if member.kind == "sns" else "general",
        name=member.name,
        login_id=member.login_id,
        sns_provider=member.sns_provider,
        mobile=phone.parse(member.mobile).national,
        email=member.email,
        referral=member.referral,
        sns_message_notices="receive" if member.sns_message_notices else "refuse",
        email_notices="receive" if member.email_notices else "refuse",
        address=member.address,
        job_seeker_type=member.job_seeker_type or None,
        programme_type=member.programme_type or None,
        created_at=member.created_at,
    )


def recent_first(careers: list[Career]) -> list[Career]:
    """최근 근무일 우선: current jobs first, then by end, then by start, latest first."""
    return sorted(careers, key=lambda c: (c.current, c.ended or "", c.started), reverse=True)


def resume_view(
    resume: Resume, member: Member, educations: list[Education], careers: list[Career]
) -> ResumeView:
    photo = None
    if resume.photo_name is not None and resume.photo_type and resume.photo_size is not None:
        photo = PhotoView(
            filename=resume.photo_name, content_type=resume.photo_type, size=resume.photo_size
        )
    return ResumeView(
        id=resume.id,
        title=resume.title,
        name=member.name,
        name_en=resume.name_en,
        login_id=member.login_id,
        foreigner_number_masked=resume.foreigner_number_masked,
        real_name_checked_at=resume.real_name_checked_at,
        mobile=phone.parse(resume.mobile).national,
        email=resume.email,
        nationality=resume.nationality,
        visa_type=resume.visa_type,
        visa_expires_on=resume.visa_expires_on,
        address=resume.address,
        job_seeker_type=resume.job_seeker_type,
        programme_type=resume.programme_type,
        photo=photo,
        unique_id_consent_at=resume.unique_id_consent_at,
        educations=[_education(e) for e in sorted(educations, key=lambda e: e.position)],
        career_kind=resume.career_kind,
        careers=[_career(c) for c in recent_first(careers)],
        created_at=resume.created_at,
        updated_at=resume.updated_at,
    )


def _education(row: Education) -> EducationView:
    return EducationView(
        kind=row.kind,
        school_name=row.school_name,
        school_type=row.school_type,
        region=row.region,
        major=row.major,
        department=row.department,
        entered=row.entered,
        entry_status=row.entry_status,
        graduated=row.graduated,
        graduation_status=row.graduation_status,
        courses=row.courses,
        project_urls=[u for u in row.project_urls.split("\n") if u],
    )


def _career(row: Career) -> CareerView:
    return CareerView(
        company=row.company,
        industry=row.industry,
        industry_detail=row.industry_detail,
        region=row.region,
        district=row.district,
        started=row.started,
        ended=row.ended,
        current=row.current,
        department=row.department,
        position=row.position,
        duties=row.duties,
        leaving_reason=row.leaving_reason,
    )
