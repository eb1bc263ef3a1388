"""공동인증서 확인 and 금융인증서 확인: which certificate a company confirmed with.

A joint certificate's proof is checked by the CAs (`POST /verify` of the pki peer): chain to
the five accredited CAs, validity, revocation, the corporate general-purpose kind (§1.4.2
"범용기업"), the signature over Work24's challenge and the VID owner check with the number the
user typed (10 digits, no hyphens: §1.3.4.2). The typed number must also be the business's
own. A 금융인증서 use must have been verified (`mocks.work24.fincert`) for this business, and
is spent once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mocks.framework import MockContext
from mocks.framework.peer_calls import CertificateRefusal, pki_challenge, pki_verify
from mocks.work24.errors import Work24Error
from mocks.work24.messages import SITE_CODE, Work24ErrorCode
from mocks.work24.models import FincertUse
from mocks.work24.schemas import CertificateChoice, ChallengeIssued, JointProof

_C = Work24ErrorCode
ACCEPTED_KINDS = ("corporate",)
"""Corporate general-purpose (법인 범용, "범용기업") certificates only."""
_CODES = {"OWNER_MISMATCH": _C.OWNER_MISMATCH, "KIND_NOT_ACCEPTED": _C.KIND_NOT_ACCEPTED}


@dataclass(frozen=True)
class Confirmed:
    """The certificate a company confirmed with: its registration key and label."""

    key: str
    kind: str  # joint | fincert
    label: str
    holder_name: str


async def challenge(ctx: MockContext) -> ChallengeIssued:
    """A single-use nonce from the CAs for Work24 to have signed."""
    issued = await pki_challenge(ctx, SITE_CODE)
    return ChallengeIssued(nonce=issued.nonce, expires_at=issued.expires_at)


async def confirm(ctx: MockContext, choice: CertificateChoice, number: str) -> Confirmed:
    """The certificate of ``choice``, checked for business ``number``."""
    if choice.joint is not None:
        return await _joint(ctx, choice.joint, number)
    if choice.fincert_id is not None:
        return await _fincert(ctx, choice.fincert_id, number)
    raise Work24Error(400, _C.CERTIFICATE_REQUIRED, field="joint")


async def _joint(ctx: MockContext, proof: JointProof, number: str) -> Confirmed:
    if not re.fullmatch(r"\d{10}", proof.typed_number):
        raise Work24Error(400, _C.TYPED_NUMBER_FORMAT, field="joint.typed_number")
    signed = proof.model_dump(by_alias=True, exclude={"typed_number"})
    verified = await pki_verify(
        ctx, signed, number=proof.typed_number, accepted_kinds=ACCEPTED_KINDS
    )
    if isinstance(verified, CertificateRefusal):
        raise _refused(verified)
    if proof.typed_number != number:  # the certificate is the typed number's, not this business's
        raise Work24Error(422, _C.OWNER_MISMATCH, field="joint.typed_number")
    label = (
        f"{verified.ca_name_ko} {verified.kind_label_ko} {verified.holder_name} "
        f"(일련번호 {verified.serial}, 만료일 {verified.not_after[:10]})"
    )
    key = f"joint:{verified.ca}:{verified.serial}"
    return Confirmed(key, "joint", label, verified.holder_name)


def _refused(refusal: CertificateRefusal) -> Work24Error:
    code = refusal.code
    field = f"joint.{refusal.field}" if refusal.field else "joint"
    if code == "OWNER_MISMATCH":
        field = "joint.typed_number"
    if code in _CODES:
        return Work24Error(422, _CODES[code], field=field, reason=code)
    return Work24Error(
        422,
        _C.CERTIFICATE_REFUSED,
        field=field,
        reason=code,
        message=refusal.message or "",
        message_en=refusal.message_en or "",
    )


async def _fincert(ctx: MockContext, use_id: str, number: str) -> Confirmed:
    db, now = await ctx.session(), ctx.clock.now()
    use = await db.get(FincertUse, use_id)
    if (
        use is None
        or use.verified_at is None
        or use.used_at is not None
        or use.expires_at < now
        or use.business_number != number
    ):
        raise Work24Error(422, _C.FINCERT_NOT_VERIFIED, field="fincert_id")
    use.used_at = now
    holder = use.holder_name or ""
    label = f"금융인증서 (사업자용) {holder} ({number[:3]}-{number[3:5]}-*****)"
    return Confirmed(f"fincert:{number}", "fincert", label, holder)
