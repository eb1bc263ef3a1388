"""Error codes, messages and time limits of the gov24 mock (전자본인서명확인서 발급시스템).

The seed (003) gives the rules but quotes no error screens. Messages therefore reuse the seed's
own sentences where it has one (승인 유효기간 2년, 만료 전 30일 이내 갱신, 법정대리인 또는
한정후견인 …, 기재한 목적 이외에 다른 용도로 사용 금지) and are this mock's wording otherwise.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Final

from mocks.framework.errors import INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE

APPROVAL_VALIDITY_YEARS: Final = 2
"""승인 유효기간 2년 (seed 003). Some municipal pages say 4 years: ``create_app`` takes
``approval_validity_years`` to change it."""
RENEWAL_WINDOW: Final = timedelta(days=30)
"""유효기간 만료 전 30일 이내 갱신 가능 (seed 003)."""
ADULT_AGE: Final = 19
"""민법 제4조: 19세로 성년에 이르게 된다."""
LOGIN_TTL: Final = timedelta(minutes=30)
MEMBER_LOGIN_TTL: Final = timedelta(minutes=30)
CODE_TTL: Final = timedelta(minutes=3)
MAX_WRONG_CODES: Final = 5
APPLICATION_TTL: Final = timedelta(minutes=30)
MAX_TEXT: Final = 100
"""Longest 용도, 거래상대방 and 위임받은 사람 entries (this mock's limit)."""
WALLET_SINCE: Final = datetime(2021, 1, 1, tzinfo=timezone(timedelta(hours=9)))
"""전자문서지갑 서비스는 2021년부터 제공 (seed 003)."""
SLIP_NOTICE: Final = "발급증은 전자본인서명확인서를 발급했다는 의미로서 법적 효력 없음"
"""Seed 003, 발급 및 활용 (its typo 전자본인서명학인서 corrected)."""
PURPOSE_NOTICE: Final = "전자본인서명확인서에 기재한 목적 이외에 다른 용도로 사용 금지"
"""Seed 003, 발급 및 활용."""
AGENCY_CHECK_NOTICE: Final = "제출기관에 전자본인서명확인서로 대체 가능한지 확인 후 이용"
"""Seed 003, 확인서 발급 진행 순서 (경고)."""


class Gov24ErrorCode(StrEnum):
    """The gov24 mock's codes; certificate checks answer KoreaKit's `CertificateErrorCode`."""

    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
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
    PEER_UNAVAILABLE = "PEER_UNAVAILABLE"
    MEMBER_LOGIN_FAILED = "MEMBER_LOGIN_FAILED"
    COMPLEX_AUTH_REQUIRED = "COMPLEX_AUTH_REQUIRED"
    MEMBER_MISMATCH = "MEMBER_MISMATCH"
    WALLET_NOT_AVAILABLE = "WALLET_NOT_AVAILABLE"
    GUARDIAN_ROLE_MISMATCH = "GUARDIAN_ROLE_MISMATCH"


_C = Gov24ErrorCode

MESSAGES: Final[dict[Gov24ErrorCode, tuple[str, str]]] = {
    _C.INVALID_REQUEST: INVALID_REQUEST_MESSAGE,
    _C.NOT_FOUND: NOT_FOUND_MESSAGE,
    _C.INVALID_NUMBER: (
        "주민등록번호를 정확히 입력해 주세요.",
        "Enter a valid resident registration number.",
    ),
    _C.INVALID_PHONE: ("전화번호를 정확히 입력해 주세요.", "Enter a valid telephone number."),
    _C.APPROVAL_NOT_FOUND: (
        "전자본인서명확인서 발급시스템 이용 승인 내역이 없습니다. 가까운 읍․면․동 또는 출장소를 "
        "직접 방문하여 이용 승인을 신청해 주세요.",
        "There is no approval to use the issuance system. Apply in person at any "
        "eup/myeon/dong office or branch office.",
    ),
    _C.APPROVAL_EXPIRED: (
        "발급시스템 이용 승인 유효기간(2년)이 지났습니다. 읍․면․동 또는 출장소를 직접 방문하여 "
        "다시 승인을 받아 주세요.",
        "The approval to use the issuance system has expired (valid 2 years). Apply again "
        "in person at an eup/myeon/dong office or branch office.",
    ),
    _C.APPROVAL_EXISTS: (
        "이미 유효한 발급시스템 이용 승인이 있습니다. 유효기간 만료 전 30일 이내에 갱신해 주세요.",
        "A valid approval already exists; renew it within the 30 days before it expires.",
    ),
    _C.RENEWAL_NOT_YET: (
        "발급시스템 이용 승인은 유효기간 만료 전 30일 이내에만 갱신할 수 있습니다.",
        "An approval can be renewed only within the 30 days before it expires.",
    ),
    _C.CONSENT_REQUIRED: (
        "미성년자 또는 피한정후견인은 신청서의 동의란에 법정대리인 또는 한정후견인이 "
        "작성·날인하고, 법정대리인 또는 한정후견인의 신분증과 증명서류(등기사항증명서 등)를 "
        "함께 제출해야 합니다.",
        "A minor or a person under limited guardianship needs the legal representative's or "
        "guardian's signed consent on the application, with their ID and proof of the role.",
    ),
    _C.GUARDIAN_REQUIRED: (
        "법정대리인 또는 한정후견인의 성명과 주민등록번호를 입력해 주세요.",
        "Enter the legal representative's or guardian's name and resident number.",
    ),
    _C.TOKEN_REQUIRED: (
        "보안토큰 인증방식을 선택한 경우 보안토큰 일련번호를 입력해 주세요.",
        "The security-token method needs the token's serial number.",
    ),
    _C.PHONE_REQUIRED: (
        "휴대전화 또는 일반전화 인증방식을 선택한 경우 전화번호를 입력해 주세요.",
        "The mobile or landline method needs a telephone number.",
    ),
    _C.NAME_MISMATCH: (
        "인증서의 성명과 발급시스템 이용 승인 시 등록한 성명이 일치하지 않습니다.",
        "The certificate holder's name is not the name registered with the approval.",
    ),
    _C.LOGIN_REQUIRED: (
        "인증서 로그인이 필요합니다.",
        "Log in with your certificate first.",
    ),
    _C.LOGIN_EXPIRED: (
        "로그인 유효시간이 지났습니다. 다시 인증서로 로그인해 주세요.",
        "The login has expired; log in with your certificate again.",
    ),
    _C.IDENTITY_CHECK_REQUIRED: (
        "보안토큰이나 전화인증을 통한 추가 신분확인을 먼저 해 주세요.",
        "Complete the additional identity check (security token or telephone) first.",
    ),
    _C.ALREADY_CHECKED: (
        "추가 신분확인을 이미 마쳤습니다.",
        "The additional identity check is already complete.",
    ),
    _C.WRONG_CODE: ("인증번호가 일치하지 않습니다.", "The code is wrong."),
    _C.CODE_EXPIRED: (
        "인증번호 입력 시간이 초과되었습니다. 다시 로그인해 주세요.",
        "The code has expired; log in again.",
    ),
    _C.TOO_MANY_TRIES: (
        f"인증번호를 {MAX_WRONG_CODES}회 잘못 입력하셨습니다. 처음부터 다시 진행해 주세요.",
        f"The code was wrong {MAX_WRONG_CODES} times; start again.",
    ),
    _C.NOT_SELF: (
        "전자본인서명확인서는 본인만 발급할 수 있습니다. 로그인한 본인의 성명과 주민등록번호를 "
        "입력해 주세요.",
        "Only the applicants themselves can have a confirmation issued: enter your own name "
        "and resident number.",
    ),
    _C.ADDRESS_NOT_FOUND: (
        "주민등록 주소지 검색 결과에서 주소를 선택해 주세요.",
        "Pick the address from the resident-address search.",
    ),
    _C.TEXT_REQUIRED: (
        f"필수 항목을 입력해 주세요. ({MAX_TEXT}자 이내)",
        f"This field is required (at most {MAX_TEXT} characters).",
    ),
    _C.AGENCY_NOT_FOUND: (
        "수요기관 검색 결과에서 제출할 기관을 지정해 주세요.",
        "Designate the submission agency from the agency search.",
    ),
    _C.AGENCY_NOT_ELIGIBLE: (
        "전자본인서명확인서를 제출할 수 없는 기관입니다. 제출기관에 전자본인서명확인서로 대체 "
        "가능한지 확인 후 이용해 주세요.",
        "This agency does not accept electronic personal-signature confirmations.",
    ),
    _C.APPLICATION_NOT_FOUND: (
        "작성 중인 전자본인서명확인서를 찾을 수 없습니다.",
        "No such confirmation being drafted.",
    ),
    _C.APPLICATION_EXPIRED: (
        "작성 유효시간이 지났습니다. 처음부터 다시 작성해 주세요.",
        "The draft has expired; start again.",
    ),
    _C.WRONG_STEP: (
        "진행 순서가 올바르지 않습니다.",
        "This step is not the draft's current step.",
    ),
    _C.CERTIFICATE_CHANGED: (
        "로그인한 인증서로 전자서명해 주세요.",
        "Sign with the certificate you logged in with.",
    ),
    _C.GUARDIAN_MISMATCH: (
        "발급시스템에 등록된 법정대리인 또는 한정후견인의 인증서가 아닙니다.",
        "The certificate is not the registered legal representative's or guardian's.",
    ),
    _C.CONFIRMATION_NOT_FOUND: (
        "발급번호 또는 성명이 일치하는 전자본인서명확인서가 없습니다.",
        "No confirmation matches this issuance number and name.",
    ),
    _C.NOT_DESIGNATED_AGENCY: (
        "지정된 제출기관만 발급내용을 열람할 수 있습니다. 전자본인서명확인서에 기재한 목적 이외에 "
        "다른 용도로 사용할 수 없습니다.",
        "Only the designated submission agency may view this confirmation; it may not be used "
        "for any other purpose.",
    ),
    _C.MEMBER_LOGIN_FAILED: (
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or the password is wrong.",
    ),
    _C.COMPLEX_AUTH_REQUIRED: (
        "전자본인서명확인서 발급은 복합인증 로그인이 필요합니다. 복합 인증로그인으로 이동하여 "
        "공인인증서 로그인 후 보안토큰이나 전화인증을 통한 추가 신분확인을 해 주세요.",
        "Issuing an electronic personal-signature confirmation needs the combined login: log "
        "in with your certificate, then complete the security-token or telephone check.",
    ),
    _C.MEMBER_MISMATCH: (
        "로그인한 회원 본인의 인증서로 복합인증 로그인을 해 주세요.",
        "Use the certificate of the member who is logged in for the combined login.",
    ),
    _C.WALLET_NOT_AVAILABLE: (
        "전자문서지갑 서비스는 2021년부터 제공됩니다. 발급증을 출력해 주세요.",
        "The document wallet is offered from 2021; print the slip instead.",
    ),
    _C.GUARDIAN_ROLE_MISMATCH: (
        "미성년자는 법정대리인이, 피한정후견인은 한정후견인이 동의해야 합니다.",
        "A minor needs the legal representative's consent; a person under limited "
        "guardianship needs the limited guardian's.",
    ),
    _C.PEER_UNAVAILABLE: (
        "인증기관에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
        "The certificate authority cannot be reached; try again shortly.",
    ),
}
