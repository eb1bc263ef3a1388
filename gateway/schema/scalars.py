"""Scalars for Korean identifiers: format and check digit are validated at parse time."""

from __future__ import annotations

from typing import NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

from koreakit import brn


def _parse_business_number(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("BusinessNumber must be a string such as 120-82-00275")
    return brn.validate(value)


BusinessNumber = NewType("BusinessNumber", str)

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
}
"""Custom scalars by Python type, given to the schema's ``StrawberryConfig.scalar_map``."""
