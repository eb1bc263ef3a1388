"""Error codes, Korean and English messages, and the time limits of the identity provider.

Messages quoted from the seeds say so; the others are this mock's wording in the style of
Korean 본인확인 services (KCB, NICE, KG이니시스).
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Final

from mocks.framework.errors import INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE

CODE_TTL: Final = timedelta(minutes=7)
"""How long an SMS / PASS code is accepted. The KOTRA manual's screenshot shows the timer at
6:56 just after sending, so the window is about seven minutes."""
SESSION_TTL: Final = timedelta(minutes=30)
"""How long a phone verification may be resent and confirmed at all."""
MAX_WRONG_TRIES: Final = 5
MAX_RESENDS: Final = 5
SIMPLE_AUTH_TTL: Final = timedelta(minutes=5)
"""How long the user has to confirm a 간편인증 push in the app (real value undocumented)."""
AUTHORIZATION_CODE_TTL: Final = timedelta(minutes=10)


class IdentityErrorCode(StrEnum):
    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
    UNKNOWN_SITE = "UNKNOWN_SITE"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_BIRTH_DATE = "INVALID_BIRTH_DATE"
    PASS_APP_REQUIRED = "PASS_APP_REQUIRED"
    VERIFICATION_NOT_FOUND = "VERIFICATION_NOT_FOUND"
    WRONG_CODE = "WRONG_CODE"
    CODE_EXPIRED = "CODE_EXPIRED"
    TOO_MANY_TRIES = "TOO_MANY_TRIES"
    TOO_MANY_RESENDS = "TOO_MANY_RESENDS"
    SESSION_EXPIRED = "SESSION_EXPIRED"
    ALREADY_COMPLETED = "ALREADY_COMPLETED"
    INVALID_CARD_NUMBER = "INVALID_CARD_NUMBER"
    CORPORATE_CARD = "CORPORATE_CARD"
    CARD_MISMATCH = "CARD_MISMATCH"
    CARD_EXPIRED = "CARD_EXPIRED"
    NOT_ENROLLED = "NOT_ENROLLED"
    REQUEST_EXPIRED = "REQUEST_EXPIRED"
    UNKNOWN_PROVIDER = "UNKNOWN_PROVIDER"
    LOGIN_FAILED = "LOGIN_FAILED"
    INVALID_GRANT = "INVALID_GRANT"
    INVALID_FOREIGNER_NUMBER = "INVALID_FOREIGNER_NUMBER"


_C = IdentityErrorCode

MESSAGES: Final[dict[IdentityErrorCode, tuple[str, str]]] = {
    _C.INVALID_REQUEST: INVALID_REQUEST_MESSAGE,
    _C.NOT_FOUND: NOT_FOUND_MESSAGE,
    _C.UNKNOWN_SITE: (
        "등록되지 않은 이용기관(사이트 코드)입니다.",
        "The site code is not a registered relying party.",
    ),
    _C.CONSENT_REQUIRED: (
        "필수 약관에 모두 동의해 주세요.",
        "Every required consent must be given.",
    ),
    _C.INVALID_PHONE: (
        "휴대폰번호를 정확히 입력해 주세요.",
        "Enter a valid Korean mobile number.",
    ),
    _C.INVALID_BIRTH_DATE: (
        "생년월일/성별을 정확히 입력해 주세요.",
        "The birth date and 7th digit do not form a real date.",
    ),
    # Seed 002 (KOTRA), PASS tab: "-PASS앱 설치 및 가입 후 이용이 가능합니다."
    _C.PASS_APP_REQUIRED: (
        "PASS앱 설치 및 가입 후 이용이 가능합니다.",
        "The PASS app must be installed and registered on this phone.",
    ),
    _C.VERIFICATION_NOT_FOUND: (
        "본인확인 요청을 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such verification; start again.",
    ),
    _C.WRONG_CODE: (
        "인증번호가 일치하지 않습니다. 다시 입력해 주세요.",
        "The code is wrong.",
    ),
    _C.CODE_EXPIRED: (
        "인증번호 입력 시간이 초과되었습니다. 재전송 후 다시 입력해 주세요.",
        "The code has expired; ask for a new one.",
    ),
    _C.TOO_MANY_TRIES: (
        f"인증번호를 {MAX_WRONG_TRIES}회 잘못 입력하셨습니다. 처음부터 다시 진행해 주세요.",
        f"The code was wrong {MAX_WRONG_TRIES} times; this verification is locked.",
    ),
    _C.TOO_MANY_RESENDS: (
        f"인증번호 재전송은 {MAX_RESENDS}회까지 가능합니다. 처음부터 다시 진행해 주세요.",
        f"A code can be resent at most {MAX_RESENDS} times.",
    ),
    _C.SESSION_EXPIRED: (
        "본인확인 유효시간이 지났습니다. 처음부터 다시 진행해 주세요.",
        "This verification has expired; start again.",
    ),
    _C.ALREADY_COMPLETED: (
        "이미 완료된 본인확인 요청입니다.",
        "This verification is already finished.",
    ),
    _C.INVALID_CARD_NUMBER: (
        "카드번호를 정확히 입력해 주세요.",
        "The card number is not valid.",
    ),
    # Seed 002 (KOTRA), 카드본인확인서비스, verbatim. ("가짜카드, 신분카드" read like OCR for
    # 가족카드, 선불카드; we quote the seed as it stands.)
    _C.CORPORATE_CARD: (
        "법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다.",
        "Corporate cards cannot be used for identity verification; use a personal credit or "
        "check card in your own name.",
    ),
    _C.CARD_MISMATCH: (
        "입력하신 카드 정보가 일치하지 않습니다. 확인 후 다시 입력해 주세요.",
        "The card details do not match.",
    ),
    _C.CARD_EXPIRED: ("유효기간이 지난 카드입니다.", "The card has expired."),
    _C.NOT_ENROLLED: (
        "입력하신 정보로 가입된 인증서가 없습니다. 입력 정보를 확인해 주세요.",
        "No certificate of this provider is registered for these details.",
    ),
    _C.REQUEST_EXPIRED: (
        "인증 요청 시간이 만료되었습니다. 다시 요청해 주세요.",
        "The authentication request has expired.",
    ),
    _C.UNKNOWN_PROVIDER: (
        "지원하지 않는 인증 수단입니다.",
        "This provider is not supported.",
    ),
    _C.LOGIN_FAILED: (
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or password is wrong.",
    ),
    _C.INVALID_GRANT: (
        "인가 코드가 유효하지 않거나 만료되었습니다.",
        "The authorization code is invalid, used or expired.",
    ),
    _C.INVALID_FOREIGNER_NUMBER: (
        "외국인등록번호를 정확히 입력해 주세요.",
        "The foreigner registration number is malformed.",
    ),
}

# Seed 002 (KOTRA), phone verification step 3, verbatim.
CODE_NOT_RECEIVED_NOTICE: Final = (
    "* 입력하신 인증정보가 일치하지 않을 경우, 인증번호 문자는 발송되지 않습니다.",
    "* 인증번호가 문자로 수신되지 않을 경우 스팸메시지함을 확인하시거나 "
    "정확한 정보로 재시도 해주시기 바랍니다.",
)
# Seed 002 (KOTRA), phone verification step 4 ("본인인증 최종 확인").
VERIFIED_MESSAGE: Final = "본인인증 성공"
# Seed 002 (KOTRA), 카드본인확인서비스, verbatim.
PERSONAL_CARD_HINT: Final = "본인명의로의 개인 신용카드 또는 체크카드로 본인확인이 가능합니다."
CODE_SENT_MESSAGE: Final = "인증번호를 발송했습니다."
