"""Enums of certificates; CA and kind share `koreakit.npki`'s values."""

from __future__ import annotations

import enum

import strawberry

from gateway.services.certificates import ACCEPTANCE
from gateway.services.certificates import CertificateFlow as Flow


@strawberry.enum(description="공동인증기관 — the five accredited certification authorities.")
class CertificateAuthorityId(enum.Enum):
    YESSIGN = strawberry.enum_value("yessign", description="금융결제원 (yessign).")
    SIGNKOREA = strawberry.enum_value("signkorea", description="코스콤 (SignKorea).")
    KICA = strawberry.enum_value("kica", description="한국정보인증 (KICA, signGATE).")
    CROSSCERT = strawberry.enum_value("crosscert", description="한국전자인증 (CrossCert).")
    TRADESIGN = strawberry.enum_value("tradesign", description="한국무역정보통신 (TradeSign).")


@strawberry.enum(
    description=(
        "인증서 용도 — what a certificate may be used for, as its policy OID says: 범용 "
        "(everywhere) or 용도제한 (one sector only)."
    )
)
class CertificateKind(enum.Enum):
    PERSONAL_GENERAL = strawberry.enum_value(
        "personal", description="개인 범용 — personal general-purpose."
    )
    CORPORATE_GENERAL = strawberry.enum_value(
        "corporate", description="법인(사업자) 범용 — corporate general-purpose."
    )
    PERSONAL_BANKING = strawberry.enum_value(
        "personal-banking", description="개인 은행·보험용 — personal banking/insurance-only."
    )
    PERSONAL_SECURITIES = strawberry.enum_value(
        "personal-securities", description="개인 증권·보험용 — personal securities-only."
    )
    PERSONAL_CREDIT_CARD = strawberry.enum_value(
        "personal-credit-card", description="개인 신용카드용 — personal credit-card-only."
    )
    PERSONAL_CIVIL_SERVICE = strawberry.enum_value(
        "personal-civil-service", description="개인 전자민원용 — personal e-government-only."
    )
    CORPORATE_BANKING = strawberry.enum_value(
        "corporate-banking", description="법인 금융거래용 — corporate banking-only."
    )
    CORPORATE_PROCUREMENT = strawberry.enum_value(
        "corporate-procurement", description="법인 조달청 전용 — public-procurement-only."
    )
    E_TAX_INVOICE = strawberry.enum_value(
        "e-tax-invoice", description="전자세금용 — e-tax-invoice-only."
    )


@strawberry.enum(description="유효기간 — the certificate's validity now, on the gateway's clock.")
class CertificateValidity(enum.Enum):
    VALID = strawberry.enum_value("valid", description="Within its validity period.")
    EXPIRED = strawberry.enum_value("expired", description="유효기간 만료 — past `notAfter`.")
    NOT_YET_VALID = strawberry.enum_value("not_yet_valid", description="Before `notBefore`.")


@strawberry.enum(description="폐지 여부 — the issuing CA's answer about the certificate.")
class CertificateRevocationStatus(enum.Enum):
    GOOD = strawberry.enum_value("good", description="Not revoked.")
    REVOKED = strawberry.enum_value("revoked", description="폐지됨 — revoked by its CA.")
    UNKNOWN = strawberry.enum_value("unknown", description="The CAs did not issue it.")


@strawberry.enum(description="Which number an owner check compared.")
class OwnerNumberKind(enum.Enum):
    RESIDENT = strawberry.enum_value(
        "resident", description="주민등록번호 — a person's (personal certificates)."
    )
    BUSINESS = strawberry.enum_value(
        "business", description="사업자등록번호 — a business's (corporate certificates)."
    )


def _described(flow: Flow) -> str:
    policy = ACCEPTANCE[flow]
    return (
        f"{policy.name.ko} — {policy.name.en}: {policy.requirement.en} "
        f"({policy.requirement.ko}). Source: {policy.source}."
    )


@strawberry.enum(
    description=(
        "Agency flows that sign with a certificate, each with the kinds it accepts (from the "
        "agency's manual)."
    )
)
class CertificateFlow(enum.Enum):
    WORK24_CORPORATE_SIGNUP = strawberry.enum_value(
        Flow.WORK24_CORPORATE_SIGNUP.value, description=_described(Flow.WORK24_CORPORATE_SIGNUP)
    )
    KOTRA_COMPANY_REGISTRATION = strawberry.enum_value(
        Flow.KOTRA_COMPANY_REGISTRATION.value,
        description=_described(Flow.KOTRA_COMPANY_REGISTRATION),
    )
    HOMETAX_DEPARTMENT_USER = strawberry.enum_value(
        Flow.HOMETAX_DEPARTMENT_USER.value, description=_described(Flow.HOMETAX_DEPARTMENT_USER)
    )
    GOV24_SIGNATURE_ISSUANCE = strawberry.enum_value(
        Flow.GOV24_SIGNATURE_ISSUANCE.value, description=_described(Flow.GOV24_SIGNATURE_ISSUANCE)
    )
