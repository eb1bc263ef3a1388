"""Payload error codes of certificate operations (공동인증서), in Korean and English.

The verification codes are KoreaKit's `CertificateErrorCode`s as the CAs answer them; the owner
check speaks the Work24 manual's message (seed 000, 1.3.4.3 오류 케이스 ②).
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode


class CertificateErrorCode(enum.Enum):
    """Why a certificate operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    AGENCY_MISMATCH = "AGENCY_MISMATCH"
    MALFORMED_CERTIFICATE = "MALFORMED_CERTIFICATE"
    INVALID_NUMBER = "INVALID_NUMBER"
    RANDOM_NUM_REQUIRED = "RANDOM_NUM_REQUIRED"
    INVALID_RANDOM_NUM = "INVALID_RANDOM_NUM"
    UNTRUSTED_CA = "UNTRUSTED_CA"
    EXPIRED = "EXPIRED"
    NOT_YET_VALID = "NOT_YET_VALID"
    REVOKED = "REVOKED"
    KIND_NOT_ACCEPTED = "KIND_NOT_ACCEPTED"
    NO_IDENTIFY_DATA = "NO_IDENTIFY_DATA"
    OWNER_MISMATCH = "OWNER_MISMATCH"
    BAD_SIGNATURE = "BAD_SIGNATURE"
    UNKNOWN_CHALLENGE = "UNKNOWN_CHALLENGE"
    REPLAYED = "REPLAYED"
    CHALLENGE_EXPIRED = "CHALLENGE_EXPIRED"


_C = CertificateErrorCode

CERTIFICATE_TEXTS: dict[CertificateErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.AGENCY_MISMATCH: Text(
        "선택한 업무는 {agency}의 업무입니다. 기관을 비우거나 {agency}을(를) 선택해 주세요.",
        "The chosen flow belongs to {agency}; leave the agency out or choose {agency}.",
    ),
    _C.MALFORMED_CERTIFICATE: Text(
        "인증서 형식이 올바르지 않습니다. PEM 또는 base64로 인코딩한 DER을 보내 주세요.",
        "The certificate is not a well-formed X.509 certificate; send PEM or base64 DER.",
    ),
    _C.INVALID_NUMBER: Text(
        "주민등록번호(사업자등록번호)를 정확히 입력해 주세요.",
        "Enter a valid resident (13 digits) or business (10 digits) registration number.",
    ),
    _C.RANDOM_NUM_REQUIRED: Text(
        "소유자 확인에는 인증서 개인키 파일의 식별값(R)이 필요합니다.",
        "The owner check needs R, the random value in the certificate's key file (randomNum).",
    ),
    _C.INVALID_RANDOM_NUM: Text(
        "식별값(R)은 base64로 인코딩한 값이어야 합니다.",
        "randomNum must be base64.",
    ),
    _C.UNTRUSTED_CA: Text(
        "신뢰할 수 있는 인증기관이 발급한 인증서가 아닙니다.",
        "The certificate does not chain to a trusted certification authority.",
    ),
    _C.EXPIRED: Text("유효기간이 만료된 인증서입니다.", "The certificate has expired."),
    _C.NOT_YET_VALID: Text(
        "아직 유효기간이 시작되지 않은 인증서입니다.", "The certificate is not valid yet."
    ),
    _C.REVOKED: Text("폐지된 인증서입니다.", "The certificate has been revoked."),
    _C.KIND_NOT_ACCEPTED: Text(
        "이 업무에 사용할 수 없는 용도의 인증서입니다.",
        "This kind of certificate is not accepted for this flow.",
    ),
    _C.NO_IDENTIFY_DATA: Text(
        "주민/사업자번호를 확인할 수 없는 인증서입니다.",
        "The certificate's owner cannot be checked: it carries no identity value (VID).",
    ),
    # Seed 000 (Work24), 1.3.4.3 오류 케이스 ②, verbatim.
    _C.OWNER_MISMATCH: Text(
        "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
        "확인 후 다시 입력해 주시기 바랍니다.",
        "The certificate does not belong to the resident (business) registration number "
        "entered. Check it and try again.",
    ),
    _C.BAD_SIGNATURE: Text(
        "전자서명 검증에 실패했습니다.",
        "The signature does not verify with the certificate's key.",
    ),
    _C.UNKNOWN_CHALLENGE: Text(
        "발급되지 않은 인증 요청입니다. 다시 시도해 주세요.",
        "The challenge was not issued; ask for a new one.",
    ),
    _C.REPLAYED: Text(
        "이미 사용된 인증 요청입니다. 다시 시도해 주세요.",
        "The challenge has already been used; ask for a new one.",
    ),
    _C.CHALLENGE_EXPIRED: Text(
        "인증 요청 시간이 초과되었습니다. 다시 시도해 주세요.",
        "The challenge has expired; ask for a new one.",
    ),
}
register(CertificateErrorCode, CERTIFICATE_TEXTS)

NOT_ACCEPTED = Text(
    "{flow}에는 {requirement}만 사용할 수 있습니다. 이 인증서는 {kind}입니다.",
    "{flow} takes only {requirement}; this certificate is {kind}.",
)
"""Why a flow of the acceptance table refuses a certificate."""
UNKNOWN_KIND = Text(
    "공동인증서 정책(OID)을 알 수 없는 인증서", "a certificate with no known NPKI policy (OID)"
)
