"""The NTS rules: status rows, validation matching and registry rows."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mocks.nts import messages
from mocks.nts.models import Business
from mocks.nts.schemas import (
    RegistryRow,
    StatusResponse,
    StatusRow,
    ValidateBusiness,
    ValidateRow,
)

_TEN_DIGITS = re.compile(r"[0-9]{10}")
_SPACES = re.compile(r"\s+")


def is_well_formed(b_no: str) -> bool:
    """Ten ASCII digits. Anything else (hyphens included) is simply not a registered number."""
    return _TEN_DIGITS.fullmatch(b_no) is not None


async def find_businesses(session: AsyncSession, numbers: Iterable[str]) -> dict[str, Business]:
    """The registered businesses among ``numbers``, by number (one query)."""
    wanted = {b_no for b_no in numbers if is_well_formed(b_no)}
    if not wanted:
        return {}
    rows = await session.scalars(select(Business).where(Business.b_no.in_(wanted)))
    return {business.b_no: business for business in rows}


def unregistered_status(b_no: str) -> StatusRow:
    """Still HTTP 200: b_stt empty, the 미등록 text in tax_type, every other field empty."""
    return StatusRow(
        b_no=b_no,
        b_stt="",
        b_stt_cd="",
        tax_type=messages.UNREGISTERED,
        tax_type_cd="",
        end_dt="",
        utcc_yn="",
        tax_type_change_dt="",
        invoice_apply_dt="",
        rbf_tax_type="",
        rbf_tax_type_cd="",
    )


def status_row(b_no: str, business: Business | None) -> StatusRow:
    if business is None:
        return unregistered_status(b_no)
    return StatusRow(
        b_no=business.b_no,
        b_stt=messages.BUSINESS_STATUS[business.b_stt_cd],
        b_stt_cd=business.b_stt_cd,
        tax_type=messages.TAX_TYPE[business.tax_type_cd],
        tax_type_cd=business.tax_type_cd,
        end_dt=business.end_dt,
        utcc_yn=business.utcc_yn,
        tax_type_change_dt=business.tax_type_change_dt,
        invoice_apply_dt=business.invoice_apply_dt,
        rbf_tax_type=messages.PREVIOUS_TAX_TYPE[business.rbf_tax_type_cd],
        rbf_tax_type_cd=business.rbf_tax_type_cd,
    )


def status_response(numbers: Sequence[str], found: Mapping[str, Business]) -> StatusResponse:
    """The /status answer: a row per number asked, in order; ``match_cnt`` those registered."""
    rows = [status_row(b_no, found.get(b_no)) for b_no in numbers]
    matched = sum(1 for row in rows if row.b_stt_cd)
    return StatusResponse(request_cnt=len(rows), match_cnt=matched, data=rows)


def _text(value: str) -> str:
    """Names and addresses are compared ignoring spaces and letter case ("유정 열" = "유정열")."""
    return _SPACES.sub("", value).casefold()


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def matches(given: ValidateBusiness, business: Business) -> bool:
    """Required fields must agree; optional ones only when the caller filled them in."""
    if given.start_dt != business.start_dt or _text(given.p_nm) != _text(business.p_nm):
        return False
    texts = (
        (given.p_nm2, business.p_nm2),
        (given.b_nm, business.b_nm),
        (given.b_sector, business.b_sector),
        (given.b_type, business.b_type),
        (given.b_adr, business.b_adr),
    )
    if any(mine.strip() and _text(mine) != _text(theirs) for mine, theirs in texts):
        return False
    return not given.corp_no.strip() or _digits(given.corp_no) == business.corp_no


def validate_row(given: ValidateBusiness, business: Business | None) -> ValidateRow:
    if business is None or not matches(given, business):
        return ValidateRow(
            b_no=given.b_no,
            valid=messages.INVALID,
            valid_msg=messages.INVALID_MESSAGE,
            request_param=given,
        )
    status = status_row(given.b_no, business)
    return ValidateRow(
        b_no=given.b_no, valid=messages.VALID, valid_msg="", request_param=given, status=status
    )


def registry_row(b_no: str, business: Business | None) -> RegistryRow:
    if business is None:
        return RegistryRow(b_no=b_no)
    fields = {name: getattr(business, name) for name in RegistryRow.model_fields}
    return RegistryRow.model_validate({**fields, "updated_at": business.updated_at.isoformat()})
