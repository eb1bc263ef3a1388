"""How a stored confirmation is answered: to its citizen, as a slip, to the verifying agency."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from mocks.gov24.messages import PURPOSE_NOTICE, SLIP_NOTICE
from mocks.gov24.models import Confirmation, VerificationLog


class VerificationView(BaseModel):
    """One look-up by a receiving agency (수요기관 확인 내역)."""

    agency_code: str
    agency_name: str
    outcome: Literal["viewed", "refused_agency", "refused_name"]
    at: datetime


class ConfirmationView(BaseModel):
    """전자본인서명확인서 as stored in the 발급시스템."""

    number: str = Field(description="발급번호 (synthetic format YYYY-NNNN-NNNN-NNNN)")
    issued_at: datetime = Field(description="발급일시")
    name: str
    number_masked: str = Field(description="주민등록번호, masked")
    address: str
    purpose: str = Field(description="용도")
    counterparty: str = Field(description="거래상대방")
    delegate: str = Field(description="위임받은 사람")
    agency_code: str = Field(description="제출기관 code")
    agency_name: str = Field(description="제출기관")
    content: str = Field(description="the signed text")
    signer_serial: str = Field(description="serial of the signing certificate (hex)")
    guardian_name: str | None = Field(description="법정대리인/한정후견인 who consented")
    wallet_saved_at: datetime | None = Field(description="saved to the 전자문서지갑")
    notice: str = PURPOSE_NOTICE
    verifications: list[VerificationView] = Field(default_factory=list)


class ConfirmationPage(BaseModel):
    total: int
    confirmations: list[ConfirmationView]


class SlipView(BaseModel):
    """발급증: what the printed slip carries; it has no legal force itself."""

    number: str
    issued_at: datetime
    name: str
    purpose: str
    agency_name: str
    delegate: str
    notice: str = SLIP_NOTICE


def confirmation_view(
    row: Confirmation, logs: list[VerificationLog] | None = None
) -> ConfirmationView:
    return ConfirmationView(
        number=row.number,
        issued_at=row.issued_at,
        name=row.name,
        number_masked=row.number_masked,
        address=row.address,
        purpose=row.purpose,
        counterparty=row.counterparty,
        delegate=row.delegate,
        agency_code=row.agency_code,
        agency_name=row.agency_name,
        content=row.content,
        signer_serial=row.signer_serial,
        guardian_name=row.guardian_name,
        wallet_saved_at=row.wallet_saved_at,
        verifications=[
            VerificationView(
                agency_code=log.agency_code,
                agency_name=log.agency_name,
                outcome=log.outcome,
                at=log.at,
            )
            for log in logs or []
        ],
    )


def slip_view(row: Confirmation) -> SlipView:
    return SlipView(
        number=row.number,
        issued_at=row.issued_at,
        name=row.name,
        purpose=row.purpose,
        agency_name=row.agency_name,
        delegate=row.delegate,
    )
