"""Enums of KOTRA 무역투자24: member classes, services, affiliation methods, SNS, flow steps."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(description="회원 유형 — the member classes of the manual's service matrix.")
class KotraMemberClass(enum.Enum):
    GENERAL_CERTIFICATE = strawberry.enum_value(
        "general_certificate",
        description="소속기업 범용인증서를 통해 인증한 일반회원 — affiliated by certificate.",
    )
    GENERAL_APPROVAL_PASSWORD = strawberry.enum_value(
        "general_approval_password",
        description="승인 비밀번호를 공유 받은 일반회원 — affiliated by the approval password.",
    )
    GENERAL = strawberry.enum_value(
        "general", description="소속기업 정보를 등록하지 않은 일반회원 — no company."
    )
    SIMPLE = strawberry.enum_value(
        "simple", description="간편회원 — joined through naver, kakao, google or facebook."
    )


@strawberry.enum(description="이용 가능 서비스 — rows of the manual's service matrix.")
class KotraService(enum.Enum):
    ONLINE_CONSULTATION = strawberry.enum_value(
        "online_consultation", description="온라인 상담 — online consultation."
    )
    SEMINAR = strawberry.enum_value("seminar", description="설명회 신청 — seminar applications.")
    OTHER_SERVICES = strawberry.enum_value(
        "other_services", description="기타 서비스 신청 — other service applications."
    )
    MILEAGE_AND_COMPANY_EDIT = strawberry.enum_value(
        "mileage_and_company_edit",
        description="서비스 마일리지 사용, 기업정보 수정 — mileage and company-information edit.",
    )
    EMPLOYEE_APPROVAL = strawberry.enum_value(
        "employee_approval",
        description="신규 가입한 소속기업직원 승인권한 — approving new employees (승인 비밀번호).",
    )


@strawberry.enum(description="소속기업 인증 방법 — how a member proved the affiliation.")
class KotraAffiliationMethod(enum.Enum):
    CERTIFICATE = strawberry.enum_value("certificate", description="기업 범용인증서.")
    APPROVAL_PASSWORD = strawberry.enum_value(
        "approval_password", description="승인 비밀번호 (6자리)."
    )


@strawberry.enum(description="SNS channels of 간편회원.")
class KotraSnsProvider(enum.Enum):
    NAVER = strawberry.enum_value("naver", description="네이버.")
    KAKAO = strawberry.enum_value("kakao", description="카카오.")
    GOOGLE = strawberry.enum_value("google", description="구글.")
    FACEBOOK = strawberry.enum_value("facebook", description="페이스북.")


@strawberry.enum(description="Where a sign-up or registration flow stands.")
class KotraFlowStep(enum.Enum):
    VERIFICATION = strawberry.enum_value(
        "verification", description="STEP2 실명인증 — send `verificationId`."
    )
    MEMBER_INFO = strawberry.enum_value(
        "member_info", description="STEP3 회원정보 입력 — ID, password, fields, interests."
    )
    CERTIFY = strawberry.enum_value(
        "certify", description="기업인증 and the company form — `kotraCompanyRegister`."
    )
    DONE = strawberry.enum_value("done", description="Completed.")
