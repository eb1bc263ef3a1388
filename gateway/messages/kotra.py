# ruff: noqa: E501
"""KOTRA 무역투자24 payload error codes: the agency's own (its manual's Korean wording where it
has one) and the gateway's (login, identity verification redeem)."""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode
from gateway.messages.identity import IDENTITY_TEXTS, IdentityErrorCode


class KotraErrorCode(enum.Enum):
    """Why a KOTRA 무역투자24 operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    VERIFICATION_NOT_FOUND = "VERIFICATION_NOT_FOUND"
    VERIFICATION_EXPIRED = "VERIFICATION_EXPIRED"
    VERIFIED_FOR_ANOTHER_AGENCY = "VERIFIED_FOR_ANOTHER_AGENCY"
    REQUIRED_FIELD = "REQUIRED_FIELD"
    TERMS_REQUIRED = "TERMS_REQUIRED"
    FLOW_NOT_FOUND = "FLOW_NOT_FOUND"
    FLOW_EXPIRED = "FLOW_EXPIRED"
    WRONG_STEP = "WRONG_STEP"
    VERIFICATION_REQUIRED = "VERIFICATION_REQUIRED"
    VERIFICATION_METHOD_NOT_ACCEPTED = "VERIFICATION_METHOD_NOT_ACCEPTED"
    ALREADY_MEMBER = "ALREADY_MEMBER"
    INVALID_LOGIN_ID = "INVALID_LOGIN_ID"
    LOGIN_ID_TAKEN = "LOGIN_ID_TAKEN"
    INVALID_PASSWORD = "INVALID_PASSWORD"
    PASSWORD_MISMATCH = "PASSWORD_MISMATCH"
    INVALID_COMPANY_PASSWORD = "INVALID_COMPANY_PASSWORD"
    INVALID_APPROVAL_PASSWORD = "INVALID_APPROVAL_PASSWORD"
    APPROVAL_PASSWORD_MISMATCH = "APPROVAL_PASSWORD_MISMATCH"
    WRONG_APPROVAL_PASSWORD = "WRONG_APPROVAL_PASSWORD"
    UNKNOWN_HS_CODE = "UNKNOWN_HS_CODE"
    UNKNOWN_REGION = "UNKNOWN_REGION"
    LOGIN_FAILED = "LOGIN_FAILED"
    ACCOUNT_DELETED = "ACCOUNT_DELETED"
    RECONSENT_REQUIRED = "RECONSENT_REQUIRED"
    SIMPLE_MEMBER_NOT_FOUND = "SIMPLE_MEMBER_NOT_FOUND"
    SIMPLE_MEMBER_EXISTS = "SIMPLE_MEMBER_EXISTS"
    SNS_LOGIN_FAILED = "SNS_LOGIN_FAILED"
    GENERAL_MEMBER_REQUIRED = "GENERAL_MEMBER_REQUIRED"
    SERVICE_NOT_ALLOWED = "SERVICE_NOT_ALLOWED"
    MEMBER_NOT_FOUND = "MEMBER_NOT_FOUND"
    COMPANY_NOT_FOUND = "COMPANY_NOT_FOUND"
    COMPANY_EXISTS = "COMPANY_EXISTS"
    COMPANY_CLOSED = "COMPANY_CLOSED"
    SCAN_REQUIRED = "SCAN_REQUIRED"
    SCAN_TOO_LARGE = "SCAN_TOO_LARGE"
    SCAN_TYPE_NOT_ALLOWED = "SCAN_TYPE_NOT_ALLOWED"
    CERTIFICATE_REQUIRED = "CERTIFICATE_REQUIRED"
    CERTIFICATE_REJECTED = "CERTIFICATE_REJECTED"
    CERTIFICATE_KIND_NOT_ACCEPTED = "CERTIFICATE_KIND_NOT_ACCEPTED"
    CERTIFICATION_REQUIRED = "CERTIFICATION_REQUIRED"
    ALREADY_AFFILIATED = "ALREADY_AFFILIATED"
    NOT_AN_EMPLOYEE = "NOT_AN_EMPLOYEE"
    LEGACY_LOGIN_FAILED = "LEGACY_LOGIN_FAILED"
    LEGACY_ALREADY_CONVERTED = "LEGACY_ALREADY_CONVERTED"
    MILEAGE_INSUFFICIENT = "MILEAGE_INSUFFICIENT"
    NAME_CHANGE_PENDING = "NAME_CHANGE_PENDING"
    NAME_UNCHANGED = "NAME_UNCHANGED"


_C = KotraErrorCode

KOTRA_TEXTS: dict[KotraErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.VERIFICATION_NOT_FOUND: IDENTITY_TEXTS[IdentityErrorCode.VERIFICATION_NOT_FOUND],
    _C.VERIFICATION_EXPIRED: IDENTITY_TEXTS[IdentityErrorCode.VERIFICATION_EXPIRED],
    _C.VERIFIED_FOR_ANOTHER_AGENCY: IDENTITY_TEXTS[IdentityErrorCode.VERIFIED_FOR_ANOTHER_AGENCY],
    _C.REQUIRED_FIELD: Text(
        "*은 필수 입력 항목입니다.",
        "Fields marked * are required.",
    ),
    _C.TERMS_REQUIRED: Text(
        "필수항목에 대한 개인정보 수집·이용에 동의하십니까?",
        "Please agree to the required terms and the collection and use of personal data.",
    ),
    _C.FLOW_NOT_FOUND: Text(
        "가입 진행 정보를 찾을 수 없습니다. 처음부터 다시 진행해 주십시오.",
        "This sign-up could not be found. Please start again.",
    ),
    _C.FLOW_EXPIRED: Text(
        "가입 진행 시간이 만료되었습니다. 처음부터 다시 진행해 주십시오.",
        "This sign-up has expired. Please start again.",
    ),
    _C.WRONG_STEP: Text(
        "이전 단계를 먼저 완료해 주십시오.",
        "Please complete the previous step first.",
    ),
    _C.VERIFICATION_REQUIRED: Text(
        "KOTRA 홈페이지는 건전한 인터넷문화의 정착을 위해 실명인증을 하고 있습니다. 실명인증을 위해 본인인증 방식을 통하여 인증 받으시기 바랍니다.",
        "KOTRA requires real-name verification: please verify yourself first.",
    ),
    _C.VERIFICATION_METHOD_NOT_ACCEPTED: Text(
        "간편인증, 휴대전화 본인인증 또는 신용카드 인증으로 실명인증을 해 주십시오. 법인명의로는 인증불가",
        "Verify by simple authentication, phone or personal credit card; corporate names cannot be verified.",
    ),
    _C.ALREADY_MEMBER: Text(
        "이미 가입된 회원입니다. 아이디 찾기를 이용해 주십시오.",
        "You are already a member. Use 'find my ID'.",
    ),
    _C.INVALID_LOGIN_ID: Text(
        "아이디(6~20자 이내, 영어, 숫자 혼합)",
        "The ID must be 6 to 20 characters mixing English letters and digits.",
    ),
    _C.LOGIN_ID_TAKEN: Text(
        "이미 사용 중인 아이디입니다.",
        "This ID is already taken.",
    ),
    _C.INVALID_PASSWORD: Text(
        "비밀번호(9~30자 이내 영문, 숫자, 특수문자 혼합)",
        "The password must be 9 to 30 characters mixing letters, digits and special characters.",
    ),
    _C.PASSWORD_MISMATCH: Text(
        "비밀번호가 일치하지 않습니다.",
        "The passwords do not match.",
    ),
    _C.INVALID_COMPANY_PASSWORD: Text(
        "* 영문과 숫자, 특수기호로 구성하여 9자 이상 가능합니다.",
        "The company password must be at least 9 characters of letters, digits and special characters.",
    ),
    _C.INVALID_APPROVAL_PASSWORD: Text(
        "* 숫자 6글자",
        "The approval password is 6 digits.",
    ),
    _C.APPROVAL_PASSWORD_MISMATCH: Text(
        "승인 비밀번호가 일치하지 않습니다. 승인 비밀번호 확인을 다시 입력해 주십시오.",
        "The approval passwords do not match.",
    ),
    _C.WRONG_APPROVAL_PASSWORD: Text(
        "승인비밀번호가 올바르지 않습니다. 소속기업에서 등록된 승인 비밀번호(6자리)를 확인해 주십시오.",
        "The approval password is wrong. Ask your company for its 6-digit approval password.",
    ),
    _C.UNKNOWN_HS_CODE: Text(
        "HS Code 검색으로 관심품목을 선택해 주십시오.",
        "Choose items of interest with the HS code search.",
    ),
    _C.UNKNOWN_REGION: Text(
        "관심지역은 목록의 국가에서 선택해 주십시오.",
        "Choose regions of interest among the listed countries.",
    ),
    _C.LOGIN_FAILED: Text(
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or password is wrong.",
    ),
    _C.ACCOUNT_DELETED: Text(
        "※ 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다.",
        "The account was deleted: it was not used during the 3-year re-consent period.",
    ),
    _C.RECONSENT_REQUIRED: Text(
        "개인정보 보유 및 이용기간이 지나 재동의가 필요합니다. (개인회원 : 2년 단위 재동의, 기업회원 : 5년 단위 재동의)",
        "Your consent has lapsed (individuals every 2 years, company members every 5): please consent again.",
    ),
    _C.SIMPLE_MEMBER_NOT_FOUND: Text(
        "이전에 가입하신 SNS 계정으로 로그인하셔야 사업참여 내역을 확인하실 수 있습니다. 가입된 간편회원 정보가 없습니다.",
        "No simple member joined with this SNS account.",
    ),
    _C.SIMPLE_MEMBER_EXISTS: Text(
        "이미 이 SNS 계정으로 가입된 간편회원입니다. 로그인해 주십시오.",
        "A simple member already joined with this SNS account. Please log in.",
    ),
    _C.SNS_LOGIN_FAILED: Text(
        "SNS 로그인 정보를 확인할 수 없습니다. 다시 시도해 주십시오.",
        "The SNS login could not be confirmed. Please try again.",
    ),
    _C.GENERAL_MEMBER_REQUIRED: Text(
        "※ 기업등록요청을 위해서는 반드시 개인 회원가입을 해 주십시오.",
        "Only a general member can do this: please join as a general member first.",
    ),
    _C.SERVICE_NOT_ALLOWED: Text(
        "회원님의 회원 유형으로는 이용할 수 없는 서비스입니다.",
        "Your kind of membership does not include this service.",
    ),
    _C.MEMBER_NOT_FOUND: Text(
        "회원가입 시 등록된 고객님의 정보(이름, 휴대폰)를 입력하여 주세요.",
        "No member matches: enter the name and mobile number given at sign-up.",
    ),
    _C.COMPANY_NOT_FOUND: Text(
        "조회가 되지 않는 사업자는 아래의 신규 기업정보 등록을 이용해주시십시오.",
        "No registered company has this number: use new company registration.",
    ),
    _C.COMPANY_EXISTS: Text(
        "존재하는 기업회원입니다. 로그인해주세요.",
        "This company is already registered. Please log in.",
    ),
    _C.COMPANY_CLOSED: Text(
        "조회하신 사업자번호는 폐업된 것으로 확인되어 기업정보 등록이 불가능합니다. 사업자번호를 확인하시고 재조회해 주시기 바랍니다.",
        "This business is closed, so it cannot be registered. Check the number and search again.",
    ),
    _C.SCAN_REQUIRED: Text(
        "※ 소속기업 사업자등록증 스캔본 파일 첨부 필수",
        "A scan of the business registration certificate must be attached.",
    ),
    _C.SCAN_TOO_LARGE: Text(
        "사업자등록증 스캔본 파일은 5MB 이하로 첨부해 주십시오.",
        "The scan of the business registration certificate must be at most 5 MB.",
    ),
    _C.SCAN_TYPE_NOT_ALLOWED: Text(
        "사업자등록증 스캔본은 PDF, JPG, PNG, TIF 파일만 첨부할 수 있습니다.",
        "The scan must be a PDF, JPG, PNG or TIF file (judged by its content).",
    ),
    _C.CERTIFICATE_REQUIRED: Text(
        "소속기업 정보 최초 등록 시 기업 범용인증서를 통한 소속기업 인증 필수",
        "Registering a company requires authenticating with its corporate certificate.",
    ),
    _C.CERTIFICATE_REJECTED: Text(
        "기업 범용인증서 인증에 실패했습니다. 소속기업의 인증서인지 확인해 주십시오.",
        "The corporate certificate could not be verified for this business.",
    ),
    _C.CERTIFICATE_KIND_NOT_ACCEPTED: Text(
        "사용 가능한 기업 범용인증서 종류가 아닙니다.",
        "This kind of certificate is not on KOTRA's list of accepted corporate certificates.",
    ),
    _C.CERTIFICATION_REQUIRED: Text(
        "반드시 기업인증절차를 거친 후 기업정보 수정 가능",
        "Authenticate with the corporate certificate before editing company information.",
    ),
    _C.ALREADY_AFFILIATED: Text(
        "이미 소속기업이 등록되어 있습니다.",
        "You already have an affiliated company.",
    ),
    _C.NOT_AN_EMPLOYEE: Text(
        "소속 직원이 아닙니다.",
        "This member is not an employee of the company.",
    ),
    _C.LEGACY_LOGIN_FAILED: Text(
        "가입하신 회원의 ID와 비밀번호를 입력해주시기 바랍니다.",
        "Enter the ID and password of your existing account.",
    ),
    _C.LEGACY_ALREADY_CONVERTED: Text(
        "이미 통합회원으로 전환된 아이디입니다. 로그인해 주십시오.",
        "This ID was already converted to an integrated member. Please log in.",
    ),
    # The manual has no words for these three: the mock's wording in the manual's style.
    _C.MILEAGE_INSUFFICIENT: Text(
        "사용 가능한 마일리지가 부족합니다.",
        "Not enough service mileage for this use.",
    ),
    _C.NAME_CHANGE_PENDING: Text(
        "이미 처리 중인 사명 변경신청이 있습니다. 처리 완료 후 다시 신청해 주십시오.",
        "A company name change request is already pending; wait until it is processed.",
    ),
    _C.NAME_UNCHANGED: Text(
        "변경할 기업명이 현재 기업명과 같습니다.",
        "The requested name is the company's current name.",
    ),
}
register(KotraErrorCode, KOTRA_TEXTS)
