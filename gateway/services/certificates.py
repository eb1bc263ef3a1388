"""공동인증서 (NPKI certificates): what a certificate is, whose it is, and which flows take it.

Reading a certificate (owner, CA, kind, validity, the VID owner check) is local, with
`koreakit.npki`; whether it chains to the trusted CAs uses their certificates from the pki
upstream (cached by the connector); revocation, challenges and signed-proof verification are the
CAs' to answer.

`ACCEPTANCE` is the static table of which certificate kinds each agency flow takes, each entry
quoting its seed, so a user learns why a certificate is refused before a sign-up fails. The
agencies remain the authority: this table only predicts their answer.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from cryptography import x509
from cryptography.x509.oid import NameOID

from connectors.pki import (
    CertificateStatus,
    IssuedChallenge,
    PkiConnector,
    PkiRejectedError,
    ProofCheck,
    VerifiedProof,
)
from gateway.errors import UserError
from gateway.i18n import Text
from gateway.messages.certificates import CertificateErrorCode as Code
from koreakit import brn, masking, rrn
from koreakit.errors import InvalidIdentifierError
from koreakit.npki.errors import (
    KindNotAcceptedError,
    MalformedCertificateError,
    UntrustedCertificateError,
)
from koreakit.npki.oids import DEFAULT_POLICIES, CertificateAuthority, CertificateKind
from koreakit.npki.subject import name_from_common_name
from koreakit.npki.verify import load_certificate, verify_certificate
from koreakit.npki.vid import real_name, verify_vid

T = TypeVar("T")
_CA, _KIND = CertificateAuthority, CertificateKind


class CertificateFlow(enum.Enum):
    """Agency flows that sign with a certificate."""

    WORK24_CORPORATE_SIGNUP = "work24_corporate_signup"
    KOTRA_COMPANY_REGISTRATION = "kotra_company_registration"
    HOMETAX_DEPARTMENT_USER = "hometax_department_user"
    GOV24_SIGNATURE_ISSUANCE = "gov24_signature_issuance"


@dataclass(frozen=True)
class Accepted:
    """One certificate a flow takes: the CA, the kind, and the seed's own name for it."""

    ca: CertificateAuthority
    kind: CertificateKind
    label: str


@dataclass(frozen=True)
class FlowPolicy:
    flow: CertificateFlow
    agency: str
    name: Text
    requirement: Text
    source: str
    accepted: tuple[Accepted, ...]

    def accepts(self, ca: CertificateAuthority | None, kind: CertificateKind | None) -> bool:
        return any(a.ca is ca and a.kind is kind for a in self.accepted)

    @property
    def kinds(self) -> tuple[CertificateKind, ...]:
        return tuple(dict.fromkeys(a.kind for a in self.accepted))


def _each_ca(kind: CertificateKind, label: str) -> tuple[Accepted, ...]:
    return tuple(Accepted(ca, kind, f"{ca.name_ko} {label}") for ca in CertificateAuthority)


ACCEPTANCE: Mapping[CertificateFlow, FlowPolicy] = {
    policy.flow: policy
    for policy in (
        FlowPolicy(
            CertificateFlow.WORK24_CORPORATE_SIGNUP,
            "work24",
            Text("고용24 기업회원 가입", "Work24 corporate member sign-up"),
            Text(
                "5개 공동인증서 발급기관의 법인(사업자) 범용 공동인증서",
                "a corporate general-purpose certificate of one of the five accredited CAs",
            ),
            "seed 000 §1.3 사업자등록번호 확인 ③: 회원 가입하려는 “사업자등록번호”로 발급 받은 "
            "공동인증서 — 5개 공동인증서 발급기관 (금융결제원, 한국증권전산, 한국정보인증, "
            "한국전자인증, 한국무역정보통신) 공동인증서 사용 가능; §1.4.2 인증서 목록 “범용기업”",
            _each_ca(_KIND.CORPORATE_GENERAL, "법인 범용"),
        ),
        FlowPolicy(
            CertificateFlow.KOTRA_COMPANY_REGISTRATION,
            "kotra",
            Text(
                "KOTRA 무역투자24 소속기업 정보 등록",
                "KOTRA Trade and Investment 24 company registration",
            ),
            Text(
                "KOTRA가 안내한 기업 범용인증서 (법인 범용 또는 목록의 법인 용도제한 인증서)",
                "a corporate certificate on KOTRA's list (corporate general-purpose, or one of "
                "the listed corporate limited-use kinds)",
            ),
            "seed 002 “사용 가능한 기업 범용인증서 종류” (again as “소속기업 정보 등록 시 사용 "
            "가능한 기업 범용인증서 종류”)",
            # The list's 한국전산원(기관·법인) is a CA no longer issuing, and TradeSign's
            # 특수목적·전자무역 kinds are none of the kinds issued here: neither has an entry.
            # SignKorea appears only as 증권전산(법인), so its limited-use kinds are refused.
            (
                Accepted(_CA.YESSIGN, _KIND.CORPORATE_GENERAL, "금융결제원(법인)"),
                Accepted(_CA.SIGNKOREA, _KIND.CORPORATE_GENERAL, "증권전산(법인)"),
                Accepted(_CA.KICA, _KIND.CORPORATE_GENERAL, "한국정보인증(법인)"),
                Accepted(_CA.CROSSCERT, _KIND.CORPORATE_GENERAL, "전자인증(법인)"),
                Accepted(_CA.TRADESIGN, _KIND.CORPORATE_GENERAL, "한국무역정보통신(법인)"),
                Accepted(
                    _CA.YESSIGN,
                    _KIND.CORPORATE_BANKING,
                    "금융결제원 은행/보험·증권·은행·기업뱅킹·법인업무(법인)",
                ),
                Accepted(
                    _CA.YESSIGN, _KIND.CORPORATE_PROCUREMENT, "금융결제원 조달청 원클릭(법인)"
                ),
                Accepted(_CA.KICA, _KIND.E_TAX_INVOICE, "정보인증전자세금용(법인)"),
                # CrossCert's one corporate limited-use kind issued here is e-tax-invoice
                Accepted(_CA.CROSSCERT, _KIND.E_TAX_INVOICE, "전자인증 용도제한(법인)"),
            ),
        ),
        FlowPolicy(
            CertificateFlow.HOMETAX_DEPARTMENT_USER,
            "hometax",
            Text("홈택스 전자세금계산서 전용 부서사용자", "Hometax e-tax-invoice department user"),
            Text(
                "전자세금계산서 전용(전자세금용) 또는 법인(사업자) 범용 공동인증서",
                "an e-tax-invoice-only or a corporate general-purpose certificate",
            ),
            "seed 004: 사업자등록번호 아이디와 통일된 공인인증서와 다른 전자세금계산서 전용 "
            "공인인증서를 등록하여 사용합니다 / 부서사용자 아이디로 로그인하여 공인인증서 등록",
            _each_ca(_KIND.E_TAX_INVOICE, "전자세금용")
            + _each_ca(_KIND.CORPORATE_GENERAL, "법인 범용"),
        ),
        FlowPolicy(
            CertificateFlow.GOV24_SIGNATURE_ISSUANCE,
            "gov24",
            Text(
                "정부24 전자본인서명확인서 발급",
                "Gov24 electronic personal-signature confirmation issuance",
            ),
            Text(
                "본인 명의의 개인 범용 공동인증서",
                "a personal general-purpose certificate of the applicant",
            ),
            # the applicant signs in person ("본인이 직접 확인"): a personal certificate
            "seed 003 Step.4 공인인증서 로그인; 발급: 공인인증서를 통해 본인이 직접 확인",
            _each_ca(_KIND.PERSONAL_GENERAL, "개인 범용"),
        ),
    )
}


# --- reading a certificate (local) --------------------------------------------------------------


class Validity(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


@dataclass(frozen=True)
class Facts:
    """What the certificate itself says; ``ca`` and ``kind`` from its first known policy OID."""

    certificate: x509.Certificate = field(repr=False)
    serial: str
    subject: str
    issuer: str
    holder_name: str
    ca: CertificateAuthority | None
    kind: CertificateKind | None
    policy_oid: str | None
    not_before: datetime
    not_after: datetime

    def validity(self, now: datetime) -> Validity:
        if now < self.not_before:
            return Validity.NOT_YET_VALID
        return Validity.EXPIRED if now > self.not_after else Validity.VALID


@dataclass(frozen=True)
class OwnerCheck:
    """The VID check: the typed number (masked, never echoed) plus R against the certificate."""

    number_kind: str  # "resident" or "business"
    number_masked: str
    matches: bool


@dataclass(frozen=True)
class FlowVerdict:
    policy: FlowPolicy
    accepted: bool


def read(raw: str, field: list[str]) -> Facts:
    """A certificate from PEM or base64 DER. Raises: UserError MALFORMED_CERTIFICATE."""
    try:
        if "-----BEGIN" in raw:
            data = raw.strip().encode("ascii", "replace")
        else:  # base64 as pasted: line breaks and spaces allowed
            data = base64.b64decode("".join(raw.split()), validate=True)
        certificate = load_certificate(data)
    except (ValueError, MalformedCertificateError):
        raise UserError(Code.MALFORMED_CERTIFICATE, field=field) from None
    try:
        policies = certificate.extensions.get_extension_for_class(x509.CertificatePolicies)
        oids = [policy.policy_identifier for policy in policies.value]
    except (x509.ExtensionNotFound, ValueError):
        oids = []
    match = DEFAULT_POLICIES.lookup_first(oids)
    return Facts(
        certificate=certificate,
        serial=f"{certificate.serial_number:X}",
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        holder_name=real_name(certificate) or _common_name(certificate),
        ca=match.ca if match else None,
        kind=match.kind if match else None,
        policy_oid=match.oid.dotted_string if match else None,
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
    )


def check_owner(facts: Facts, typed_number: str, random_num: str | None) -> OwnerCheck:
    """Whether ``typed_number`` (RRN or BRN) and R give the certificate's VID.

    Raises:
        UserError: RANDOM_NUM_REQUIRED, INVALID_RANDOM_NUM, INVALID_NUMBER.
    """
    if random_num is None:
        raise UserError(Code.RANDOM_NUM_REQUIRED, field=["input", "randomNum"])
    try:
        r = base64.b64decode(random_num, validate=True)
    except (binascii.Error, ValueError):
        raise UserError(Code.INVALID_RANDOM_NUM, field=["input", "randomNum"]) from None
    kind, digits, masked = typed_number_of(typed_number, ["input", "typedNumber"])
    return OwnerCheck(kind, masked, verify_vid(facts.certificate, digits, r))


def verdicts(facts: Facts) -> list[FlowVerdict]:
    """Each flow of `ACCEPTANCE` and whether it takes this certificate's CA and kind."""
    return [FlowVerdict(p, p.accepts(facts.ca, facts.kind)) for p in ACCEPTANCE.values()]


def typed_number_of(typed: str, field: list[str]) -> tuple[str, str, str]:
    """(``resident`` | ``business``, the digits, the masked form) of a typed number.

    Raises: UserError INVALID_NUMBER (not a valid RRN or BRN).
    """
    digits = "".join(c for c in typed if c not in "- ")
    try:
        if len(digits) == 10:
            number = brn.validate(digits)
            return "business", number, f"{number[:3]}-{number[3:5]}-*****"
        if len(digits) == 13:
            resident = rrn.validate(digits)
            return "resident", resident.number, masking.mask_rrn(resident.number)
    except InvalidIdentifierError:
        pass
    raise UserError(Code.INVALID_NUMBER, field=field)


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else ""
    return name_from_common_name(value if isinstance(value, str) else value.decode())


# --- what the CAs answer ------------------------------------------------------------------------


async def is_trusted(pki: PkiConnector, facts: Facts) -> bool:
    """Whether the certificate chains to the CAs' test root (at a moment of its own validity:
    expiry is reported apart)."""
    anchors = await pki.trust_anchors()
    moment = min(max(datetime.now(UTC), facts.not_before), facts.not_after)
    try:
        verify_certificate(
            facts.certificate,
            trust_root=anchors.root.certificate,
            intermediates=anchors.intermediate_certificates(),
            at=moment,
        )
    except UntrustedCertificateError:
        return False
    except KindNotAcceptedError:  # the chain is good; the policy OID is no accredited CA's
        return True
    return True


async def revocation(pki: PkiConnector, facts: Facts) -> CertificateStatus:
    return await pki.certificate_status(facts.serial)


def relying_agency(agency: str | None, flow: CertificateFlow | None) -> str | None:
    """The agency a challenge or verification is for: given, or the flow's.

    Raises: UserError AGENCY_MISMATCH when both are given and differ.
    """
    if flow is None:
        return agency
    owner = ACCEPTANCE[flow].agency
    if agency is not None and agency != owner:
        raise UserError(Code.AGENCY_MISMATCH, field=["input", "agency"], agency=owner)
    return owner


async def challenge(pki: PkiConnector, agency: str | None) -> IssuedChallenge:
    """A single-use, expiring challenge for the relying agency (the gateway's when none)."""
    return await pki.issue_challenge(agency or "gateway")


async def verify(
    pki: PkiConnector, proof: ProofCheck, flow: CertificateFlow | None
) -> VerifiedProof:
    """Check a holder's signed proof at the CAs, for ``flow`` when given.

    Raises:
        UserError: the CAs' refusal (REPLAYED, OWNER_MISMATCH, EXPIRED …), or
            KIND_NOT_ACCEPTED when the flow's table does not take this CA and kind.
    """
    policy = ACCEPTANCE[flow] if flow is not None else None
    if proof.number is not None:
        typed_number_of(proof.number, ["input", "typedNumber"])
        if proof.random_num is None:
            raise UserError(Code.RANDOM_NUM_REQUIRED, field=["input", "proof", "randomNum"])
    if policy is not None:
        kinds = tuple(kind.value for kind in policy.kinds)
        proof = dataclasses.replace(proof, accepted_kinds=kinds)
    verified = await _call(pki.verify(proof))
    if policy is not None and not policy.accepts(_CA(verified.ca), _KIND(verified.kind)):
        raise UserError(Code.KIND_NOT_ACCEPTED, field=["input", "proof", "certificate"])
    return verified


_FIELDS = {
    "certificate": ["input", "proof", "certificate"],
    "signature": ["input", "proof", "signature"],
    "challenge": ["input", "proof", "challenge"],
    "randomNum": ["input", "proof", "randomNum"],
    "number": ["input", "typedNumber"],
}


async def _call(call: Awaitable[T]) -> T:
    """Await a CA call; its refusals a user can act on become `UserError`s."""
    try:
        return await call
    except PkiRejectedError as error:
        code = Code.__members__.get(error.code)
        if code is None or code in (Code.NOT_LOGGED_IN, Code.INVALID_INPUT):
            raise
        raise UserError(code, field=_FIELDS.get(error.field or "")) from error
