"""Enums of 고용24 (Work24) corporate membership."""

from __future__ import annotations

import enum

import strawberry

from gateway.services.work24.flows import Step


@strawberry.enum(description="기업회원 유형 — Work24 corporate member type.")
class Work24MemberType(enum.Enum):
    GENERAL = strawberry.enum_value(
        "general",
        description="일반사업자 — a business joining with its 사업자등록번호; every service.",
    )
    AGENCY = strawberry.enum_value(
        "agency",
        description=(
            "고용보험 사무대행기관 — employment-insurance agency; employment insurance only."
        ),
    )
    PROXY = strawberry.enum_value(
        "proxy",
        description=(
            "대리인 — proxy, at login only: employment insurance, vocational training and "
            "foreign-worker services. Any member may log in as a proxy; none joins as one."
        ),
    )


strawberry.enum(
    Step,
    name="Work24SignupStep",
    description="기업회원 가입 단계 — the sign-up's step; the four steps go in this order.",
)
STEP_DESCRIPTIONS = {
    Step.AUTHENTICATION: "01. 가입 인증 — representative, opening date and a certificate.",
    Step.TERMS: "02. 약관 동의 — agree to the terms.",
    Step.INFORMATION: "03. 정보 입력 — industry, contact person and consents.",
    Step.COMPLETED: "04. 가입 완료 — joined; the certificate used is registered for login.",
}
for _value in Step.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = STEP_DESCRIPTIONS[Step[_value.name]]


@strawberry.enum(description="MDM 고객정보 연동 상태 — the customer master record's sync state.")
class Work24MdmStatus(enum.Enum):
    PENDING = strawberry.enum_value(
        "pending",
        description="생성 지연 — not created yet; Work24 retries periodically until it exists.",
    )
    COMPLETE = strawberry.enum_value("complete", description="생성 완료 — the record exists.")


@strawberry.enum(description="인증서 종류 — the kind of a registered certificate.")
class Work24CertificateKind(enum.Enum):
    JOINT = strawberry.enum_value("joint", description="공동인증서 — an NPKI certificate.")
    FINCERT = strawberry.enum_value("fincert", description="금융인증서 — the cloud certificate.")


@strawberry.enum(description="금융인증서 확인 수단 — how the 금융인증서 use is confirmed.")
class Work24FincertMethod(enum.Enum):
    SMS = strawberry.enum_value("sms", description="문자 인증번호 — a 6-digit code by SMS.")
    OTP = strawberry.enum_value("otp", description="등록된 OTP로 인증 — the registered OTP.")
    ARS = strawberry.enum_value("ars", description="전화거는 ARS로 인증 — an ARS call.")


@strawberry.enum(description="금융인증서 단계 — the step of a 금융인증서 use.")
class Work24FincertStep(enum.Enum):
    SIGNUP = strawberry.enum_value(
        "signup",
        description="클라우드 계정이 없습니다 — first use: agree to the terms and choose a PIN.",
    )
    CONFIRM = strawberry.enum_value("confirm", description="인증번호 확인 — enter the code.")
    PIN = strawberry.enum_value("pin", description="PIN 입력 — sign with the 6-digit PIN.")
    DONE = strawberry.enum_value("done", description="완료 — verified; use its `id`.")
    LOCKED = strawberry.enum_value("locked", description="제한 — locked; start again.")
