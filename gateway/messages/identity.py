"""Payload error codes of identity verification (본인확인), in Korean and English.

Korean texts quote the seeds where a manual gives the wording (seed 002, KOTRA's 본인인증 pages);
the others follow the identity provider's own messages.
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode


class IdentityErrorCode(enum.Enum):
    """Why an identity verification step failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    ONE_METHOD_REQUIRED = "ONE_METHOD_REQUIRED"
    AGENCY_NOT_RELYING_PARTY = "AGENCY_NOT_RELYING_PARTY"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    INVALID_NAME = "INVALID_NAME"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_BIRTH_DATE = "INVALID_BIRTH_DATE"
    PASS_APP_REQUIRED = "PASS_APP_REQUIRED"
    VERIFICATION_NOT_FOUND = "VERIFICATION_NOT_FOUND"
    INVALID_CODE = "INVALID_CODE"
    WRONG_CODE = "WRONG_CODE"
    CODE_EXPIRED = "CODE_EXPIRED"
    TOO_MANY_TRIES = "TOO_MANY_TRIES"
    TOO_MANY_RESENDS = "TOO_MANY_RESENDS"
    RESEND_NOT_SUPPORTED = "RESEND_NOT_SUPPORTED"
    VERIFICATION_EXPIRED = "VERIFICATION_EXPIRED"
    VERIFIED_FOR_ANOTHER_AGENCY = "VERIFIED_FOR_ANOTHER_AGENCY"
    ALREADY_COMPLETED = "ALREADY_COMPLETED"
    INVALID_CARD_NUMBER = "INVALID_CARD_NUMBER"
    INVALID_CARD_EXPIRY = "INVALID_CARD_EXPIRY"
    INVALID_CARD_PASSWORD = "INVALID_CARD_PASSWORD"
    CORPORATE_CARD = "CORPORATE_CARD"
    CARD_MISMATCH = "CARD_MISMATCH"
    CARD_EXPIRED = "CARD_EXPIRED"
    NOT_ENROLLED = "NOT_ENROLLED"
    APPROVAL_PENDING = "APPROVAL_PENDING"
    APPROVAL_REJECTED = "APPROVAL_REJECTED"
    REQUEST_EXPIRED = "REQUEST_EXPIRED"


_C = IdentityErrorCode

IDENTITY_TEXTS: dict[IdentityErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.ONE_METHOD_REQUIRED: Text(
        "본인확인 수단을 하나만 선택해 주세요. (휴대폰, 카드, 간편인증 중 하나)",
        "Choose exactly one way to verify: phone, card or simple authentication.",
    ),
    _C.AGENCY_NOT_RELYING_PARTY: Text(
        "{agency}은(는) 본인확인을 요청할 수 있는 이용기관이 아닙니다.",
        "{agency} is not a relying party of the identity verification provider.",
    ),
    _C.CONSENT_REQUIRED: Text(
        "필수 약관에 모두 동의해 주세요.", "Every required consent must be given."
    ),
    _C.INVALID_NAME: Text("이름을 입력해 주세요.", "Enter the name."),
    _C.INVALID_PHONE: Text(
        "휴대폰번호를 정확히 입력해 주세요.", "Enter a valid Korean mobile number."
    ),
    _C.INVALID_BIRTH_DATE: Text(
        "생년월일/성별을 정확히 입력해 주세요.",
        "The birth date and the 7th digit of the resident number do not agree.",
    ),
    # Seed 002 (KOTRA), PASS tab: "-PASS앱 설치 및 가입 후 이용이 가능합니다."
    _C.PASS_APP_REQUIRED: Text(
        "PASS앱 설치 및 가입 후 이용이 가능합니다.",
        "The PASS app must be installed and registered on this phone; choose SMS instead.",
    ),
    _C.VERIFICATION_NOT_FOUND: Text(
        "본인확인 요청을 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such verification; start again.",
    ),
    _C.INVALID_CODE: Text("인증번호 6자리를 입력해 주세요.", "Enter the 6-digit code."),
    _C.WRONG_CODE: Text(
        "인증번호가 일치하지 않습니다. 다시 입력해 주세요. (남은 횟수 {tries_left}회)",
        "The code is wrong. Try again ({tries_left} tries left).",
    ),
    _C.CODE_EXPIRED: Text(
        "인증번호 입력 시간이 초과되었습니다. 재전송 후 다시 입력해 주세요.",
        "The code has expired; ask for a new one.",
    ),
    _C.TOO_MANY_TRIES: Text(
        "인증번호를 5회 잘못 입력하셨습니다. 처음부터 다시 진행해 주세요.",
        "The code was wrong 5 times; this verification is locked. Start again.",
    ),
    _C.TOO_MANY_RESENDS: Text(
        "인증번호 재전송은 5회까지 가능합니다. 처음부터 다시 진행해 주세요.",
        "A code can be resent at most 5 times; start again.",
    ),
    _C.RESEND_NOT_SUPPORTED: Text(
        "휴대폰 본인확인만 인증번호를 재전송할 수 있습니다.",
        "Only phone verification can resend a code.",
    ),
    _C.VERIFICATION_EXPIRED: Text(
        "본인확인 유효시간이 지났습니다. 처음부터 다시 진행해 주세요.",
        "This verification has expired; start again.",
    ),
    _C.VERIFIED_FOR_ANOTHER_AGENCY: Text(
        "다른 기관을 위한 본인확인입니다. {agency}을(를) 지정해 다시 본인확인해 주세요.",
        "This verification was made for another agency; verify again for {agency}.",
    ),
    _C.ALREADY_COMPLETED: Text(
        "이미 완료된 본인확인 요청입니다.", "This verification is already finished."
    ),
    _C.INVALID_CARD_NUMBER: Text(
        "카드번호를 정확히 입력해 주세요.", "The card number is not valid."
    ),
    _C.INVALID_CARD_EXPIRY: Text(
        "카드 유효기간을 MMYY 형식으로 입력해 주세요.", "Enter the card's expiry as MMYY."
    ),
    _C.INVALID_CARD_PASSWORD: Text(
        "카드 비밀번호 앞 2자리를 입력해 주세요.",
        "Enter the first two digits of the card password.",
    ),
    # Seed 002 (KOTRA), 카드본인확인서비스, verbatim.
    _C.CORPORATE_CARD: Text(
        "법인카드, 가짜카드, 신분카드 등은 본인확인이 불가능합니다.",
        "Corporate cards cannot be used for identity verification; use a personal credit or "
        "check card in your own name.",
    ),
    _C.CARD_MISMATCH: Text(
        "입력하신 카드 정보가 일치하지 않습니다. 확인 후 다시 입력해 주세요.",
        "The card details do not match.",
    ),
    _C.CARD_EXPIRED: Text("유효기간이 지난 카드입니다.", "The card has expired."),
    _C.NOT_ENROLLED: Text(
        "입력하신 정보로 가입된 인증서가 없습니다. 입력 정보를 확인해 주세요.",
        "No certificate of this provider is registered for these details.",
    ),
    _C.APPROVAL_PENDING: Text(
        "{provider} 앱에서 인증 요청을 확인한 후 다시 시도해 주세요.",
        "Approve the request in the {provider} app, then try again.",
    ),
    _C.APPROVAL_REJECTED: Text(
        "앱에서 인증 요청이 거부되었습니다. 처음부터 다시 진행해 주세요.",
        "The request was refused in the app; start again.",
    ),
    _C.REQUEST_EXPIRED: Text(
        "인증 요청 시간이 만료되었습니다. 다시 요청해 주세요.",
        "The authentication request has expired; start again.",
    ),
}
register(IdentityErrorCode, IDENTITY_TEXTS)

# Seed 002 (KOTRA), phone verification step 3, verbatim; shown with every phone code step.
CODE_NOT_RECEIVED_NOTICE: tuple[Text, ...] = (
    Text(
        "입력하신 인증정보가 일치하지 않을 경우, 인증번호 문자는 발송되지 않습니다.",
        "If the details you entered do not match the carrier's records, no code is sent.",
    ),
    Text(
        "인증번호가 문자로 수신되지 않을 경우 스팸메시지함을 확인하시거나 정확한 정보로 "
        "재시도 해주시기 바랍니다.",
        "If no text message arrives, check your spam folder or try again with the exact details.",
    ),
)
