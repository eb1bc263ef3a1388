"""Types of the KOSME platform: the member, résumés (a Relay node), their parts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import strawberry
from strawberry import relay

from connectors.kosme import Career, Education, Member, Photo, RealNameResult, Resume
from gateway.resolvers import kosme as resolvers
from gateway.schema.kosme.enums import (
    KosmeCareerKind,
    KosmeEntryStatus,
    KosmeGraduationStatus,
    KosmeJobSeekerType,
    KosmeMemberKind,
    KosmeNoticeChoice,
    KosmeProgrammeType,
    KosmeRealNameResult,
    KosmeReferral,
    KosmeSnsProvider,
    KosmeUniversityKind,
)

_MONTH = "YYYY-MM"


@strawberry.type(description="이력서 사진 — the résumé's photo (its bytes stay at the platform).")
class KosmePhoto:
    filename: str = strawberry.field(description="파일명 as uploaded.")
    content_type: str = strawberry.field(description="Type detected from the content.")
    size: int = strawberry.field(description="Size in bytes (at most 5 MB).")

    @classmethod
    def of(cls, photo: Photo) -> KosmePhoto:
        return cls(filename=photo.filename, content_type=photo.content_type, size=photo.size)


@strawberry.type(description="학력사항 — one Korean or foreign university.")
class KosmeEducation:
    kind: KosmeUniversityKind = strawberry.field(description="한국 대학교 / 외국 대학교.")
    school_name: str = strawberry.field(description="대학교 명.")
    school_type: str = strawberry.field(description="대학구분 (4년제, 2·3년제, 대학원 …).")
    region: str = strawberry.field(description="지역명 (Korean) or 국가명 (foreign).")
    major: str = strawberry.field(description="전공.")
    department: str = strawberry.field(description="학과.")
    entered: str = strawberry.field(description=f"재학기간 start, {_MONTH}.")
    entry_status: KosmeEntryStatus = strawberry.field(description="입학구분.")
    graduated: str | None = strawberry.field(description=f"재학기간 end, {_MONTH}.")
    graduation_status: KosmeGraduationStatus = strawberry.field(description="졸업구분.")
    courses: str = strawberry.field(description="수업 및 프로젝트 — courses and projects.")
    project_urls: list[str] = strawberry.field(description="프로젝트 URL.")

    @classmethod
    def of(cls, row: Education) -> KosmeEducation:
        return cls(
            kind=KosmeUniversityKind(row.kind),
            school_name=row.school_name,
            school_type=row.school_type,
            region=row.region,
            major=row.major,
            department=row.department,
            entered=row.entered or "",
            entry_status=KosmeEntryStatus(row.entry_status),
            graduated=row.graduated,
            graduation_status=KosmeGraduationStatus(row.graduation_status),
            courses=row.courses,
            project_urls=list(row.project_urls),
        )


@strawberry.type(description="경력사항 — one job.")
class KosmeCareer:
    company: str = strawberry.field(description="회사명.")
    industry: str = strawberry.field(description="업종.")
    industry_detail: str = strawberry.field(description="상세업종.")
    region: str = strawberry.field(description="지역 — 시도.")
    district: str = strawberry.field(description="지역 — 시군구.")
    started: str = strawberry.field(description=f"근무기간 start, {_MONTH}.")
    ended: str | None = strawberry.field(description=f"근무기간 end, {_MONTH}; null if current.")
    current: bool = strawberry.field(description="재직중(현재).")
    department: str = strawberry.field(description="근무부서.")
    position: str = strawberry.field(description="직급/직책.")
    duties: str = strawberry.field(description="담당 업무/직무.")
    leaving_reason: str = strawberry.field(description="퇴직사유.")

    @classmethod
    def of(cls, row: Career) -> KosmeCareer:
        return cls(
            company=row.company,
            industry=row.industry,
            industry_detail=row.industry_detail,
            region=row.region,
            district=row.district,
            started=row.started or "",
            ended=row.ended,
            current=row.current,
            department=row.department,
            position=row.position,
            duties=row.duties,
            leaving_reason=row.leaving_reason,
        )


@strawberry.type(
    description=(
        "이력서 (Resume for Foreigner) — a member's résumé at the KOSME job-matching platform. "
        "Refetch it with `node(id:)` while logged in to KOSME."
    )
)
class KosmeResume(relay.Node):
    resume_id: relay.NodeID[str]
    title: str = strawberry.field(description="이력서 제목(Title of Resume).")
    name: str = strawberry.field(description="이름(Name) — the member's name.")
    english_name: str = strawberry.field(description="영문이름(English Name).")
    login_id: str | None = strawberry.field(description="아이디(ID); null for SNS members.")
    foreigner_number_masked: str = strawberry.field(
        description="외국인등록번호, masked (`750620-5******`): the full number never leaves."
    )
    real_name_checked_at: datetime = strawberry.field(
        description="외국인 실명확인 — when name and number were last confirmed."
    )
    mobile: str = strawberry.field(description="휴대폰번호(Phone number).")
    email: str = strawberry.field(description="이메일(Email).")
    nationality: str = strawberry.field(description="국적(Nationality), ISO 3166-1 alpha-2.")
    visa_type: str = strawberry.field(description="체류비자(Visa), e.g. `D-2`, `E-7`.")
    visa_expires_on: date = strawberry.field(description="체류비자 만기일자.")
    address: str = strawberry.field(description="한국 주소(Address).")
    job_seeker_type: KosmeJobSeekerType = strawberry.field(description="구직자 유형.")
    programme_type: KosmeProgrammeType = strawberry.field(description="참여사업 유형.")
    photo: KosmePhoto | None = strawberry.field(description="이력서 사진(Photo).")
    unique_id_consent_at: datetime = strawberry.field(
        description="고유식별정보 수집 및 이용 동의 — when the member consented."
    )
    educations: list[KosmeEducation] = strawberry.field(description="학력사항(Education).")
    career_kind: KosmeCareerKind = strawberry.field(description="경력유무.")
    careers: list[KosmeCareer] = strawberry.field(
        description="경력사항 (Work Experience), 최근 근무일 우선 — most recent first."
    )
    created_at: datetime = strawberry.field(description="작성일.")
    updated_at: datetime = strawberry.field(description="수정일.")

    @classmethod
    def of(cls, resume: Resume) -> KosmeResume:
        return cls(
            resume_id=resume.id,
            title=resume.title,
            name=resume.name,
            english_name=resume.name_en,
            login_id=resume.login_id,
            foreigner_number_masked=resume.foreigner_number_masked,
            real_name_checked_at=resume.real_name_checked_at,
            mobile=resume.mobile,
            email=resume.email,
            nationality=resume.nationality,
            visa_type=resume.visa_type,
            visa_expires_on=resume.visa_expires_on,
            address=resume.address,
            job_seeker_type=KosmeJobSeekerType(resume.job_seeker_type),
            programme_type=KosmeProgrammeType(resume.programme_type),
            photo=KosmePhoto.of(resume.photo) if resume.photo else None,
            unique_id_consent_at=resume.unique_id_consent_at,
            educations=[KosmeEducation.of(e) for e in resume.educations],
            career_kind=KosmeCareerKind(resume.career_kind),
            careers=[KosmeCareer.of(c) for c in resume.careers],
            created_at=resume.created_at,
            updated_at=resume.updated_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]  # one signature serves every overload
        cls, *, info: strawberry.Info, node_ids: Iterable[str], required: bool = False
    ) -> Iterable[KosmeResume | None]:
        """Refetch by global id: one of the logged-in member's résumés, else null."""
        found = await resolvers.resolve_resumes_by_id(info, list(node_ids))
        return [cls.of(r) if r else None for r in found]

    @classmethod
    def resolve_id(cls, root: Any, *, info: strawberry.Info) -> str:
        resume_id: str = root.resume_id
        return resume_id


@strawberry.type(description="개인회원 — the logged-in member of the KOSME job-matching platform.")
class KosmeMember:
    member_id: strawberry.ID = strawberry.field(description="The platform's member id.")
    kind: KosmeMemberKind = strawberry.field(description="How the member joined.")
    name: str = strawberry.field(description="성명.")
    login_id: str | None = strawberry.field(description="아이디 (general members).")
    sns_provider: KosmeSnsProvider | None = strawberry.field(description="The linked SNS.")
    mobile: str = strawberry.field(description="휴대폰 번호.")
    email: str = strawberry.field(description="이메일.")
    referral: KosmeReferral = strawberry.field(description="유입경로.")
    sns_message_notices: KosmeNoticeChoice = strawberry.field(description="SNS메시지 수신.")
    email_notices: KosmeNoticeChoice = strawberry.field(description="이메일 수신.")
    address: str = strawberry.field(description="주소, prefilled in résumés.")
    job_seeker_type: KosmeJobSeekerType | None = strawberry.field(
        description="구직자 유형, prefilled in résumés."
    )
    programme_type: KosmeProgrammeType | None = strawberry.field(
        description="참여사업 유형, prefilled in résumés."
    )
    created_at: datetime = strawberry.field(description="가입일.")

    @classmethod
    def of(cls, member: Member) -> KosmeMember:
        return cls(
            member_id=strawberry.ID(member.id),
            kind=KosmeMemberKind(member.kind),
            name=member.name,
            login_id=member.login_id,
            sns_provider=KosmeSnsProvider(member.sns_provider) if member.sns_provider else None,
            mobile=member.mobile,
            email=member.email,
            referral=KosmeReferral(member.referral),
            sns_message_notices=KosmeNoticeChoice(member.sns_message_notices),
            email_notices=KosmeNoticeChoice(member.email_notices),
            address=member.address,
            job_seeker_type=(
                KosmeJobSeekerType(member.job_seeker_type) if member.job_seeker_type else None
            ),
            programme_type=(
                KosmeProgrammeType(member.programme_type) if member.programme_type else None
            ),
            created_at=member.created_at,
        )


@strawberry.type(description="외국인 실명확인 — the answer for an English name and number.")
class KosmeRealNameCheck:
    result: KosmeRealNameResult = strawberry.field(description="MATCH, MISMATCH or NOT_FOUND.")
    message: str = strawberry.field(description="The check's own message (Korean).")
    foreigner_number_masked: str = strawberry.field(description="The number, masked.")

    @classmethod
    def of(cls, checked: RealNameResult) -> KosmeRealNameCheck:
        return cls(
            result=KosmeRealNameResult(checked.result),
            message=checked.message,
            foreigner_number_masked=checked.foreigner_number_masked,
        )
