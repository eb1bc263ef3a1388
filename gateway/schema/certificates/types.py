"""Types of certificates: what one is, whose, which flows take it, and what its CA says."""

from __future__ import annotations

from datetime import datetime

import strawberry

from connectors.pki import IssuedChallenge
from gateway.context import Info
from gateway.i18n import Language
from gateway.messages.certificates import NOT_ACCEPTED, UNKNOWN_KIND
from gateway.resolvers import certificates as resolvers
from gateway.schema.agency import Agency
from gateway.schema.certificates.enums import (
    CertificateAuthorityId,
    CertificateFlow,
    CertificateKind,
    CertificateRevocationStatus,
    CertificateValidity,
    OwnerNumberKind,
)
from gateway.services.certificates import Facts, FlowVerdict, OwnerCheck, verdicts
from koreakit.npki.oids import CertificateAuthority


@strawberry.type(description="공동인증기관 — a certification authority, in Korean and English.")
class CertificateAuthorityInfo:
    id: CertificateAuthorityId = strawberry.field(description="The CA.")
    brand: str = strawberry.field(description="The CA's own name: `yessign`, `SignKorea` …")
    name_ko: str = strawberry.field(description="운영기관 — the operator in Korean: `금융결제원`.")
    name_en: str = strawberry.field(description="The operator in English.")

    @classmethod
    def of(cls, ca: CertificateAuthority) -> CertificateAuthorityInfo:
        return cls(
            id=CertificateAuthorityId(ca.value),
            brand=ca.brand,
            name_ko=ca.name_ko,
            name_en=ca.name_en,
        )


@strawberry.type(description="폐지 여부 — what the issuing CA says about the certificate now.")
class CertificateRevocation:
    status: CertificateRevocationStatus = strawberry.field(description="Good, revoked, unknown.")
    revoked_at: datetime | None = strawberry.field(description="폐지일시 — when it was revoked.")
    reason: str | None = strawberry.field(
        description="폐지 사유 — RFC 5280 reason (`keyCompromise`, `superseded` …)."
    )


@strawberry.type(
    description=(
        "소유자 확인 — whether the typed number plus R (from the key file) give the VID in the "
        "certificate (KISA KCAC.TS.SIVID). The number is only ever shown masked."
    )
)
class CertificateOwnerCheck:
    number_kind: OwnerNumberKind = strawberry.field(description="Which number was typed.")
    number_masked: str = strawberry.field(
        description="The typed number, masked: `801210-1******` or `123-45-*****`."
    )
    matches: bool = strawberry.field(description="Whether the certificate is that number's.")

    @classmethod
    def of(cls, check: OwnerCheck) -> CertificateOwnerCheck:
        return cls(
            number_kind=OwnerNumberKind(check.number_kind),
            number_masked=check.number_masked,
            matches=check.matches,
        )


@strawberry.type(
    description=(
        "Whether an agency flow takes this certificate's CA and kind, from the gateway's table "
        "of each flow's accepted certificates (quoting the agency's manual). Validity, trust "
        "and revocation are reported on the certificate itself."
    )
)
class CertificateFlowAcceptance:
    flow: CertificateFlow = strawberry.field(description="The agency flow.")
    agency: Agency = strawberry.field(description="Its agency.")
    name: str = strawberry.field(description="The flow's name, in the client's language.")
    accepted: bool = strawberry.field(description="Whether the flow takes this CA and kind.")
    reason: str | None = strawberry.field(
        description="Why not, in the client's language; null when accepted."
    )
    requirement: str = strawberry.field(description="What the flow takes, in words.")
    accepted_certificates: list[str] = strawberry.field(
        description="The certificates the flow takes, as the agency's manual names them."
    )
    source: str = strawberry.field(description="Where the rule comes from (the seed quoted).")

    @classmethod
    def of(
        cls, verdict: FlowVerdict, facts: Facts, language: Language
    ) -> CertificateFlowAcceptance:
        policy = verdict.policy
        flow, requirement = policy.name.in_(language), policy.requirement.in_(language)
        reason = None
        if not verdict.accepted:
            reason = NOT_ACCEPTED.in_(
                language, flow=flow, requirement=requirement, kind=_kind_words(facts, language)
            )
        return cls(
            flow=CertificateFlow(policy.flow.value),
            agency=Agency(policy.agency),
            name=flow,
            accepted=verdict.accepted,
            reason=reason,
            requirement=requirement,
            accepted_certificates=list(dict.fromkeys(a.label for a in policy.accepted)),
            source=policy.source,
        )


def _kind_words(facts: Facts, language: Language) -> str:
    if facts.ca is None or facts.kind is None:
        return UNKNOWN_KIND.in_(language)
    if language is Language.KO:
        return f"{facts.ca.name_ko} {facts.kind.label_ko}"
    return f"a {facts.ca.brand} {facts.kind.label_en} certificate"


@strawberry.type(
    description=(
        "공동인증서 — an NPKI certificate as the gateway reads it: owner, CA, kind, validity, "
        "and, asked of the CAs, trust and revocation (null with an `AGENCY_UNAVAILABLE` error "
        "when the CAs cannot be reached; the rest still answers)."
    )
)
class Certificate:
    facts: strawberry.Private[Facts]
    owner: strawberry.Private[OwnerCheck | None]
    now: strawberry.Private[datetime]

    @strawberry.field(description="일련번호 — serial number, upper-case hex.")
    def serial_number(self) -> str:
        return self.facts.serial

    @strawberry.field(description="Subject DN (RFC 4514): `CN=홍길동()00…,OU=…,O=yessign,C=KR`.")
    def subject(self) -> str:
        return self.facts.subject

    @strawberry.field(description="Issuer DN (RFC 4514): the issuing CA's certificate name.")
    def issuer(self) -> str:
        return self.facts.issuer

    @strawberry.field(description="소유자 — the holder's real name (person or company).")
    def holder_name(self) -> str:
        return self.facts.holder_name

    @strawberry.field(description="발급기관 — the CA its policy OID names; null if none.")
    def authority(self) -> CertificateAuthorityInfo | None:
        return CertificateAuthorityInfo.of(self.facts.ca) if self.facts.ca else None

    @strawberry.field(description="용도 — the kind its policy OID names; null if unknown.")
    def kind(self) -> CertificateKind | None:
        return CertificateKind(self.facts.kind.value) if self.facts.kind else None

    @strawberry.field(description="The kind in Korean: `개인 범용`, `법인(사업자) 범용` …")
    def kind_ko(self) -> str | None:
        return self.facts.kind.label_ko if self.facts.kind else None

    @strawberry.field(description="The kind in English: `personal general-purpose` …")
    def kind_en(self) -> str | None:
        return self.facts.kind.label_en if self.facts.kind else None

    @strawberry.field(description="범용 (usable everywhere) rather than 용도제한.")
    def general_purpose(self) -> bool | None:
        return self.facts.kind.is_general_purpose if self.facts.kind else None

    @strawberry.field(description="Issued to a business (사업자), not a person.")
    def corporate(self) -> bool | None:
        return self.facts.kind.is_corporate if self.facts.kind else None

    @strawberry.field(description="인증서 정책 OID — the first policy OID an NPKI CA defines.")
    def policy_oid(self) -> str | None:
        return self.facts.policy_oid

    @strawberry.field(description="유효기간 시작 — valid from.")
    def not_before(self) -> datetime:
        return self.facts.not_before

    @strawberry.field(description="유효기간 만료 — valid until.")
    def not_after(self) -> datetime:
        return self.facts.not_after

    @strawberry.field(description="Whether it is within its validity period now.")
    def validity(self) -> CertificateValidity:
        return CertificateValidity(self.facts.validity(self.now).value)

    @strawberry.field(
        description=(
            "Whether it chains to the accredited CAs' (test) root through one of the five CAs. "
            "Asks the CAs for their certificates (kept by the gateway)."
        )
    )
    async def trusted(self, info: Info) -> bool | None:
        return await resolvers.resolve_certificate_trusted(info, self.facts)

    @strawberry.field(description="폐지 여부 — asked of the issuing CA now.")
    async def revocation(self, info: Info) -> CertificateRevocation | None:
        status = await resolvers.resolve_certificate_revocation(info, self.facts)
        return CertificateRevocation(
            status=CertificateRevocationStatus(status.status.value),
            revoked_at=status.revoked_at,
            reason=status.reason,
        )

    @strawberry.field(description="소유자 확인 — when a number (and R) was given.")
    def owner_check(self) -> CertificateOwnerCheck | None:
        return CertificateOwnerCheck.of(self.owner) if self.owner else None

    @strawberry.field(
        description=(
            "Each agency flow and whether it takes this certificate, with the reason when not: "
            "learn why a certificate is refused before a sign-up fails."
        )
    )
    def accepted_by(self, info: Info) -> list[CertificateFlowAcceptance]:
        language = info.context.language
        return [CertificateFlowAcceptance.of(v, self.facts, language) for v in verdicts(self.facts)]


@strawberry.type(
    description=(
        "서명용 challenge — a nonce to sign with the certificate's key (its ASCII text, "
        "RSASSA-PKCS1-v1_5 / SHA-256), usable once, before `expiresAt`."
    )
)
class CertificateChallenge:
    nonce: str = strawberry.field(description="The text to sign.")
    expires_at: datetime = strawberry.field(description="Refused after this instant.")
    agency: Agency | None = strawberry.field(description="The agency it was issued for.")
    flow: CertificateFlow | None = strawberry.field(description="The flow it was issued for.")

    @classmethod
    def of(
        cls, issued: IssuedChallenge, agency: str | None, flow: CertificateFlow | None
    ) -> CertificateChallenge:
        return cls(
            nonce=issued.nonce,
            expires_at=issued.expires_at,
            agency=Agency(agency) if agency else None,
            flow=flow,
        )
