"""Wire-format models of the NTS API and their mapping to records.

Field names are the real API's (``b_no``, ``b_stt_cd`` …). Models ignore unknown fields and
accept both documented shapes of ``/validate`` (nested ``status`` with ``valid_cnt``, or
row-level fields with ``match_cnt``), so the connector works against the real service too.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from connectors.nts.records import (
    BusinessStatusCode,
    NtsRegistration,
    NtsStatus,
    NtsValidation,
    NtsValidationRequest,
    TaxTypeCode,
)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class StatusRow(_Wire):
    b_no: str
    b_stt: str = ""
    b_stt_cd: str = ""
    tax_type: str = ""
    tax_type_cd: str = ""
    end_dt: str = ""
    utcc_yn: str = ""
    tax_type_change_dt: str = ""
    invoice_apply_dt: str = ""
    rbf_tax_type: str = ""
    rbf_tax_type_cd: str = ""


class StatusResponse(_Wire):
    status_code: str
    request_cnt: int = 0
    match_cnt: int = 0
    data: list[StatusRow] = []


class ValidateRow(_Wire):
    b_no: str
    valid: str
    valid_msg: str = ""
    status: StatusRow | None = None


class ValidateResponse(_Wire):
    status_code: str
    request_cnt: int = 0
    data: list[ValidateRow] = []


class RegistryRow(_Wire):
    b_no: str
    b_nm: str = ""
    p_nm: str = ""
    start_dt: str = ""
    corp_no: str = ""
    b_sector: str = ""
    b_type: str = ""
    industry_code: str = ""
    b_adr: str = ""
    b_tel: str = ""
    b_fax: str = ""


class RegistryResponse(_Wire):
    status_code: str
    data: list[RegistryRow] = []


class ErrorBody(_Wire):
    """Either the NTS shape (``status_code``) or the API gateway's (``code``, ``msg``)."""

    status_code: str | None = None
    message: str | None = None
    code: int | None = None
    msg: str | None = None


def _date(value: str) -> date | None:
    return datetime.strptime(value, "%Y%m%d").date() if value else None


_CodeT = TypeVar("_CodeT", BusinessStatusCode, TaxTypeCode)


def _enum(kind: type[_CodeT], value: str) -> _CodeT | None:
    try:
        return kind(value) if value else None
    except ValueError:
        return None  # a code this client does not know yet; the label still says it


def to_status(row: StatusRow) -> NtsStatus:
    registered = bool(row.b_stt_cd)
    return NtsStatus(
        number=row.b_no,
        registered=registered,
        status=_enum(BusinessStatusCode, row.b_stt_cd),
        status_label=row.b_stt or None,
        tax_type=_enum(TaxTypeCode, row.tax_type_cd),
        tax_type_label=row.tax_type or None,
        closed_on=_date(row.end_dt),
        unit_taxation_closure={"Y": True, "N": False}.get(row.utcc_yn),
        tax_type_changed_on=_date(row.tax_type_change_dt),
        invoice_applied_on=_date(row.invoice_apply_dt),
        previous_tax_type=_enum(TaxTypeCode, row.rbf_tax_type_cd),
        previous_tax_type_label=row.rbf_tax_type or None,
    )


def to_validation(row: ValidateRow) -> NtsValidation:
    status = to_status(row.status) if row.status else None
    return NtsValidation(row.b_no, row.valid == "01", row.valid_msg, status)


def to_registration(row: RegistryRow) -> NtsRegistration:
    if not row.b_nm:
        return NtsRegistration(number=row.b_no, registered=False)
    return NtsRegistration(
        number=row.b_no,
        registered=True,
        company_name=row.b_nm,
        representative_name=row.p_nm or None,
        opened_on=_date(row.start_dt),
        corporate_number=row.corp_no or None,
        business_sector=row.b_sector or None,
        business_item=row.b_type or None,
        industry_code=row.industry_code or None,
        address=row.b_adr or None,
        phone=row.b_tel or None,
        fax=row.b_fax or None,
    )


def validation_body(request: NtsValidationRequest) -> dict[str, str]:
    return {
        "b_no": request.number,
        "start_dt": request.opened_on.strftime("%Y%m%d"),
        "p_nm": request.representative_name,
        "p_nm2": request.representative_name_korean,
        "b_nm": request.company_name,
        "corp_no": request.corporate_number,
        "b_sector": request.business_sector,
        "b_type": request.business_item,
        "b_adr": request.address,
    }
