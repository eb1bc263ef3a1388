"""People as the seed and ``POST /__admin/seed`` give them (numbers and secrets in clear here,
sealed and hashed when stored)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from koreakit import rrn
from koreakit.errors import InvalidIdentifierError
from mocks.framework.identifiers import mobile_digits

Carrier = Literal["SKT", "KT", "LGU+", "MVNO"]
"""이동통신사: SK telecom, kt, LGU+, 알뜰폰 (MVNO)."""
CardIssuer = Literal["BC", "SHINHAN", "HYUNDAI", "LOTTE", "SAMSUNG", "NH", "HANA", "KB"]
"""The card companies of the KOTRA manual's 카드본인확인서비스."""
CardKind = Literal["personal_credit", "personal_check", "corporate"]
SnsProvider = Literal["naver", "kakao", "google", "facebook"]
SimpleAuthProvider = Literal[
    "kakao", "naver", "pass", "toss", "samsungpass", "payco", "kb", "shinhan", "fincert"
]


class PhoneLineRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phone: str = Field(description="mobile number, any common format")
    carrier: Carrier
    pass_app: bool = Field(True, description="whether the PASS app is installed on this phone")

    @field_validator("phone")
    @classmethod
    def _mobile(cls, value: str) -> str:
        return mobile_digits(value)


class CardRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    issuer: CardIssuer
    number: str = Field(pattern=r"^\d{15,16}$")
    expiry: str = Field(pattern=r"^(0[1-9]|1[0-2])\d{2}$", description="MMYY")
    password_2: str = Field(pattern=r"^\d{2}$", description="first two digits of the password")
    kind: CardKind = "personal_credit"


class SnsRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: SnsProvider
    login_id: str = Field(min_length=1)
    password: str = Field(min_length=1)
    email: str
    share_mobile: bool = Field(
        True, description="naver and kakao give the mobile number when the user agrees"
    )


class OnePassRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    onepass_id: str = Field(min_length=1, max_length=40)
    password: str = Field(min_length=1)


class PersonRecord(BaseModel):
    """One person; upserted by resident number (their cards, lines and accounts replaced)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=60)
    name_en: str = ""
    resident_number: str = Field(description="주민등록번호 or 외국인등록번호, 13 digits")
    nationality: str = Field("KR", pattern=r"^[A-Z]{2}$")
    email: str = ""
    phones: tuple[PhoneLineRecord, ...] = ()
    cards: tuple[CardRecord, ...] = ()
    sns: tuple[SnsRecord, ...] = ()
    onepass: OnePassRecord | None = None
    simple_auth: tuple[SimpleAuthProvider, ...] = ()

    @field_validator("resident_number")
    @classmethod
    def _number(cls, value: str) -> str:
        try:
            return rrn.validate(value).number
        except InvalidIdentifierError as error:
            raise ValueError(error.message_en) from None

    @property
    def number(self) -> rrn.ResidentNumber:
        return rrn.validate(self.resident_number)


class IdentitySeed(BaseModel):
    """Body of ``POST /__admin/seed``: ``{"people": [PersonRecord, …]}``."""

    model_config = ConfigDict(extra="forbid")

    people: list[PersonRecord] = Field(default_factory=list)
