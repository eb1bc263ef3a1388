"""Payload error codes of Gov24 (정부24) 전자본인서명확인서, in Korean and English.

The agency's own codes carry the gov24 mock's wording (the seed's sentences where it has one);
certificate and signature failures are KoreaKit's codes with the certificate catalogue's texts.
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.certificates import CERTIFICATE_TEXTS, CertificateErrorCode
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode


class Gov24ErrorCode(enum.Enum):
    """Why a Gov24 operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    FLOW_NOT_FOUND = "FLOW_NOT_FOUND"
    APPROVAL_MISMATCH = "APPROVAL_MISMATCH"
    INVALID_NUMBER = "INVALID_NUMBER"
    INVALID_PHONE = "INVALID_PHONE"
    APPROVAL_NOT_FOUND = "APPROVAL_NOT_FOUND"
    APPROVAL_EXPIRED = "APPROVAL_EXPIRED"
    APPROVAL_EXISTS = "APPROVAL_EXISTS"
    RENEWAL_NOT_YET = "RENEWAL_NOT_YET"
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    GUARDIAN_REQUIRED = "GUARDIAN_REQUIRED"
    TOKEN_REQUIRED = "TOKEN_REQUIRED"
    PHONE_REQUIRED = "PHONE_REQUIRED"
    NAME_MISMATCH = "NAME_MISMATCH"
    LOGIN_REQUIRED = "LOGIN_REQUIRED"
    LOGIN_EXPIRED = "LOGIN_EXPIRED"
    IDENTITY_CHECK_REQUIRED = "IDENTITY_CHECK_REQUIRED"
    ALREADY_CHECKED = "ALREADY_CHECKED"
    WRONG_CODE = "WRONG_CODE"
    CODE_EXPIRED = "CODE_EXPIRED"
    TOO_MANY_TRIES = "TOO_MANY_TRIES"
    NOT_SELF = "NOT_SELF"
    ADDRESS_NOT_FOUND = "ADDRESS_NOT_FOUND"
    TEXT_REQUIRED = "TEXT_REQUIRED"
    AGENCY_NOT_FOUND = "AGENCY_NOT_FOUND"
    AGENCY_NOT_ELIGIBLE = "AGENCY_NOT_ELIGIBLE"
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND"
    APPLICATION_EXPIRED = "APPLICATION_EXPIRED"
    WRONG_STEP = "WRONG_STEP"
    CERTIFICATE_CHANGED = "CERTIFICATE_CHANGED"
    GUARDIAN_MISMATCH = "GUARDIAN_MISMATCH"
    CONFIRMATION_NOT_FOUND = "CONFIRMATION_NOT_FOUND"
    NOT_DESIGNATED_AGENCY = "NOT_DESIGNATED_AGENCY"
    MEMBER_LOGIN_FAILED = "MEMBER_LOGIN_FAILED"
    COMPLEX_AUTH_REQUIRED = "COMPLEX_AUTH_REQUIRED"
    MEMBER_MISMATCH = "MEMBER_MISMATCH"
    WALLET_NOT_AVAILABLE = "WALLET_NOT_AVAILABLE"
    MALFORMED_CERTIFICATE = "MALFORMED_CERTIFICATE"
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


_C = Gov24ErrorCode
_CERTIFICATE_CODES = (
    "MALFORMED_CERTIFICATE",
    "UNTRUSTED_CA",
    "EXPIRED",
    "NOT_YET_VALID",
    "REVOKED",
    "KIND_NOT_ACCEPTED",
    "NO_IDENTIFY_DATA",
    "OWNER_MISMATCH",
    "BAD_SIGNATURE",
    "UNKNOWN_CHALLENGE",
    "REPLAYED",
    "CHALLENGE_EXPIRED",
)

GOV24_TEXTS: dict[Gov24ErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.FLOW_NOT_FOUND: Text(
        "진행 중인 전자본인서명확인서 발급을 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such issuance in progress; start again.",
    ),
    _C.APPROVAL_MISMATCH: Text(
        "로그인한 본인의 발급시스템 이용 승인이 아닙니다.",
        "This is not the logged-in person's usage approval.",
    ),
    _C.INVALID_NUMBER: Text(
        "주민등록번호를 정확히 입력해 주세요.",
        "Enter a valid resident registration number.",
    ),
    _C.INVALID_PHONE: Text(
        "전화번호를 정확히 입력해 주세요.",
        "Enter a valid telephone number.",
    ),
    _C.APPROVAL_NOT_FOUND: Text(
        "전자본인서명확인서 발급시스템 이용 승인 내역이 없습니다. 가까운 읍․면․동 또는 "
        "출장소를 직접 방문하여 이용 승인을 신청해 주세요.",
        "There is no approval to use the issuance system. Apply in person at any "
        "eup/myeon/dong office or branch office.",
    ),
    _C.APPROVAL_EXPIRED: Text(
        "발급시스템 이용 승인 유효기간(2년)이 지났습니다. 읍․면․동 또는 출장소를 직접 "
        "방문하여 다시 승인을 받아 주세요.",
        "The approval to use the issuance system has expired (valid 2 years). Apply again in "
        "person at an eup/myeon/dong office or branch office.",
    ),
    _C.APPROVAL_EXISTS: Text(
        "이미 유효한 발급시스템 이용 승인이 있습니다. 유효기간 만료 전 30일 이내에 갱신해 주세요.",
        "A valid approval already exists; renew it within the 30 days before it expires.",
    ),
    _C.RENEWAL_NOT_YET: Text(
        "발급시스템 이용 승인은 유효기간 만료 전 30일 이내에만 갱신할 수 있습니다.",
        "An approval can be renewed only within the 30 days before it expires.",
    ),
    _C.CONSENT_REQUIRED: Text(
        "미성년자 또는 피한정후견인은 신청서의 동의란에 법정대리인 또는 한정후견인이 "
        "작성·날인하고, 법정대리인 또는 한정후견인의 신분증과 증명서류(등기사항증명서 등)를 "
        "함께 제출해야 합니다.",
        "A minor or a person under limited guardianship needs the legal representative's or "
        "guardian's signed consent on the application, with their ID and proof of the role.",
    ),
    _C.GUARDIAN_REQUIRED: Text(
        "법정대리인 또는 한정후견인의 성명과 주민등록번호를 입력해 주세요.",
        "Enter the legal representative's or guardian's name and resident number.",
    ),
    _C.TOKEN_REQUIRED: Text(
        "보안토큰 인증방식을 선택한 경우 보안토큰 일련번호를 입력해 주세요.",
        "The security-token method needs the token's serial number.",
    ),
    _C.PHONE_REQUIRED: Text(
        "휴대전화 또는 일반전화 인증방식을 선택한 경우 전화번호를 입력해 주세요.",
        "The mobile or landline method needs a telephone number.",
    ),
    _C.NAME_MISMATCH: Text(
        "인증서의 성명과 발급시스템 이용 승인 시 등록한 성명이 일치하지 않습니다.",
        "The certificate holder's name is not the name registered with the approval.",
    ),
    _C.LOGIN_REQUIRED: Text(
        "인증서 로그인이 필요합니다.",
        "Log in with your certificate first.",
    ),
    _C.LOGIN_EXPIRED: Text(
        "로그인 유효시간이 지났습니다. 다시 인증서로 로그인해 주세요.",
        "The login has expired; log in with your certificate again.",
    ),
    _C.IDENTITY_CHECK_REQUIRED: Text(
        "보안토큰이나 전화인증을 통한 추가 신분확인을 먼저 해 주세요.",
        "Complete the additional identity check (security token or telephone) first.",
    ),
    _C.ALREADY_CHECKED: Text(
        "추가 신분확인을 이미 마쳤습니다.",
        "The additional identity check is already complete.",
    ),
    _C.WRONG_CODE: Text(
        "인증번호가 일치하지 않습니다.",
        "The code is wrong.",
    ),
    _C.CODE_EXPIRED: Text(
        "인증번호 입력 시간이 초과되었습니다. 다시 로그인해 주세요.",
        "The code has expired; log in again.",
    ),
    _C.TOO_MANY_TRIES: Text(
        "인증번호를 5회 잘못 입력하셨습니다. 처음부터 다시 진행해 주세요.",
        "The code was wrong 5 times; start again.",
    ),
    _C.NOT_SELF: Text(
        "전자본인서명확인서는 본인만 발급할 수 있습니다. 로그인한 본인의 성명과 "
        "주민등록번호를 입력해 주세요.",
        "Only the applicants themselves can have a confirmation issued: enter your own name "
        "and resident number.",
    ),
    _C.ADDRESS_NOT_FOUND: Text(
        "주민등록 주소지 검색 결과에서 주소를 선택해 주세요.",
        "Pick the address from the resident-address search.",
    ),
    _C.TEXT_REQUIRED: Text(
        "필수 항목을 입력해 주세요. (100자 이내)",
        "This field is required (at most 100 characters).",
    ),
    _C.AGENCY_NOT_FOUND: Text(
        "수요기관 검색 결과에서 제출할 기관을 지정해 주세요.",
        "Designate the submission agency from the agency search.",
    ),
    _C.AGENCY_NOT_ELIGIBLE: Text(
        "전자본인서명확인서를 제출할 수 없는 기관입니다. 제출기관에 전자본인서명확인서로 대체 "
        "가능한지 확인 후 이용해 주세요.",
        "This agency does not accept electronic personal-signature confirmations.",
    ),
    _C.APPLICATION_NOT_FOUND: Text(
        "작성 중인 전자본인서명확인서를 찾을 수 없습니다.",
        "No such confirmation being drafted.",
    ),
    _C.APPLICATION_EXPIRED: Text(
        "작성 유효시간이 지났습니다. 처음부터 다시 작성해 주세요.",
        "The draft has expired; start again.",
    ),
    _C.WRONG_STEP: Text(
        "진행 순서가 올바르지 않습니다.",
        "This step is not the draft's current step.",
    ),
    _C.CERTIFICATE_CHANGED: Text(
        "로그인한 인증서로 전자서명해 주세요.",
        "Sign with the certificate you logged in with.",
    ),
    _C.GUARDIAN_MISMATCH: Text(
        "발급시스템에 등록된 법정대리인 또는 한정후견인의 인증서가 아닙니다.",
        "The certificate is not the registered legal representative's or guardian's.",
    ),
    _C.CONFIRMATION_NOT_FOUND: Text(
        "발급번호 또는 성명이 일치하는 전자본인서명확인서가 없습니다.",
        "No confirmation matches this issuance number and name.",
    ),
    _C.NOT_DESIGNATED_AGENCY: Text(
        "지정된 제출기관만 발급내용을 열람할 수 있습니다. 전자본인서명확인서에 기재한 목적 "
        "이외에 다른 용도로 사용할 수 없습니다.",
        "Only the designated submission agency may view this confirmation; it may not be used "
        "for any other purpose.",
    ),
    _C.MEMBER_LOGIN_FAILED: Text(
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or the password is wrong.",
    ),
    _C.COMPLEX_AUTH_REQUIRED: Text(
        "전자본인서명확인서 발급은 복합인증 로그인이 필요합니다. 복합 인증로그인으로 이동하여 "
        "공인인증서 로그인 후 보안토큰이나 전화인증을 통한 추가 신분확인을 해 주세요.",
        "Issuing an electronic personal-signature confirmation needs the combined login: log "
        "in with your certificate, then complete the security-token or telephone check.",
    ),
    _C.WALLET_NOT_AVAILABLE: Text(
        "전자문서지갑 서비스는 2021년부터 제공됩니다. 발급증을 출력해 주세요.",
        "The document wallet is offered from 2021; print the slip instead.",
    ),
    _C.MEMBER_MISMATCH: Text(
        "로그인한 회원 본인의 인증서로 복합인증 로그인을 해 주세요.",
        "Use the certificate of the member who is logged in for the combined login.",
    ),
}
GOV24_TEXTS.update(
    (code, CERTIFICATE_TEXTS[CertificateErrorCode(code.value)])
    for code in Gov24ErrorCode
    if code.value in _CERTIFICATE_CODES
)
register(Gov24ErrorCode, GOV24_TEXTS)
