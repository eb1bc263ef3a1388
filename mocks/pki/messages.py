"""Error codes, messages and time limits of the pki mock.

Certificate failures answer the `koreakit.npki.CertificateErrorCode` with KoreaKit's Korean
message, except the owner check, which answers with the Work24 manual's message. Financial
certificate messages quoted from the Work24 manual say so; the rest is this mock's wording.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Final

from mocks.framework.errors import INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE

CHALLENGE_TTL: Final = timedelta(minutes=5)
FINCERT_SESSION_TTL: Final = timedelta(minutes=10)
FINCERT_CODE_TTL: Final = timedelta(minutes=3)
FINCERT_MAX_WRONG_CODES: Final = 5
FINCERT_MAX_RESENDS: Final = 5
FINCERT_MAX_WRONG_PINS: Final = 5
ASSERTION_TTL: Final = timedelta(minutes=5)
MIN_CERTIFICATE_PASSWORD: Final = 10
"""공동인증서 passwords have at least 10 characters."""

# Seed 000 (Work24), 1.3.4.3 오류 케이스 ②, verbatim.
OWNER_MISMATCH_MESSAGE: Final = (
    "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
    "확인 후 다시 입력해 주시기 바랍니다."
)
# Seed 000 (Work24), 1.3.4.2 금융인증서로 인증, verbatim.
NO_CLOUD_ACCOUNT_MESSAGE: Final = (
    "클라우드 계정이 없습니다. 금융인증서비스에 가입하고 클라우드 계정을 생성합니다."
)
TERMS_NOTICE: Final = "금융인증서비스 최초 가입 시 약관 및 개인정보 수집이용동의를 받고 있습니다"
STEP_MESSAGES: Final = {
    "sms": "휴대폰으로 발송된 인증번호 6자리를 입력해 주세요.",
    "otp": "등록된 OTP에 표시된 인증번호 6자리를 입력해 주세요.",
    "ars": "등록된 휴대폰으로 ARS 전화가 걸려옵니다. 화면의 확인코드 2자리를 입력해 주세요.",
    "pin": "금융인증서 비밀번호(PIN) 6자리를 입력해 주세요.",
    "done": "전자서명이 완료되었습니다.",
    "locked": "인증이 제한되었습니다. 처음부터 다시 진행해 주세요.",
}


class PkiErrorCode(StrEnum):
    """The pki mock's own codes; certificate checks answer `CertificateErrorCode` values."""

    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
    INVALID_NUMBER = "INVALID_NUMBER"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_VALIDITY = "INVALID_VALIDITY"
    KIND_NOT_ISSUED = "KIND_NOT_ISSUED"
    WEAK_PASSWORD = "WEAK_PASSWORD"
    UNKNOWN_CA = "UNKNOWN_CA"
    UNKNOWN_CERTIFICATE = "UNKNOWN_CERTIFICATE"
    ALREADY_REVOKED = "ALREADY_REVOKED"
    UNKNOWN_SITE = "UNKNOWN_SITE"
    SESSION_NOT_FOUND = "SESSION_NOT_FOUND"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    WRONG_STEP = "WRONG_STEP"
    PHONE_MISMATCH = "PHONE_MISMATCH"
    OTP_NOT_REGISTERED = "OTP_NOT_REGISTERED"
    TERMS_REQUIRED = "TERMS_REQUIRED"
    PIN_CONFIRM_MISMATCH = "PIN_CONFIRM_MISMATCH"
    WEAK_PIN = "WEAK_PIN"
    WRONG_CODE = "WRONG_CODE"
    CODE_EXPIRED = "CODE_EXPIRED"
    TOO_MANY_TRIES = "TOO_MANY_TRIES"
    TOO_MANY_RESENDS = "TOO_MANY_RESENDS"
    ARS_CALL_REQUIRED = "ARS_CALL_REQUIRED"
    WRONG_PIN = "WRONG_PIN"
    ACCOUNT_LOCKED = "ACCOUNT_LOCKED"


_C = PkiErrorCode

MESSAGES: Final[dict[PkiErrorCode, tuple[str, str]]] = {
    _C.INVALID_REQUEST: INVALID_REQUEST_MESSAGE,
    _C.NOT_FOUND: NOT_FOUND_MESSAGE,
    _C.INVALID_NUMBER: (
        "주민등록번호(사업자등록번호)를 정확히 입력해 주세요.",
        "The resident or business registration number is not valid.",
    ),
    _C.INVALID_PHONE: ("휴대폰번호를 정확히 입력해 주세요.", "Enter a valid mobile number."),
    _C.INVALID_VALIDITY: (
        "유효기간이 올바르지 않습니다.",
        "not_after must be later than not_before.",
    ),
    _C.KIND_NOT_ISSUED: (
        "해당 인증기관에서 발급하지 않는 인증서 종류입니다.",
        "This certification authority does not issue this kind of certificate.",
    ),
    _C.WEAK_PASSWORD: (
        f"인증서 암호는 {MIN_CERTIFICATE_PASSWORD}자 이상이어야 합니다.",
        f"The certificate password needs at least {MIN_CERTIFICATE_PASSWORD} characters.",
    ),
    _C.UNKNOWN_CA: ("알 수 없는 인증기관입니다.", "No such certification authority."),
    _C.UNKNOWN_CERTIFICATE: (
        "발급 내역이 없는 인증서입니다.",
        "No certificate with this serial number was issued here.",
    ),
    _C.ALREADY_REVOKED: ("이미 폐지된 인증서입니다.", "The certificate is already revoked."),
    _C.UNKNOWN_SITE: (
        "등록되지 않은 이용기관입니다.",
        "The site code is not a registered relying party.",
    ),
    _C.SESSION_NOT_FOUND: (
        "금융인증 요청을 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such financial-certificate session.",
    ),
    _C.SESSION_EXPIRED: (
        "인증 유효시간이 지났습니다. 처음부터 다시 진행해 주세요.",
        "The session has expired; start again.",
    ),
    _C.WRONG_STEP: (
        "진행 순서가 올바르지 않습니다.",
        "This step is not the session's current step.",
    ),
    _C.PHONE_MISMATCH: (
        "금융인증서비스 가입정보와 휴대폰번호가 일치하지 않습니다.",
        "The mobile number is not the one registered with this financial certificate.",
    ),
    _C.OTP_NOT_REGISTERED: (
        "등록된 OTP가 없습니다. 문자 또는 ARS로 인증해 주세요.",
        "No OTP device is registered; use SMS or ARS.",
    ),
    _C.TERMS_REQUIRED: (
        "필수 약관에 모두 동의해 주세요.",
        "Every required term must be agreed to.",
    ),
    _C.PIN_CONFIRM_MISMATCH: (
        "비밀번호(PIN)가 일치하지 않습니다. 다시 입력해 주세요.",
        "The PIN and its confirmation differ.",
    ),
    _C.WEAK_PIN: (
        "동일하거나 연속된 숫자는 비밀번호(PIN)로 사용할 수 없습니다.",
        "A PIN of one repeated digit or a run of consecutive digits is not allowed.",
    ),
    _C.WRONG_CODE: ("인증번호가 일치하지 않습니다.", "The code is wrong."),
    _C.CODE_EXPIRED: (
        "인증번호 입력 시간이 초과되었습니다. 재전송 후 다시 입력해 주세요.",
        "The code has expired; ask for a new one.",
    ),
    _C.TOO_MANY_TRIES: (
        f"인증번호를 {FINCERT_MAX_WRONG_CODES}회 잘못 입력하셨습니다. 처음부터 다시 진행해 주세요.",
        f"The code was wrong {FINCERT_MAX_WRONG_CODES} times; this session is locked.",
    ),
    _C.TOO_MANY_RESENDS: (
        f"인증번호 재전송은 {FINCERT_MAX_RESENDS}회까지 가능합니다.",
        f"A code can be resent at most {FINCERT_MAX_RESENDS} times.",
    ),
    _C.ARS_CALL_REQUIRED: (
        "ARS 전화를 받아 화면의 확인코드를 입력해 주세요.",
        "Answer the ARS call and key in the code shown on screen.",
    ),
    _C.WRONG_PIN: (
        "비밀번호(PIN)가 일치하지 않습니다.",
        "The PIN is wrong.",
    ),
    _C.ACCOUNT_LOCKED: (
        f"비밀번호(PIN)를 {FINCERT_MAX_WRONG_PINS}회 잘못 입력하여 금융인증서 이용이 "
        "제한되었습니다. 금융결제원 고객센터 또는 거래 은행에서 재설정해 주세요.",
        f"The PIN was wrong {FINCERT_MAX_WRONG_PINS} times; the certificate is locked.",
    ),
}

FINCERT_TERMS: Final = (
    ("service", "금융결제원 전자인증서비스 이용약관", True),
    ("privacy", "개인정보 수집·이용 동의", True),
    ("marketing", "마케팅 정보 수신 동의", False),
)
"""(code, title, required) of the terms a first use signs up with (Work24 manual: 금융인증서비스
이용약관 <금융결제원 전자인증서비스 이용약관> and 개인정보 수집이용동의)."""
