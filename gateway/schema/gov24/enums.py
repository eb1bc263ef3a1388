"""Enums of Gov24 (정부24) 전자본인서명확인서."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(description="온라인 신원확인 방식 — the extra identity check chosen at approval.")
class Gov24IdentityCheckMethod(enum.Enum):
    SECURITY_TOKEN = strawberry.enum_value("security_token", description="보안토큰")
    MOBILE = strawberry.enum_value("mobile", description="휴대전화 인증 (a call reads a code)")
    LANDLINE = strawberry.enum_value("landline", description="일반전화 인증 (a call reads a code)")


@strawberry.enum(description="행위능력 — whether the applicant issues with a guardian's consent.")
class Gov24Capacity(enum.Enum):
    ADULT = strawberry.enum_value("adult", description="성년")
    MINOR = strawberry.enum_value("minor", description="미성년자 (under 19)")
    LIMITED_GUARDIANSHIP = strawberry.enum_value("limited_guardianship", description="피한정후견인")


@strawberry.enum(description="The guardian recorded with the approval.")
class Gov24GuardianRole(enum.Enum):
    LEGAL_REPRESENTATIVE = strawberry.enum_value("legal_representative", description="법정대리인")
    LIMITED_GUARDIAN = strawberry.enum_value("limited_guardian", description="한정후견인")


@strawberry.enum(description="Whether a usage approval still lets its holder issue.")
class Gov24ApprovalStatus(enum.Enum):
    VALID = strawberry.enum_value("valid", description="유효")
    EXPIRED = strawberry.enum_value("expired", description="유효기간 만료 — apply again in person")


@strawberry.enum(description="신분증 — the ID document checked at the office.")
class Gov24IdDocument(enum.Enum):
    RESIDENT_CARD = strawberry.enum_value("resident_card", description="주민등록증")
    DRIVER_LICENSE = strawberry.enum_value("driver_license", description="운전면허증")
    PASSPORT = strawberry.enum_value("passport", description="여권")
    DISABILITY_CARD = strawberry.enum_value("disability_card", description="장애인등록증")


@strawberry.enum(description="Where an issuance (발급) stands.")
class Gov24IssuanceStep(enum.Enum):
    IDENTITY_CHECK = strawberry.enum_value(
        "identity_check",
        description="추가 신분확인 — enter the code the security token shows or the call reads",
    )
    FORM = strawberry.enum_value("form", description="전자본인서명확인서 작성 — fill in the form")
    SIGNATURE = strawberry.enum_value(
        "signature", description="전자서명 — sign `draft.contentToSign` with the certificate"
    )
    GUARDIAN_CONSENT = strawberry.enum_value(
        "guardian_consent",
        description="법정대리인·한정후견인 동의 — the guardian signs the same content",
    )
    ISSUED = strawberry.enum_value("issued", description="발급 완료 — see `confirmation`")
    LOCKED = strawberry.enum_value(
        "locked", description="Too many wrong codes: start again with a new login"
    )


@strawberry.enum(description="수요기관 구분 — kind of receiving agency.")
class Gov24AgencyCategory(enum.Enum):
    CENTRAL = strawberry.enum_value("central", description="중앙행정기관")
    LOCAL = strawberry.enum_value("local", description="지방자치단체")
    AFFILIATED = strawberry.enum_value("affiliated", description="소속기관")
    PUBLIC_INSTITUTION = strawberry.enum_value("public_institution", description="공공기관")
    LOCAL_CORPORATION = strawberry.enum_value("local_corporation", description="지방공사·지방공단")
    SPECIAL = strawberry.enum_value("special", description="특수법인")
    SCHOOL = strawberry.enum_value("school", description="각급학교")
    OTHER = strawberry.enum_value("other", description="제출 대상 아님 (not eligible)")


@strawberry.enum(description="What a receiving agency's look-up of a confirmation came to.")
class Gov24LookupOutcome(enum.Enum):
    VIEWED = strawberry.enum_value("viewed", description="열람 — the designated agency saw it")
    REFUSED_AGENCY = strawberry.enum_value(
        "refused_agency", description="거부 — not the designated submission agency"
    )
    REFUSED_NAME = strawberry.enum_value(
        "refused_name", description="거부 — the name did not match"
    )
