"""What a logged-in citizen reads and does besides issuing: the usage approval and its renewal,
the address search, their confirmations, the slip and the document wallet.

The agency login comes from the gateway session (``viewer``) or, during an issuance, from the
flow id; both hold the same sealed token.
"""

from __future__ import annotations

from connectors.gov24 import Address, Confirmation, ConfirmationPage, Gov24Connector, UsageApproval
from gateway.errors import UserError
from gateway.messages.gov24 import Gov24ErrorCode as Code
from gateway.services.gov24.refusals import call


async def approval(gov24: Gov24Connector, token: str) -> UsageApproval:
    return await call(gov24.approval(token))


async def renew(gov24: Gov24Connector, token: str, approval_id: str) -> UsageApproval:
    """갱신, only within the 30 days before expiry (the agency decides).

    Raises: UserError APPROVAL_MISMATCH when ``approval_id`` is not the citizen's approval.
    """
    current = await call(gov24.approval(token))
    if current.id != approval_id:
        raise UserError(Code.APPROVAL_MISMATCH, field=["input", "approvalId"])
    return await call(gov24.renew_approval(token))


async def addresses(gov24: Gov24Connector, token: str, query: str) -> tuple[Address, ...]:
    return await call(gov24.addresses(token, query.strip()[:50]))


async def confirmations(
    gov24: Gov24Connector, token: str, offset: int, limit: int
) -> ConfirmationPage:
    return await call(gov24.confirmations(token, offset, limit))


async def confirmation(gov24: Gov24Connector, token: str, number: str) -> Confirmation | None:
    try:
        return await call(gov24.confirmation(token, number.strip()))
    except UserError as error:
        if error.code is Code.CONFIRMATION_NOT_FOUND:
            return None
        raise


async def save_to_wallet(gov24: Gov24Connector, token: str, number: str) -> Confirmation:
    return await call(gov24.save_to_wallet(token, number.strip()))


async def slip_pdf(gov24: Gov24Connector, token: str, number: str) -> bytes:
    """발급증 출력: the slip as a PDF file."""
    return await call(gov24.slip_pdf(token, number.strip()))
