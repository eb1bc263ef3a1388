"""Inputs of the KOSME platform, each turned into the connector's record.

Items the manual marks required (*) are nullable here on purpose: the platform answers a missing
one with its own notice naming the item, as a payload error the client can show beside it.
"""

from __future__ import annotations

import enum
from datetime import date

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from connectors.kosme import Career, Education, GeneralSignup, MemberData, ResumeDraft, SnsSignup
from gateway.schema.kosme.enums import (
    KosmeCareerKind,
    KosmeEntryStatus,
    KosmeGraduationStatus,
    KosmeJobSeekerType,
    KosmeNoticeChoice,
    KosmeProgrammeType,
    KosmeReferral,
    KosmeSnsProvider,
    KosmeUniversityKind,
)
from gateway.services.kosme.members import LoginRequest, PasswordCredentials
from gateway.services.kosme.resumes import checked_number
from gateway.store import utcnow

_MONTH = "`YYYY-MM`"


def _code(member: enum.Enum | None) -> str | None:
    """The platform's code of an enum member (each value is the platform's own)."""
    return None if member is None else str(member.value)


@strawberry.input(description="취업매칭시스템 정보 수신동의(필수) — each channel must be answered.")
class KosmeNoticesInput:
    sns_message: KosmeNoticeChoice | None = strawberry.field(
        default=None, description="SNS메시지 수신동의 / 수신거부 (required)."
    )
    email: KosmeNoticeChoice | None = strawberry.field(
        default=None, description="이메일 수신동의 / 수신거부 (required)."
    )


@strawberry.input(description="회원가입 정보 — what both ways of joining ask.")
class KosmeMemberDataInput:
    referral: KosmeReferral | None = strawberry.field(
        default=None, description="유입경로 (required)."
    )
    mobile: str = strawberry.field(default="", description="휴대폰 번호 (required).")
    email: str = strawberry.field(default="", description="이메일.")
    notices: KosmeNoticesInput = strawberry.field(
        default_factory=KosmeNoticesInput, description="정보 수신동의 (required)."
    )
    agree_to_all_required_terms: bool = strawberry.field(
        default=False,
        description=(
            "필수 이용 약관에 모두 동의합니다 — 이용약관 및 개인정보 수집/이용 동의 … (required)."
        ),
    )
    address: str = strawberry.field(default="", description="한국 주소, prefilled in résumés.")
    job_seeker_type: KosmeJobSeekerType | None = strawberry.field(
        default=None, description="구직자 유형, prefilled in résumés."
    )
    programme_type: KosmeProgrammeType | None = strawberry.field(
        default=None, description="참여사업 유형, prefilled in résumés."
    )

    def to_data(self) -> MemberData:
        return MemberData(
            referral=_code(self.referral),
            mobile=self.mobile,
            email=self.email,
            sns_message_notices=_code(self.notices.sns_message),
            email_notices=_code(self.notices.email),
            agree_terms=self.agree_to_all_required_terms,
            address=self.address,
            job_seeker_type=_code(self.job_seeker_type),
            programme_type=_code(self.programme_type),
        )


@strawberry.input(
    description=(
        "SNS 회원가입 — the code the user got by logging in at the SNS for site `kosme` (the "
        "identity provider's `POST /sns/{provider}/authorize`), and the sign-up form."
    )
)
class KosmeSnsMemberSignupInput(KosmeMemberDataInput):
    provider: KosmeSnsProvider = strawberry.field(description="네이버, 카카오 or 페이스북.")
    code: str = strawberry.field(description="The SNS's single-use authorization code.")

    def to_request(self) -> SnsSignup:
        return SnsSignup(str(self.provider.value), self.code, self.to_data())


@strawberry.input(
    description=(
        "일반 회원가입 — 본인인증 first (`identityVerificationStart` with `agency: KOSME` by "
        "phone, PASS or SMS), then the form, ID and password."
    )
)
class KosmeMemberSignupInput(KosmeMemberDataInput):
    verification_id: str = strawberry.field(
        description="`verificationId` of a finished phone verification for KOSME."
    )
    login_id: str = strawberry.field(
        description="아이디 — 5–20 lowercase letters, digits or `_`, starting with a letter."
    )
    password: str = strawberry.field(
        description="비밀번호 — 8–20 characters with letters, digits and special characters."
    )

    def to_request(self) -> GeneralSignup:
        return GeneralSignup(
            self.verification_id, self.login_id, self.password, data=self.to_data()
        )


@strawberry.input(description="아이디/비밀번호/성명 로그인.")
class KosmePasswordLoginInput:
    login_id: str = strawberry.field(description="아이디.")
    password: str = strawberry.field(description="비밀번호.")
    name: str = strawberry.field(description="성명 — the member's name.")


@strawberry.input(description="SNS 로그인 — naver, kakao or facebook.")
class KosmeSnsLoginInput:
    provider: KosmeSnsProvider = strawberry.field(description="The SNS.")
    code: str = strawberry.field(description="The SNS's authorization code for site `kosme`.")


@strawberry.input(description="개인회원 로그인 — exactly one of the three ways.")
class KosmeMemberLoginInput:
    password: KosmePasswordLoginInput | None = strawberry.field(
        default=None, description="아이디/비밀번호/성명."
    )
    sns: KosmeSnsLoginInput | None = strawberry.field(default=None, description="SNS 로그인.")
    onepass_code: str | None = strawberry.field(
        default=None,
        description="디지털원패스 로그인 — the Digital OnePass code for site `kosme`.",
    )

    def to_request(self) -> LoginRequest:
        password = None
        if self.password is not None:
            p = self.password
            password = PasswordCredentials(p.login_id, p.password, p.name)
        sns = (str(self.sns.provider.value), self.sns.code) if self.sns else None
        return LoginRequest(password, sns, self.onepass_code)


@strawberry.input(description="학력사항 — one Korean or foreign university.")
class KosmeEducationInput:
    kind: KosmeUniversityKind = strawberry.field(description="한국 대학교 / 외국 대학교.")
    school_name: str = strawberry.field(default="", description="대학교 명 (required).")
    school_type: str = strawberry.field(default="", description="대학구분.")
    region: str = strawberry.field(default="", description="지역명 (Korean) / 국가명 (foreign).")
    major: str = strawberry.field(default="", description="전공, e.g. 마케팅전공학.")
    department: str = strawberry.field(default="", description="학과 (required: Korean).")
    entered: str | None = strawberry.field(
        default=None, description=f"재학기간 start, {_MONTH} (required)."
    )
    entry_status: KosmeEntryStatus = strawberry.field(
        default=KosmeEntryStatus.ADMITTED, description="입학구분."
    )
    graduated: str | None = strawberry.field(default=None, description=f"재학기간 end, {_MONTH}.")
    graduation_status: KosmeGraduationStatus = strawberry.field(
        default=KosmeGraduationStatus.GRADUATED, description="졸업구분."
    )
    courses: str = strawberry.field(default="", description="수업 내용 또는 수행한 프로젝트.")
    project_urls: list[str] = strawberry.field(
        default_factory=list, description="프로젝트 URL (http or https)."
    )

    def to_record(self) -> Education:
        return Education(
            str(self.kind.value), self.school_name, self.school_type, self.region, self.major,
            self.department, self.entered, str(self.entry_status.value), self.graduated,
            str(self.graduation_status.value), self.courses, tuple(self.project_urls),
        )  # fmt: skip


@strawberry.input(description="경력사항 — one job (경력 only).")
class KosmeCareerInput:
    company: str = strawberry.field(default="", description="회사명 (required).")
    industry: str = strawberry.field(default="", description="업종.")
    industry_detail: str = strawberry.field(default="", description="상세업종.")
    region: str = strawberry.field(default="", description="지역 — 시도.")
    district: str = strawberry.field(default="", description="지역 — 시군구.")
    started: str | None = strawberry.field(
        default=None, description=f"근무기간 start, {_MONTH} (required)."
    )
    ended: str | None = strawberry.field(
        default=None, description=f"근무기간 end, {_MONTH} (required unless current)."
    )
    current: bool = strawberry.field(default=False, description="재직중(현재).")
    department: str = strawberry.field(default="", description="근무부서.")
    position: str = strawberry.field(default="", description="직급/직책.")
    duties: str = strawberry.field(default="", description="담당 업무/직무.")
    leaving_reason: str = strawberry.field(default="", description="퇴직사유.")

    def to_record(self) -> Career:
        return Career(
            self.company, self.industry, self.industry_detail, self.region, self.district,
            self.started, self.ended, self.current, self.department, self.position,
            self.duties, self.leaving_reason,
        )  # fmt: skip


@strawberry.input(description="이력서 작성하기 (Resume for Foreigner) — the form.")
class KosmeResumeInput:
    title: str = strawberry.field(default="", description="이력서 제목(Title of Resume) *.")
    english_name: str = strawberry.field(default="", description="영문이름(English Name) *.")
    foreigner_number: str = strawberry.field(
        default="",
        description=(
            "외국인등록번호 * — 13 digits, 7th 5–8; sent to the platform only (sealed there, "
            "shown masked). On `kosmeResumeUpdate`, empty keeps the registered one."
        ),
    )
    mobile: str = strawberry.field(default="", description="휴대폰번호(Phone number) *.")
    email: str = strawberry.field(default="", description="이메일(Email).")
    nationality: str = strawberry.field(
        default="", description="국적(Nationality) *, ISO 3166-1 alpha-2 (`VN`)."
    )
    visa_type: str = strawberry.field(default="", description="체류비자(Visa) *, e.g. `D-2`.")
    visa_expires_on: date | None = strawberry.field(
        default=None, description="체류비자 만기일자(Expiration date of Visa) *."
    )
    address: str | None = strawberry.field(
        default=None, description="한국 주소(Address) *; null: the member's."
    )
    job_seeker_type: KosmeJobSeekerType | None = strawberry.field(
        default=None, description="구직자 유형 *; null: the member's."
    )
    programme_type: KosmeProgrammeType | None = strawberry.field(
        default=None, description="참여사업 유형 *; null: the member's."
    )
    photos: list[Upload] | None = strawberry.field(
        default=None,
        description=(
            "이력서 사진(Photo) — at most 1 file, 5 MB; bmp, gif, svg, png, jpg, jpeg, tif, tiff "
            "(judged by content). Sent as a multipart upload."
        ),
    )
    unique_id_consent: bool = strawberry.field(
        default=False, description="고유식별정보 수집 및 이용 동의 * (required to save)."
    )
    educations: list[KosmeEducationInput] = strawberry.field(
        default_factory=list, description="학력사항(Education)."
    )
    career_kind: KosmeCareerKind | None = strawberry.field(
        default=None, description="경력유무 * — 신입 or 경력."
    )
    careers: list[KosmeCareerInput] = strawberry.field(
        default_factory=list, description="경력사항 (경력 only)."
    )

    def to_draft(self, *, keep_photo: bool = True) -> ResumeDraft:
        """The draft without photos (read separately); the number checked first.

        Raises:
            UserError: INVALID_FOREIGNER_NUMBER.
        """
        number = checked_number(
            self.foreigner_number, utcnow().date(), ["input", "foreignerNumber"]
        )
        return ResumeDraft(
            title=self.title,
            name_en=self.english_name,
            foreigner_number=number,
            mobile=self.mobile,
            email=self.email,
            nationality=self.nationality,
            visa_type=self.visa_type,
            visa_expires_on=self.visa_expires_on,
            address=self.address,
            job_seeker_type=_code(self.job_seeker_type),
            programme_type=_code(self.programme_type),
            photos=(),
            keep_photo=keep_photo,
            unique_id_consent=self.unique_id_consent,
            educations=tuple(e.to_record() for e in self.educations),
            career_kind=_code(self.career_kind),
            careers=tuple(c.to_record() for c in self.careers),
        )


@strawberry.input(description="이력서 수정 — the résumé's id and the whole form again.")
class KosmeResumeUpdateInput(KosmeResumeInput):
    id: relay.GlobalID = strawberry.field(description="The résumé's global `id`.")
    remove_photo: bool = strawberry.field(
        default=False, description="Without `photos`: drop the photo (false keeps it)."
    )


@strawberry.input(description="외국인 실명확인 — the form's button.")
class KosmeForeignerRealNameCheckInput:
    english_name: str = strawberry.field(description="영문이름 as on the registration card.")
    foreigner_number: str = strawberry.field(description="외국인등록번호, 13 digits.")
