"""The subject of a 금융인증서: a business (사업자등록번호) or a person (주민등록번호)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from koreakit import brn, rrn
from koreakit.errors import InvalidIdentifierError
from mocks.framework.sealing import lookup_hash
from mocks.pki.errors import PkiError

SubjectType = Literal["business", "person"]


@dataclass(frozen=True)
class Subject:
    """A validated number: its digits (never stored), keyed hash and masked form."""

    type: SubjectType
    number: str = field(repr=False)
    hash: str
    masked: str


def subject_of(subject_type: SubjectType, number: str) -> Subject:
    """Raises: PkiError 400 INVALID_NUMBER with KoreaKit's message."""
    try:
        if subject_type == "business":
            digits = brn.validate(number)
            masked = f"{digits[:3]}-{digits[3:5]}-*****"
        else:
            resident = rrn.validate(number)
            digits, masked = resident.number, resident.masked()
    except InvalidIdentifierError as error:
        raise PkiError.invalid_number(error) from None
    return Subject(subject_type, digits, lookup_hash(digits), masked)
