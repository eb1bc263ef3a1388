"""Request and answer models of the usage approval (발급시스템 이용 승인), shared by the admin
API, the seed and the citizen's own view."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

IdDocument = Literal["resident_card", "driver_license", "passport", "disability_card"]
Method = Literal["security_token", "mobile", "landline"]
Capacity = Literal["adult", "minor", "limited_guardianship"]
GuardianRole = Literal["legal_representative", "limited_guardian"]


class GuardianRequest(BaseModel):
    """법정대리인 or 한정후견인, as written on the application's 동의란."""

    model_config = ConfigDict(extra="forbid")

    role: GuardianRole = Field(description="legal_representative (법정대리인) | limited_guardian")
    name: str = Field(min_length=1, max_length=60)
    resident_number: str = Field(description="주민등록번호; sealed at rest, never answered")
    id_document: IdDocument | None = Field(
        None, description="법정대리인·한정후견인의 신분증 presented at the office (required)"
    )
    document: str = Field(
        "", max_length=100, description="증명서류: 가족관계증명서, 후견등기사항증명서 …"
    )
    consent_signed: bool = Field(False, description="신청서의 동의란 작성 날인")


class ApprovalRequest(BaseModel):
    """An approval granted in person (the 승인권자 checked the ID card)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=60, description="성명")
    resident_number: str = Field(description="주민등록번호; sealed at rest, never answered")
    id_document: IdDocument = Field("resident_card", description="신분증 used for the check")
    office: str = Field(
        "서울특별시 강남구 역삼1동 주민센터", max_length=100, description="읍·면·동 or 출장소"
    )
    method: Method = Field(description="온라인 신원확인: security_token | mobile | landline")
    phone: str | None = Field(None, description="휴대전화 or 일반전화 for the phone methods")
    token_serial: str | None = Field(None, max_length=40, description="보안토큰 일련번호")
    limited_guardianship: bool = Field(False, description="피한정후견인")
    guardian: GuardianRequest | None = None
    approved_at: datetime | None = Field(None, description="default: now on the mock clock")


class MemberRequest(BaseModel):
    """정부24 회원 (ID/password account) to record."""

    model_config = ConfigDict(extra="forbid")

    user_id: str = Field(min_length=4, max_length=20, pattern=r"^[a-z0-9_]+$", description="아이디")
    password: str = Field(min_length=8, max_length=64, description="stored only hashed")
    name: str = Field(min_length=1, max_length=60, description="성명")
    resident_number: str = Field(description="주민등록번호; only its keyed hash is kept")


class Gov24Seed(BaseModel):
    """Body of ``POST /__admin/seed``: approvals and members to record."""

    model_config = ConfigDict(extra="forbid")

    approvals: list[ApprovalRequest] = Field(default_factory=list)
    members: list[MemberRequest] = Field(default_factory=list)


class GuardianView(BaseModel):
    role: GuardianRole
    name: str
    number_masked: str
    id_document: IdDocument | None
    document: str
    consent_signed: bool


class ApprovalView(BaseModel):
    """발급시스템 이용 승인 as the citizen (or the office) sees it."""

    id: str
    name: str
    number_masked: str = Field(description="801210-1******")
    id_document: IdDocument
    office: str
    method: Method
    phone_masked: str | None
    token_serial: str | None
    capacity: Capacity
    guardian: GuardianView | None
    approved_at: datetime
    expires_at: datetime
    renewed_at: datetime | None
    status: Literal["valid", "expired"]
    renewable_from: datetime = Field(description="the first moment renewal is allowed")
    renewable: bool = Field(description="within the 30 days before expiry")
