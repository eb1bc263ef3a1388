"""Types of identity verification: the resumable flow and the verified person."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from gateway.context import Info
from gateway.messages.identity import CODE_NOT_RECEIVED_NOTICE
from gateway.schema.agency import Agency
from gateway.schema.identity.enums import (
    IdentityVerificationMethod,
    IdentityVerificationStep,
    MobileCarrier,
    Nationality,
    Sex,
    SimpleAuthProvider,
)
from gateway.services.identity import GATEWAY_SITE, Flow, Person, Step

_WHY_NO_CI = (
    "CI (연계정보) and DI (중복가입확인정보) are never returned: they identify the person for "
    "life across every service, so a copy held by a client could be replayed to link or "
    "impersonate them. Agency flows redeem `verificationId` inside the gateway instead, for "
    "the CI and the DI of their own site."
)


@strawberry.type(description=("본인확인 결과 — the verified person, numbers masked. " + _WHY_NO_CI))
class VerifiedPerson:
    name: str = strawberry.field(description="실명 — the verified real name.")
    birth_date: date = strawberry.field(description="생년월일 — date of birth.")
    sex: Sex = strawberry.field(description="성별 — sex.")
    nationality: Nationality = strawberry.field(description="내·외국인 — citizen or foreigner.")
    nationality_code: str = strawberry.field(
        description="국적 — ISO 3166-1 alpha-2 country code (`KR` for citizens)."
    )
    phone_masked: str | None = strawberry.field(
        description="The verified mobile number, last four digits hidden: `010-1234-****`."
    )
    resident_number_masked: str = strawberry.field(
        description="주민·외국인등록번호, birth date and 7th digit only: `801210-1******`."
    )

    @classmethod
    def of(cls, person: Person) -> VerifiedPerson:
        return cls(
            name=person.name,
            birth_date=person.birth_date,
            sex=Sex(person.sex),
            nationality=Nationality.FOREIGNER if person.foreigner else Nationality.KOREAN,
            nationality_code=person.nationality_code,
            phone_masked=person.phone_masked,
            resident_number_masked=person.resident_number_masked,
        )


@strawberry.type(
    description=(
        "본인확인 — an identity verification flow. Everything the next screen needs is here, "
        "so a mobile client can resume after a restart with `identityVerification(id:)`. Fields "
        "about the current code (`codeExpiresAt`, `triesLeft`, `resendsLeft`) are set right "
        "after a step and null when the flow is read back."
    )
)
class IdentityVerification:
    id: strawberry.ID = strawberry.field(
        description="Opaque flow id (sealed by the gateway); pass it to the next step."
    )
    step: IdentityVerificationStep = strawberry.field(description="Where the flow stands.")
    method: IdentityVerificationMethod = strawberry.field(description="본인확인 수단.")
    agency: Agency | None = strawberry.field(
        description="The agency flow the verification is for (its DI); null: the gateway."
    )
    expires_at: datetime = strawberry.field(
        description=(
            "Until when the flow can be finished; once verified, until when `verificationId` "
            "can be redeemed by an agency flow."
        )
    )
    verified: bool = strawberry.field(description="Whether the person is verified.")
    verification_id: strawberry.ID | None = strawberry.field(
        description=(
            "Once verified: an opaque id an agency flow redeems for the verified identity. "
            + _WHY_NO_CI
        )
    )
    person: VerifiedPerson | None = strawberry.field(description="Once verified: who.")
    carrier: MobileCarrier | None = strawberry.field(description="Phone: the carrier.")
    phone_masked: str | None = strawberry.field(
        description="Phone and 간편인증: where the code or push went, `010-1234-****`."
    )
    code_expires_at: datetime | None = strawberry.field(
        description="Phone: the code is refused after this instant (about 7 minutes)."
    )
    tries_left: int | None = strawberry.field(
        description="Phone: wrong codes still allowed before the flow locks (5 in all)."
    )
    resends_left: int | None = strawberry.field(
        description="Phone: resends still allowed (5 in all)."
    )
    simple_auth_provider: SimpleAuthProvider | None = strawberry.field(
        description="간편인증: the provider whose app must approve."
    )
    provider_label: str | None = strawberry.field(
        description="간편인증: the provider's name as its app shows it (`카카오톡 인증`)."
    )
    step_value: strawberry.Private[Step]

    @strawberry.field(
        description=(
            "Phone, while a code is awaited: the manual's notes for a code that does not "
            "arrive (no code is sent when the details do not match the carrier's subscriber)."
        )
    )
    def notice(self, info: Info) -> list[str]:
        if self.step_value is not Step.CODE_SENT:
            return []
        return [text.in_(info.context.language) for text in CODE_NOT_RECEIVED_NOTICE]

    @classmethod
    def of(cls, flow: Flow) -> IdentityVerification:
        ref = flow.ref
        return cls(
            id=strawberry.ID(flow.id),
            step=IdentityVerificationStep(flow.step.value),
            method=IdentityVerificationMethod(ref.method.value),
            agency=None if ref.site_code == GATEWAY_SITE else Agency(ref.site_code),
            expires_at=flow.expires_at,
            verified=flow.step is Step.VERIFIED,
            verification_id=strawberry.ID(flow.verification_id) if flow.verification_id else None,
            person=VerifiedPerson.of(flow.person) if flow.person else None,
            carrier=MobileCarrier(ref.carrier.value) if ref.carrier else None,
            phone_masked=ref.phone_masked,
            code_expires_at=flow.code_expires_at,
            tries_left=flow.tries_left,
            resends_left=flow.resends_left,
            simple_auth_provider=SimpleAuthProvider(ref.provider.value) if ref.provider else None,
            provider_label=ref.provider_label,
            step_value=flow.step,
        )
