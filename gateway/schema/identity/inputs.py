"""Inputs of identity verification, each turned into the use case's request."""

from __future__ import annotations

from datetime import date

import strawberry

from connectors.identity import (
    CardIssuer as WireCardIssuer,
)
from connectors.identity import (
    Carrier,
    IdentityConsents,
    PhoneConsents,
    PhoneMethod,
)
from connectors.identity import (
    SimpleAuthProvider as WireSimpleAuthProvider,
)
from gateway.schema.agency import Agency
from gateway.schema.identity.enums import (
    CardIssuer,
    MobileCarrier,
    PhoneVerificationChannel,
    SimpleAuthProvider,
)
from gateway.services.identity import (
    CardRequest,
    PhoneRequest,
    SimpleAuthRequest,
    StartRequest,
)

_NAME = "이름 — the real name, as registered (실명)."
_BIRTH_DATE = "생년월일 — date of birth."
_SEX_DIGIT = (
    "주민등록번호 뒷자리 첫 숫자 — the 7th digit of the resident number, 1–8 (sex and century: "
    "1, 2, 5, 6 for the 1900s; 3, 4, 7, 8 for the 2000s)."
)
_PHONE = "휴대폰번호 — the mobile number, `010-1234-5678` or `01012345678`."


@strawberry.input(
    description="The four consents of the carriers' 본인확인 page (전체 동의); all must be true."
)
class PhoneVerificationConsentsInput:
    personal_info: bool = strawberry.field(description="개인정보이용동의.")
    unique_id: bool = strawberry.field(description="고유식별정보처리동의.")
    service_terms: bool = strawberry.field(description="서비스이용약관동의.")
    carrier_terms: bool = strawberry.field(description="통신사이용약관동의.")

    def to_consents(self) -> PhoneConsents:
        return PhoneConsents(
            self.personal_info, self.unique_id, self.service_terms, self.carrier_terms
        )


@strawberry.input(description="The consents of card and 간편인증 verification; all must be true.")
class IdentityConsentsInput:
    personal_info: bool = strawberry.field(description="개인정보이용동의.")
    unique_id: bool = strawberry.field(description="고유식별정보처리동의.")
    service_terms: bool = strawberry.field(description="서비스이용약관동의.")

    def to_consents(self) -> IdentityConsents:
        return IdentityConsents(self.personal_info, self.unique_id, self.service_terms)


@strawberry.input(
    description=(
        "휴대폰 본인확인 (PASS or SMS). A 6-digit code is sent only when every detail matches "
        "the carrier's subscriber; otherwise the answer looks the same and no code arrives."
    )
)
class PhoneVerificationInput:
    carrier: MobileCarrier = strawberry.field(description="이용중인 통신사.")
    channel: PhoneVerificationChannel = strawberry.field(description="PASS로 인증 or 문자로 인증.")
    name: str = strawberry.field(description=_NAME)
    birth_date: date = strawberry.field(description=_BIRTH_DATE)
    sex_digit: str = strawberry.field(description=_SEX_DIGIT)
    phone: str = strawberry.field(description=_PHONE)
    consents: PhoneVerificationConsentsInput = strawberry.field(description="The consents.")

    def to_request(self) -> PhoneRequest:
        return PhoneRequest(
            carrier=Carrier(self.carrier.value),
            method=PhoneMethod(self.channel.value),
            name=self.name,
            birth_date=self.birth_date,
            sex_digit=self.sex_digit,
            phone=self.phone,
            consents=self.consents.to_consents(),
        )


@strawberry.input(
    description=(
        "카드본인확인 — a personal credit or check card in one's own name (법인카드 are refused)."
    )
)
class CardVerificationInput:
    issuer: CardIssuer = strawberry.field(description="카드사.")
    card_number: str = strawberry.field(
        description="카드번호 — 15 or 16 digits, spaces and hyphens allowed; never stored."
    )
    expiry: str = strawberry.field(description="유효기간 — MMYY, e.g. `1230`.")
    password2: str = strawberry.field(description="카드 비밀번호 앞 2자리 — first two digits.")
    name: str = strawberry.field(description=_NAME)
    birth_date: date = strawberry.field(description=_BIRTH_DATE)
    sex_digit: str = strawberry.field(description=_SEX_DIGIT)
    consents: IdentityConsentsInput = strawberry.field(description="The consents.")

    def to_request(self) -> CardRequest:
        return CardRequest(
            issuer=WireCardIssuer(self.issuer.value),
            card_number=self.card_number,
            expiry=self.expiry,
            password_2=self.password2,
            name=self.name,
            birth_date=self.birth_date,
            sex_digit=self.sex_digit,
            consents=self.consents.to_consents(),
        )


@strawberry.input(
    description=(
        "간편인증 — a request pushed to the provider's app on the person's phone; they approve "
        "it there, then the client confirms."
    )
)
class SimpleAuthVerificationInput:
    provider: SimpleAuthProvider = strawberry.field(description="The provider whose app to use.")
    name: str = strawberry.field(description=_NAME)
    birth_date: date = strawberry.field(description=_BIRTH_DATE)
    phone: str = strawberry.field(description=_PHONE)
    consents: IdentityConsentsInput = strawberry.field(description="The consents.")

    def to_request(self) -> SimpleAuthRequest:
        return SimpleAuthRequest(
            provider=WireSimpleAuthProvider(self.provider.value),
            name=self.name,
            birth_date=self.birth_date,
            phone=self.phone,
            consents=self.consents.to_consents(),
        )


@strawberry.input(
    description="How to verify the person: exactly one of `phone`, `card`, `simpleAuth`."
)
class IdentityVerificationStartInput:
    agency: Agency | None = strawberry.field(
        default=None,
        description=(
            "The agency flow this verification is for (its DI is derived for that agency); "
            "omitted: the gateway itself."
        ),
    )
    phone: PhoneVerificationInput | None = strawberry.field(
        default=None, description="휴대폰 본인확인."
    )
    card: CardVerificationInput | None = strawberry.field(default=None, description="카드본인확인.")
    simple_auth: SimpleAuthVerificationInput | None = strawberry.field(
        default=None, description="간편인증."
    )

    def to_request(self) -> StartRequest:
        return StartRequest(
            agency=self.agency.name.lower() if self.agency else None,
            phone=self.phone.to_request() if self.phone else None,
            card=self.card.to_request() if self.card else None,
            simple_auth=self.simple_auth.to_request() if self.simple_auth else None,
        )


@strawberry.input(description="The next step of a verification flow.")
class IdentityVerificationConfirmInput:
    id: strawberry.ID = strawberry.field(description="The flow's `id`.")
    code: str | None = strawberry.field(
        default=None, description="Phone: the 6-digit code received. Omitted for 간편인증."
    )


@strawberry.input(description="Which phone verification to send a new code for.")
class IdentityVerificationResendInput:
    id: strawberry.ID = strawberry.field(description="The flow's `id`.")
