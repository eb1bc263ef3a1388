"""Scalars for Korean identifiers: format and check digit are validated at parse time.

Personal numbers (`ResidentNumber`) are input-only and never echoed: a refusal is raised as a
``GraphQLError`` of its own, which graphql-core passes on without the usual "found: <value>",
so neither the response nor the error log holds the typed number.
"""

from __future__ import annotations

from typing import NewType, NoReturn

import strawberry
from graphql import GraphQLError
from strawberry.types.scalar import ScalarDefinition

from koreakit import brn, rrn
from koreakit.errors import IdentifierErrorCode, InvalidIdentifierError


def _parse_business_number(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("BusinessNumber must be a string such as 120-82-00275")
    return brn.validate(value)


def _parse_resident_number(value: object) -> rrn.ResidentNumber:
    """A 주민등록번호 as koreakit takes it: 13 digits and a real, past birth date; the legacy
    check digit is not a reason to refuse (numbers assigned since October 2020 have none).

    Raises: GraphQLError whose message never repeats the value; its original error is the
    `InvalidIdentifierError` (shown as ``BAD_USER_INPUT`` in the client's language).
    """
    try:
        if not isinstance(value, str):
            raise InvalidIdentifierError(
                IdentifierErrorCode.RRN_FORMAT,
                "주민등록번호는 문자열로 입력해 주세요(예: 801210-1234567).",
                "A resident registration number is a string such as 801210-1234567.",
            )
        return rrn.validate(value)
    except InvalidIdentifierError as error:
        raise GraphQLError("Invalid ResidentNumber", original_error=error) from None


def _never_serialize(value: object) -> NoReturn:
    raise TypeError("ResidentNumber is input-only: a resident number is never answered")


BusinessNumber = NewType("BusinessNumber", str)
ResidentNumber = NewType("ResidentNumber", rrn.ResidentNumber)
"""Parsed into koreakit's `ResidentNumber`, whose ``str()`` and ``repr()`` are masked; read
``.number`` deliberately where the full number goes to an agency."""

SCALARS: dict[object, ScalarDefinition] = {
    BusinessNumber: strawberry.scalar(
        name="BusinessNumber",
        description=(
            "사업자등록번호 — Korean business registration number, 10 digits. Input accepts "
            "`123-45-67890` or `1234567890`; the check digit is verified (weights "
            "1,3,7,1,3,7,1,3,5 plus ⌊5·d9/10⌋). Output is always the 10 digits without hyphens."
        ),
        serialize=str,
        parse_value=_parse_business_number,
    ),
    ResidentNumber: strawberry.scalar(
        name="ResidentNumber",
        description=(
            "주민등록번호 — Korean resident registration number, 13 digits; input only, never "
            "answered (responses show `residentNumberMasked`, e.g. `801210-1******`). Input "
            "accepts `801210-1234567` or `8012101234567`; the first six digits must be a real, "
            "past birth date in the century the 7th digit gives. The legacy check digit is not "
            "verified: numbers assigned since October 2020 carry random digits instead. A "
            "refused number is never repeated in the error."
        ),
        serialize=_never_serialize,
        parse_value=_parse_resident_number,
    ),
}
"""Custom scalars by Python type, given to the schema's ``StrawberryConfig.scalar_map``."""
