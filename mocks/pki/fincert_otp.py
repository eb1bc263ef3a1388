"""Test controls for the OTP (일회용 비밀번호 생성기) registered to a 금융인증서 cloud account.

A test suite registers an OTP to any account (``POST /__admin/fincert/otp``) and reads the code
the device shows now (``POST /__admin/fincert/otp/code``). The device is a TOTP (RFC 6238:
HMAC-SHA1, 6 digits, 30-second steps) over the MOCK clock, so a code is deterministic: the same
secret and mock time always give the same code, and `mocks.pki.fincert_rules.otp_ok` accepts it
(or the one of the step before or after) at ``/fincert/sessions/{id}/confirm``. The number is
sent in the body, never in the path, so a 주민등록번호 is never in an access log.
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import quote, urlencode

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.twofactor.totp import TOTP

from mocks.framework import MockContext
from mocks.framework.sealing import seal, unseal
from mocks.pki.agency import route
from mocks.pki.errors import PkiError
from mocks.pki.fincert_rules import account_by_hash
from mocks.pki.fincert_schemas import OtpCode, OtpDevice, OtpOwner, OtpRegistration
from mocks.pki.messages import PkiErrorCode
from mocks.pki.models import FincertAccount
from mocks.pki.seed import FINCERT_OTP_SECRET
from mocks.pki.subjects import subject_of

_C = PkiErrorCode
OTP_DIGITS: Final = 6
OTP_PERIOD: Final = 30
"""Seconds of one TOTP step."""
OTP_ISSUER: Final = "yessign-fincert-test"


def otp_serial(account: FincertAccount) -> str:
    """The device's serial number, derived from the account (stable across resets)."""
    return f"YSOTP{account.id:08d}"


def otp_code(secret: bytes, at: datetime) -> tuple[str, datetime, datetime]:
    """The TOTP code a device with ``secret`` shows at ``at``, and its step's start and end."""
    seconds = int(at.timestamp())
    start = at - timedelta(seconds=seconds % OTP_PERIOD, microseconds=at.microsecond)
    code = TOTP(secret, OTP_DIGITS, hashes.SHA1(), OTP_PERIOD).generate(seconds).decode()
    return code, start, start + timedelta(seconds=OTP_PERIOD)


async def _account(ctx: MockContext, owner: OtpOwner) -> FincertAccount:
    """The owner's cloud account; 404 NOT_FOUND (field ``number``) when it has none."""
    account = await account_by_hash(ctx, subject_of(owner.subject_type, owner.number).hash)
    if account is None:
        raise PkiError(404, _C.NOT_FOUND, field="number")
    return account


def _device(account: FincertAccount, secret: bytes, now: datetime) -> OtpDevice:
    code, _, valid_until = otp_code(secret, now)
    secret_base32 = base64.b32encode(secret).decode("ascii").rstrip("=")
    label = quote(f"{OTP_ISSUER}:{account.number_masked}")
    query = urlencode(
        {
            "secret": secret_base32,
            "issuer": OTP_ISSUER,
            "algorithm": "SHA1",
            "digits": OTP_DIGITS,
            "period": OTP_PERIOD,
        }
    )
    return OtpDevice(
        serial=otp_serial(account),
        subject_type=account.subject_type,
        number_masked=account.number_masked,
        secret_hex=secret.hex(),
        secret_base32=secret_base32,
        otpauth_uri=f"otpauth://totp/{label}?{query}",
        digits=OTP_DIGITS,
        period=OTP_PERIOD,
        code=code,
        code_valid_until=valid_until,
    )


@route(
    "POST",
    "/__admin/fincert/otp",
    body=OtpRegistration,
    ok=OtpDevice,
    status=201,
    errors=(404,),
    summary="Test control: register an OTP device to a 금융인증서 cloud account",
    description=(
        "Registers (or replaces) the account's OTP: TOTP per RFC 6238, HMAC-SHA1, 6 digits, "
        "30 s, over the mock clock; the secret is `secret_hex` or the fixed test secret "
        "`agency-gateway-test-otp-1` (hex `6167656e63792d676174657761792d746573742d6f74702d31`, "
        "the one of 홍길동's seeded OTP). Answers the serial, the secret (hex, base32, "
        "otpauth URI) and the code it shows now. 404 NOT_FOUND (field `number`) when the "
        "number has no cloud account yet (sign up first)."
    ),
)
async def register_otp(ctx: MockContext, body: OtpRegistration) -> OtpDevice:
    account = await _account(ctx, body)
    secret = bytes.fromhex(body.secret_hex) if body.secret_hex else FINCERT_OTP_SECRET
    account.otp_secret_sealed = seal(secret.hex())
    return _device(account, secret, ctx.clock.now())


@route(
    "POST",
    "/__admin/fincert/otp/code",
    body=OtpOwner,
    ok=OtpCode,
    errors=(404, 422),
    summary="Test control: the code the account's OTP device shows now (mock clock)",
    description=(
        "The 6-digit TOTP code of the current 30-second step of the mock clock and when it "
        "stops being current. 404 NOT_FOUND (field `number`) without a cloud account, 422 "
        "OTP_NOT_REGISTERED without an OTP."
    ),
)
async def current_otp_code(ctx: MockContext, body: OtpOwner) -> OtpCode:
    account = await _account(ctx, body)
    if account.otp_secret_sealed is None:
        raise PkiError(422, _C.OTP_NOT_REGISTERED, field="number")
    secret = bytes.fromhex(unseal(account.otp_secret_sealed))
    code, valid_from, valid_until = otp_code(secret, ctx.clock.now())
    return OtpCode(
        serial=otp_serial(account), code=code, valid_from=valid_from, valid_until=valid_until
    )
