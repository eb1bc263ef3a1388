"""The pki mock's `MockAgency`, its route decorator, and the app's `MockPki`."""

from __future__ import annotations

from typing import Final

from mocks.framework import ErrorRoutes, MockAgency, MockContext
from mocks.pki.authority import MockPki
from mocks.pki.errors import PkiError
from mocks.pki.models import PkiBase
from mocks.pki.seed import load_seed

DESCRIPTION: Final = """\
Test certificate authorities of the Korean NPKI (yessign/금융결제원, SignKorea/코스콤,
KICA/한국정보인증, CrossCert/한국전자인증, TradeSign/한국무역정보통신) under one TEST root —
none of them is a real CA — and the cloud financial certificate (금융인증서) of 금융결제원.

* `GET /ca/certificates`: the root and the five CA certificates (PEM) that relying parties
  trust. `POST /certificates` issues a real X.509 certificate with the CA's policy OID and the
  KISA VID, and its encrypted key file (`signPri.key`, carrying R); `…/revoke`, `…/status`
  and `GET /crl/{ca}` publish revocations (mock clock).
* `POST /challenges` then `POST /verify`: the shared verification as a service — chain to the
  test root, validity on the mock clock, revocation, accepted kinds, the signature over a
  single-use, expiring challenge and, with `number` and `randomNum`, the VID owner check.
  Failures answer 422 with KoreaKit's `CertificateErrorCode` and Korean message (the owner
  check with the Work24 manual's message).
* 금융인증서: `POST /fincert/sessions` → (`/signup` on first use, with the terms of
  `GET /fincert/terms`) → `/confirm` (SMS code from the outbox, or the registered OTP) or the
  ARS call (test control `POST /__admin/fincert/sessions/{id}/ars`) → `/sign` with the 6-digit
  PIN → a signed assertion.
* OTP (test controls): `POST /__admin/fincert/otp` `{"subject_type", "number", "secret_hex"?}`
  registers an OTP device to a cloud account (or replaces it) and answers its `serial`, secret
  (`secret_hex`, `secret_base32`, `otpauth_uri`) and current `code`; `POST
  /__admin/fincert/otp/code` `{"subject_type", "number"}` answers the code the device shows now.
  The device is a TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30 s) over the mock clock, so its code
  is deterministic; the default secret is the fixed test secret `agency-gateway-test-otp-1`
  (ASCII), the one of 홍길동's seeded OTP. Seeded business accounts have no OTP until a test
  registers one; a session started with `"method": "otp"` then confirms with the code, a wrong
  one answering 422 WRONG_CODE with `tries_left`.

**Assertion format.** A compact JWS (RFC 7515), `header.payload.signature`, each part
base64url without padding. Header: `{"alg": "RS256", "typ": "JWT", "kid": <x5t#S256>,
"x5t#S256": <base64url SHA-256 of the yessign test CA certificate's DER>}`. Payload (UTF-8
JSON): `iss` "yessign-fincert-test", `aud` the relying party's site code, `sub_type`
business|person, `sub_masked` (123-45-***** or 801210-1******), `sub_hash` =
base64url(SHA-256("{aud}|{nonce}|{number as 10 or 13 digits}")), `name` (holder), `phone_masked`,
`auth_method` sms|otp|ars, `iat`, `exp` (iat + 300), `nonce` (the relying party's, echoed),
`jti`. Signature: RSASSA-PKCS1-v1_5 with SHA-256 by the yessign test CA key — verify it with
the yessign certificate from `GET /ca/certificates` (`mocks.pki.assertion.verify_assertion`
does all the checks). The relying party recomputes `sub_hash` from the number the user typed.

Errors are `{"code", "message" (Korean), "message_en", "field"?, "tries_left"?}`; a body that
does not fit the request model is 400 INVALID_REQUEST. One-time codes are in the outbox.
"""

agency = MockAgency(
    name="pki",
    title="NPKI test certificate authorities and 금융인증서 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=PkiBase,
    seed=load_seed,
    on_problem=PkiError.answer_problem,
)


route = ErrorRoutes(agency, PkiError)
"""Register an operation whose `PkiError`s are answered as `ErrorBody` (400 always listed);
``ok=None`` for an operation whose success is not JSON (the CRL): its description says so."""


def pki_of(ctx: MockContext) -> MockPki:
    """The app's test PKI (``create_app``'s ``pki`` option)."""
    pki: MockPki = ctx.options["pki"]
    return pki
