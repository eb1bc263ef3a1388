"""Payload error codes of Hometax department users (부서사용자), in Korean and English.

The Korean texts are Hometax's own (the mock's, which quotes seed 004 where the manual gives
the wording: the ID and password rules, 단 1개만, 대기인 상태에서 사용으로 전환 …).
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode


class HometaxErrorCode(enum.Enum):
    """Why a Hometax department-user operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    REPRESENTATIVE_LOGIN_REQUIRED = "REPRESENTATIVE_LOGIN_REQUIRED"
    DEPARTMENT_USER_LOGIN_REQUIRED = "DEPARTMENT_USER_LOGIN_REQUIRED"
    INVALID_BIRTH_DATE = "INVALID_BIRTH_DATE"
    NAME_REQUIRED = "NAME_REQUIRED"
    AGREEMENT_REQUIRED = "AGREEMENT_REQUIRED"
    REAL_NAME_FAILED = "REAL_NAME_FAILED"
    UNKNOWN_BUSINESS = "UNKNOWN_BUSINESS"
    BIRTH_DATE_MISMATCH = "BIRTH_DATE_MISMATCH"
    CLOSED_BUSINESS = "CLOSED_BUSINESS"
    INVALID_USER_ID = "INVALID_USER_ID"
    DUPLICATE_USER_ID = "DUPLICATE_USER_ID"
    ID_CHECK_REQUIRED = "ID_CHECK_REQUIRED"
    PASSWORD_REQUIRED = "PASSWORD_REQUIRED"
    INVALID_PASSWORD_LENGTH = "INVALID_PASSWORD_LENGTH"
    INVALID_PASSWORD_COMBINATION = "INVALID_PASSWORD_COMBINATION"
    INVALID_PASSWORD_CHARACTER = "INVALID_PASSWORD_CHARACTER"
    PASSWORD_MISMATCH = "PASSWORD_MISMATCH"
    INVALID_MOBILE = "INVALID_MOBILE"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_DEPARTMENT = "INVALID_DEPARTMENT"
    ALREADY_HAS_DEPARTMENT_USER = "ALREADY_HAS_DEPARTMENT_USER"
    LOGIN_FAILED = "LOGIN_FAILED"
    NOT_APPROVED = "NOT_APPROVED"
    WITHDRAWN = "WITHDRAWN"
    LOGIN_REQUIRED = "LOGIN_REQUIRED"
    FORBIDDEN = "FORBIDDEN"
    PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED"
    TEMPORARY_PASSWORD_EXPIRED = "TEMPORARY_PASSWORD_EXPIRED"
    SAME_PASSWORD = "SAME_PASSWORD"
    USER_NOT_FOUND = "USER_NOT_FOUND"
    ALREADY_WITHDRAWN = "ALREADY_WITHDRAWN"
    CERTIFICATE_REFUSED = "CERTIFICATE_REFUSED"
    BUSINESS_CERTIFICATE_REUSED = "BUSINESS_CERTIFICATE_REUSED"
    CERTIFICATE_NOT_REGISTERED = "CERTIFICATE_NOT_REGISTERED"
    PASSWORD_LOGIN_REQUIRED = "PASSWORD_LOGIN_REQUIRED"
    CERTIFICATE_MISMATCH = "CERTIFICATE_MISMATCH"
    DEPARTMENT_USER_CERTIFICATE = "DEPARTMENT_USER_CERTIFICATE"
    INVALID_DELEGATION = "INVALID_DELEGATION"


_C = HometaxErrorCode

HOMETAX_TEXTS: dict[HometaxErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.REPRESENTATIVE_LOGIN_REQUIRED: Text(
        "사업자등록번호 아이디(대표자)의 공인인증서로 로그인해 주시기 바랍니다.",
        "Log in to Hometax as the representative, with the business's certificate.",
    ),
    _C.INVALID_BIRTH_DATE: Text(
        "대표자 생년월일을 정확히 입력해 주시기 바랍니다. (예: 19830630)",
        "Enter the representative's birth date as YYYYMMDD (e.g. 19830630).",
    ),
    _C.NAME_REQUIRED: Text("{name}을(를) 입력해 주시기 바랍니다.", "Enter the {name_en}."),
    _C.DEPARTMENT_USER_LOGIN_REQUIRED: Text(
        "부서사용자 아이디로 로그인해 주시기 바랍니다.",
        "Log in to Hometax as the department user.",
    ),
    _C.AGREEMENT_REQUIRED: Text(
        "상기 내용에 대해 동의함을 모두 체크해 주시기 바랍니다.",
        "Both agreements must be accepted before applying.",
    ),
    _C.REAL_NAME_FAILED: Text(
        "성명 실명인증에 실패하였습니다. 본인확인 후 다시 시도해 주시기 바랍니다.",
        "The applicant's real-name check failed; verify the applicant's identity first.",
    ),
    _C.UNKNOWN_BUSINESS: Text(
        "홈택스에 등록되지 않은 사업자등록번호입니다.",
        "This business registration number is not registered with Hometax.",
    ),
    _C.BIRTH_DATE_MISMATCH: Text(
        "사업자등록번호와 대표자 생년월일이 일치하지 않습니다.",
        "The representative's birth date does not match the business registration number.",
    ),
    _C.CLOSED_BUSINESS: Text(
        "폐업한 사업자는 부서사용자 아이디를 신청할 수 없습니다.",
        "A closed business cannot apply for a department user ID.",
    ),
    _C.INVALID_USER_ID: Text(
        "영문(대소문자구분됨) 또는 영문 숫자 특수문자(.)조합, 6~20자리",
        "User IDs are 6 to 20 characters: English letters (case-sensitive), or letters "
        "combined with digits and the specials . and _.",
    ),
    _C.DUPLICATE_USER_ID: Text(
        "이미 사용 중인 아이디입니다. 다른 아이디를 입력해 주시기 바랍니다.",
        "This ID is already taken (IDs are case-sensitive).",
    ),
    _C.ID_CHECK_REQUIRED: Text(
        "아이디 중복확인을 해주시기 바랍니다.",
        "Check the ID for duplicates (중복확인) before applying.",
    ),
    _C.PASSWORD_REQUIRED: Text(
        "비밀번호를 입력해주세요",
        "Enter a password.",
    ),
    _C.INVALID_PASSWORD_LENGTH: Text(
        "영문, 숫자, 특수문자를 조합하여 9~15자리로 설정합니다.",
        "The password must be 9 to 15 characters.",
    ),
    _C.INVALID_PASSWORD_COMBINATION: Text(
        "영문, 숫자, 특수문자를 조합하여 9~15자리로 설정합니다.",
        "The password must combine letters, digits and special characters.",
    ),
    _C.INVALID_PASSWORD_CHARACTER: Text(
        "숫자 키보드 위의 특수문자[~!@#$%^&*~+] 만 가능합니다",
        "Only the specials above the number keys are allowed: ~ ! @ # $ % ^ & * +",
    ),
    _C.PASSWORD_MISMATCH: Text(
        "비밀번호와 비밀번호 확인이 일치하지 않습니다.",
        "The password confirmation does not match.",
    ),
    _C.INVALID_MOBILE: Text(
        "휴대전화번호를 정확히 입력해 주시기 바랍니다.",
        "Enter a valid mobile number.",
    ),
    _C.INVALID_PHONE: Text(
        "전화번호를 정확히 입력해 주시기 바랍니다.",
        "Enter a valid phone number.",
    ),
    _C.INVALID_EMAIL: Text(
        "이메일주소를 정확히 입력해 주시기 바랍니다.",
        "Enter a valid e-mail address.",
    ),
    _C.INVALID_DEPARTMENT: Text(
        "부서명은 50자 이내로 입력해 주시기 바랍니다.",
        "The department name is at most 50 characters.",
    ),
    _C.ALREADY_HAS_DEPARTMENT_USER: Text(
        "사업자등록번호 아이디에 부서사용자 아이디를 단 1개만 생성해야 됩니다. "
        "이미 신청된 전자세금계산서 전용 부서사용자 아이디가 있습니다.",
        "A business may have only one e-tax-invoice department user ID, and it already has one.",
    ),
    _C.LOGIN_FAILED: Text(
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or password is wrong.",
    ),
    _C.NOT_APPROVED: Text(
        "대기인 상태에서 사용으로 전환을 하여야만 해당 부서사용자의 아이디를 사용할 수 있습니다.",
        "The representative has not set this department user ID to 사용 (active) yet.",
    ),
    _C.WITHDRAWN: Text(
        "탈퇴한 부서사용자 아이디입니다.",
        "This department user ID was withdrawn.",
    ),
    _C.LOGIN_REQUIRED: Text(
        "로그인이 필요하거나 로그인 시간이 만료되었습니다. 다시 로그인해 주시기 바랍니다.",
        "Log in first, or again: the login is missing or has expired.",
    ),
    _C.FORBIDDEN: Text(
        "해당 메뉴를 이용할 권한이 없습니다.",
        "This login may not use this menu.",
    ),
    _C.PASSWORD_CHANGE_REQUIRED: Text(
        "임시 비밀번호로 로그인하였습니다. 비밀번호를 변경한 후 이용해 주시기 바랍니다.",
        "Logged in with a temporary password: change the password first.",
    ),
    _C.TEMPORARY_PASSWORD_EXPIRED: Text(
        "임시 비밀번호의 유효기간이 지났습니다. 사업자등록번호 아이디로 로그인하여 "
        "MyNTS-부서사용자아이디관리 화면에서 임시비밀번호를 다시 발송해 주시기 바랍니다.",
        "The temporary password has expired: the representative must send a new one from "
        "My NTS (부서사용자아이디관리).",
    ),
    _C.SAME_PASSWORD: Text(
        "현재 비밀번호와 다른 비밀번호를 입력해 주시기 바랍니다.",
        "The new password must differ from the current one.",
    ),
    _C.USER_NOT_FOUND: Text(
        "해당 부서사용자 아이디가 없습니다.",
        "No such department user for this business.",
    ),
    _C.ALREADY_WITHDRAWN: Text(
        "탈퇴한 부서사용자 아이디는 상태를 변경할 수 없습니다.",
        "A withdrawn department user ID cannot change status.",
    ),
    _C.CERTIFICATE_REFUSED: Text(
        "공인인증서 확인에 실패하였습니다.",
        "The certificate was refused.",
    ),
    _C.BUSINESS_CERTIFICATE_REUSED: Text(
        "사업자등록번호 아이디와 통일된 공인인증서와 다른 전자세금계산서 전용 공인인증서를 "
        "등록하여 사용합니다.",
        "Register an e-tax-invoice certificate other than the business ID's own certificate.",
    ),
    _C.CERTIFICATE_NOT_REGISTERED: Text(
        "등록된 공인인증서가 없습니다. 아이디/비밀번호로 로그인하여 공인인증서를 등록해 "
        "주시기 바랍니다.",
        "No certificate is registered: log in with ID and password and register one.",
    ),
    # Seed 004 step 3, verbatim (its "경선된" — 갱신된, renewed — kept as the manual prints it).
    _C.PASSWORD_LOGIN_REQUIRED: Text(
        "경선된 인증서를 등록하기 위해서는 아이디/비밀번호로 로그인을 해야 됩니다.",
        "Log in with ID and password to register a (renewed) certificate.",
    ),
    _C.CERTIFICATE_MISMATCH: Text(
        "등록된 공인인증서와 일치하지 않습니다.",
        "This is not the certificate registered for this department user.",
    ),
    _C.DEPARTMENT_USER_CERTIFICATE: Text(
        "부서사용자 아이디에 등록된 공인인증서로는 사업자등록번호 아이디로 로그인할 수 없습니다.",
        "A certificate registered to a department user cannot log in as the business.",
    ),
    _C.INVALID_DELEGATION: Text(
        "유효하지 않거나 만료된 위임 정보입니다.",
        "The delegation is unknown, revoked or expired.",
    ),
}
register(HometaxErrorCode, HOMETAX_TEXTS)
