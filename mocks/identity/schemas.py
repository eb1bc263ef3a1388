"""Wire models shared by the identity provider's operations: the verified identity and the
status of a verification."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

VerificationKind = Literal["phone", "card", "simple_auth", "onepass"]
VerificationStatus = Literal[
    "requested", "pending", "code_sent", "verified", "approved", "rejected", "expired", "locked"
]


class PhoneConsents(BaseModel):
    """The four consents of the carriers' 본인확인 page (KOTRA manual: 전체 동의); all required."""

    personal_info: bool = Field(False, description="개인정보이용동의")
    unique_id: bool = Field(False, description="고유식별정보처리동의")
    service_terms: bool = Field(False, description="서비스이용약관동의")
    carrier_terms: bool = Field(False, description="통신사이용약관동의")


class ServiceConsents(BaseModel):
    """The consents of card and 간편인증 verification; all required."""

    personal_info: bool = Field(False, description="개인정보이용동의")
    unique_id: bool = Field(False, description="고유식별정보처리동의")
    service_terms: bool = Field(False, description="서비스이용약관동의")


class IdentityResult(BaseModel):
    """The verified identity handed to the relying party (본인확인 결과)."""

    verification_id: str
    kind: VerificationKind
    method: str = Field(
        description="phone: pass | sms; card: card; simple_auth: the provider; onepass: onepass"
    )
    provider: str | None = Field(
        description="the carrier (phone), card issuer (card) or 간편인증 provider"
    )
    site_code: str = Field(description="the relying party the DI was derived for")
    ci: str = Field(
        min_length=88,
        max_length=88,
        description="연계정보 (CI): 88 characters, the same for one person at every site",
    )
    di: str = Field(
        min_length=64,
        max_length=64,
        description="중복가입확인정보 (DI): 64 characters, different at each site",
    )
    name: str = Field(description="verified real name (실명)")
    birth_date: date
    sex: Literal["male", "female"]
    nationality: Literal["내국인", "외국인"]
    foreigner: bool
    nationality_code: str = Field(description="ISO 3166-1 alpha-2; KR for citizens")
    phone: str | None = Field(description="the verified mobile number, 010-1234-5678")
    resident_number_masked: str = Field(description="801210-1****** — never the full number")
    verified_at: datetime


class VerificationView(BaseModel):
    """The state of a verification; ``result`` once it is verified or approved."""

    id: str
    kind: VerificationKind
    method: str
    site_code: str
    status: VerificationStatus
    created_at: datetime
    expires_at: datetime
    completed_at: datetime | None
    result: IdentityResult | None = None


class Site(BaseModel):
    site_code: str
    name: str


class SiteList(BaseModel):
    """Relying parties registered with this provider."""

    sites: list[Site]


class VerificationCompleted(BaseModel):
    """A finished verification: the provider's message and the verified identity."""

    message: str = Field(description="본인인증 성공")
    result: IdentityResult
