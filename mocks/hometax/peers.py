"""What Hometax asks other agencies, as their client: the identity provider (실명인증), the
NTS (is the business closed?) and the CAs (a signed certificate proof). The calls are
`mocks.framework.peer_calls`; a peer unreachable or failing is 503 PEER_UNAVAILABLE
(`HometaxError.of_peer_unavailable`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from mocks.framework import MockContext
from mocks.framework.peer_calls import (
    CertificateRefusal,
    identity_verification,
    nts_status_code,
    pki_verify,
)
from mocks.framework.sites import SITES
from mocks.hometax.errors import HometaxError
from mocks.hometax.messages import HometaxErrorCode as C

SITE_CODE: Final = "hometax"
NTS_CLOSED: Final = "03"
_SPACES = re.compile(r"\s+")
assert SITE_CODE in SITES


@dataclass(frozen=True)
class VerifiedApplicant:
    """The person the identity provider verified for Hometax."""

    name: str
    birth_date: date
    di: str


@dataclass(frozen=True)
class CheckedCertificate:
    """A certificate the CAs verified: its serial, kind and holder."""

    serial: str
    kind: str
    holder_name: str


def _same_name(given: str, verified: str) -> bool:
    return _SPACES.sub("", given).casefold() == _SPACES.sub("", verified).casefold()


async def verified_applicant(
    ctx: MockContext, verification_id: str, name: str
) -> VerifiedApplicant:
    """성명 실명인증: the identity provider verified this person for Hometax, under this name.

    Raises:
        HometaxError: 422 REAL_NAME_FAILED otherwise.
    """
    verification = await identity_verification(ctx, verification_id)
    if (
        verification is None
        or not verification.verified_for(SITE_CODE, statuses=("verified", "approved"))
        or not _same_name(name, str(verification.result.get("name", "")))
    ):
        raise HometaxError(422, C.REAL_NAME_FAILED, field="applicant_name")
    result = verification.result
    return VerifiedApplicant(
        name=str(result["name"]),
        birth_date=date.fromisoformat(result["birth_date"]),
        di=result["di"],
    )


async def is_closed(ctx: MockContext, business_number: str) -> bool:
    """Whether the NTS reports the business closed (폐업자)."""
    return await nts_status_code(ctx, business_number) == NTS_CLOSED


async def checked_certificate(
    ctx: MockContext, proof: dict[str, Any], business_number: str, kinds: tuple[str, ...]
) -> CheckedCertificate:
    """The CAs' check of a signed proof: chain, validity, revocation, kind, signature, and the
    owner check against the business number (with R).

    Raises:
        HometaxError: 422 CERTIFICATE_REFUSED with the CAs' own message.
    """
    checked = await pki_verify(ctx, proof, number=business_number, accepted_kinds=kinds)
    if isinstance(checked, CertificateRefusal):
        raise HometaxError(
            422,
            C.CERTIFICATE_REFUSED,
            field="certificate",
            message=checked.message,
            message_en=checked.message_en,
        )
    return CheckedCertificate(
        serial=checked.serial, kind=checked.kind, holder_name=checked.holder_name
    )
