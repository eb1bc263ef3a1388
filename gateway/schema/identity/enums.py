"""Enums of identity verification; the provider's ones share the connector's values."""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(description="How the person proves who they are (본인확인 수단).")
class IdentityVerificationMethod(enum.Enum):
    PASS = strawberry.enum_value(
        "pass", description="휴대폰 본인확인, code pushed to the PASS app."
    )
    SMS = strawberry.enum_value("sms", description="휴대폰 본인확인, code sent by text message.")
    CARD = strawberry.enum_value(
        "card", description="카드본인확인 — a personal credit or check card in one's own name."
    )
    SIMPLE_AUTH = strawberry.enum_value(
        "simple_auth", description="간편인증 — approval in a provider's app (카카오, 네이버 …)."
    )


@strawberry.enum(
    description=(
        "Where a verification flow stands, i.e. what the client shows next (to resume a flow, "
        "read `identityVerification(id:)`)."
    )
)
class IdentityVerificationStep(enum.Enum):
    CODE_SENT = strawberry.enum_value(
        "code_sent",
        description=(
            "인증번호 입력 — enter the 6-digit code with `identityVerificationConfirm` before "
            "`codeExpiresAt`, or ask `identityVerificationResend` for a new one."
        ),
    )
    PENDING_APPROVAL = strawberry.enum_value(
        "pending_approval",
        description=(
            "앱에서 인증 대기 — the person approves in the provider's app, then the client calls "
            "`identityVerificationConfirm`."
        ),
    )
    VERIFIED = strawberry.enum_value(
        "verified", description="본인확인 완료 — `person` and `verificationId` are set."
    )
    REJECTED = strawberry.enum_value(
        "rejected", description="The person refused the request in the app; start again."
    )
    EXPIRED = strawberry.enum_value(
        "expired", description="The flow's time ran out (`expiresAt`); start again."
    )
    LOCKED = strawberry.enum_value("locked", description="Too many wrong codes (5); start again.")


@strawberry.enum(description="이동통신사 — the mobile carrier of the phone line.")
class MobileCarrier(enum.Enum):
    SKT = strawberry.enum_value("SKT", description="SK텔레콤.")
    KT = strawberry.enum_value("KT", description="KT.")
    LGU_PLUS = strawberry.enum_value("LGU+", description="LG U+.")
    MVNO = strawberry.enum_value("MVNO", description="알뜰폰 — a virtual operator (MVNO).")


@strawberry.enum(description="How the phone verification code is delivered.")
class PhoneVerificationChannel(enum.Enum):
    PASS = strawberry.enum_value(
        "pass", description="PASS로 인증 — pushed to the PASS app (must be installed)."
    )
    SMS = strawberry.enum_value("sms", description="문자(SMS)로 인증 — a text message.")


@strawberry.enum(description="카드사 — issuers of the 카드본인확인 service.")
class CardIssuer(enum.Enum):
    BC = strawberry.enum_value("BC", description="BC카드.")
    SHINHAN = strawberry.enum_value("SHINHAN", description="신한카드.")
    HYUNDAI = strawberry.enum_value("HYUNDAI", description="현대카드.")
    LOTTE = strawberry.enum_value("LOTTE", description="롯데카드.")
    SAMSUNG = strawberry.enum_value("SAMSUNG", description="삼성카드.")
    NH = strawberry.enum_value("NH", description="NH농협카드.")
    HANA = strawberry.enum_value("HANA", description="하나카드.")
    KB = strawberry.enum_value("KB", description="KB국민카드.")


@strawberry.enum(description="간편인증 providers (the KOTRA manual's list).")
class SimpleAuthProvider(enum.Enum):
    KAKAO = strawberry.enum_value("kakao", description="카카오톡 인증.")
    NAVER = strawberry.enum_value("naver", description="네이버 인증서.")
    PASS = strawberry.enum_value("pass", description="PASS 인증서.")
    TOSS = strawberry.enum_value("toss", description="토스 인증서.")
    SAMSUNGPASS = strawberry.enum_value("samsungpass", description="삼성패스 인증서.")
    PAYCO = strawberry.enum_value("payco", description="PAYCO 인증서.")
    KB = strawberry.enum_value("kb", description="KB국민인증서.")
    SHINHAN = strawberry.enum_value("shinhan", description="신한 인증서.")
    FINCERT = strawberry.enum_value("fincert", description="금융인증서 (금융결제원).")


@strawberry.enum(description="성별 — sex as the resident registration number records it.")
class Sex(enum.Enum):
    MALE = strawberry.enum_value("male", description="남성 — male.")
    FEMALE = strawberry.enum_value("female", description="여성 — female.")


@strawberry.enum(description="내·외국인 구분 — citizen or foreigner.")
class Nationality(enum.Enum):
    KOREAN = strawberry.enum_value("내국인", description="내국인 — Korean citizen.")
    FOREIGNER = strawberry.enum_value(
        "외국인", description="외국인 — foreigner (외국인등록번호 holder)."
    )
