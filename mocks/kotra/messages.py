"""Error codes, Korean and English messages, and the time limits of the KOTRA mock.

Korean messages quoted from the manual (seed 002) say so with ``# seed``; the others are this
mock's wording in the manual's style.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Final

from mocks.framework.errors import INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE

LOGIN_TTL: Final = timedelta(hours=1)
"""How long a login token lives."""
SIGNUP_TTL: Final = timedelta(minutes=30)
"""How long a sign-up or registration flow may be continued."""
CERTIFICATION_TTL: Final = timedelta(minutes=10)
"""How long a company admin's certificate authentication allows edits (기업인증 후 수정)."""
LEGACY_TTL: Final = timedelta(minutes=30)
SIMPLE_MEMBER_RETENTION: Final = timedelta(days=3 * 365)
"""간편회원: 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다."""
INDIVIDUAL_RECONSENT: Final = timedelta(days=2 * 365)
"""개인회원 : 2년 단위 재동의."""
COMPANY_RECONSENT: Final = timedelta(days=5 * 365)
"""기업회원 : 5년 단위 재동의."""


class KotraErrorCode(StrEnum):
    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
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
    NOT_LOGGED_IN = "NOT_LOGGED_IN"
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
    AGENCY_UNAVAILABLE = "AGENCY_UNAVAILABLE"


_C = KotraErrorCode

EXISTING_COMPANY: Final = "존재하는 기업회원입니다. 로그인해주세요."  # seed
CLOSED_COMPANY: Final = (  # seed
    "조회하신 사업자번호는 폐업된 것으로 확인되어 기업정보 등록이 불가능합니다. "
    "사업자번호를 확인하시고 재조회해 주시기 바랍니다."
)
NO_COMPANY_FOUND: Final = "검색된 기업이 없습니다. 신규기업 등록 화면으로 이동합니다."  # seed
SIMPLE_SIGNUP_DONE: Final = "간편 회원가입이 완료되었습니다."  # seed
SIGNUP_DONE: Final = "회원이 가입이 완료되었습니다."  # seed (the manual's wording, as it is)
COMPANY_REGISTERED: Final = "기업정보 등록이 완료되었습니다."  # seed
CONVERTED: Final = (  # seed
    "고객님께서 KOTRA 통합 일반회원(기업미소속)으로 가입이 완료되었습니다. "
    "통합회원체계 변경에 따라 기존 기업회원들은 모두 소속기업을 재등록해주셔야 합니다. "
    "아래의 '소속기업 등록'버튼을 클릭하신 후 "
    "기업 범용 인증서 혹은 소속기업에서 등록된 승인 비밀번호 (6자리)를 입력해주시면 "
    "KOTRA 통합 일반회원(기업소속)으로 전환됩니다."
)

MESSAGES: Final[dict[KotraErrorCode, tuple[str, str]]] = {
    _C.INVALID_REQUEST: INVALID_REQUEST_MESSAGE,
    _C.NOT_FOUND: NOT_FOUND_MESSAGE,
    _C.REQUIRED_FIELD: (
        "*은 필수 입력 항목입니다.",  # seed
        "Fields marked * are required.",
    ),
    _C.TERMS_REQUIRED: (
        "필수항목에 대한 개인정보 수집·이용에 동의하십니까?",  # seed
        "Please agree to the required terms and the collection and use of personal data.",
    ),
    _C.FLOW_NOT_FOUND: (
        "가입 진행 정보를 찾을 수 없습니다. 처음부터 다시 진행해 주십시오.",
        "This sign-up could not be found. Please start again.",
    ),
    _C.FLOW_EXPIRED: (
        "가입 진행 시간이 만료되었습니다. 처음부터 다시 진행해 주십시오.",
        "This sign-up has expired. Please start again.",
    ),
    _C.WRONG_STEP: (
        "이전 단계를 먼저 완료해 주십시오.",
        "Please complete the previous step first.",
    ),
    _C.VERIFICATION_REQUIRED: (
        "KOTRA 홈페이지는 건전한 인터넷문화의 정착을 위해 실명인증을 하고 있습니다. "  # seed
        "실명인증을 위해 본인인증 방식을 통하여 인증 받으시기 바랍니다.",
        "KOTRA requires real-name verification: please verify yourself first.",
    ),
    _C.VERIFICATION_METHOD_NOT_ACCEPTED: (
        "간편인증, 휴대전화 본인인증 또는 신용카드 인증으로 실명인증을 해 주십시오. "
        "법인명의로는 인증불가",  # seed: * 법인명의로는 인증불가
        "Verify by simple authentication, phone or personal credit card; corporate names "
        "cannot be verified.",
    ),
    _C.ALREADY_MEMBER: (
        "이미 가입된 회원입니다. 아이디 찾기를 이용해 주십시오.",
        "You are already a member. Use 'find my ID'.",
    ),
    _C.INVALID_LOGIN_ID: (
        "아이디(6~20자 이내, 영어, 숫자 혼합)",  # seed
        "The ID must be 6 to 20 characters mixing English letters and digits.",
    ),
    _C.LOGIN_ID_TAKEN: (
        "이미 사용 중인 아이디입니다.",
        "This ID is already taken.",
    ),
    _C.INVALID_PASSWORD: (
        "비밀번호(9~30자 이내 영문, 숫자, 특수문자 혼합)",  # seed
        "The password must be 9 to 30 characters mixing letters, digits and special characters.",
    ),
    _C.PASSWORD_MISMATCH: (
        "비밀번호가 일치하지 않습니다.",
        "The passwords do not match.",
    ),
    _C.INVALID_COMPANY_PASSWORD: (
        "* 영문과 숫자, 특수기호로 구성하여 9자 이상 가능합니다.",  # seed
        "The company password must be at least 9 characters of letters, digits and special "
        "characters.",
    ),
    _C.INVALID_APPROVAL_PASSWORD: (
        "* 숫자 6글자",  # seed
        "The approval password is 6 digits.",
    ),
    _C.APPROVAL_PASSWORD_MISMATCH: (
        "승인 비밀번호가 일치하지 않습니다. 승인 비밀번호 확인을 다시 입력해 주십시오.",
        "The approval passwords do not match.",
    ),
    _C.WRONG_APPROVAL_PASSWORD: (
        "승인비밀번호가 올바르지 않습니다. 소속기업에서 등록된 승인 비밀번호(6자리)를 "
        "확인해 주십시오.",
        "The approval password is wrong. Ask your company for its 6-digit approval password.",
    ),
    _C.UNKNOWN_HS_CODE: (
        "HS Code 검색으로 관심품목을 선택해 주십시오.",
        "Choose items of interest with the HS code search.",
    ),
    _C.UNKNOWN_REGION: (
        "관심지역은 목록의 국가에서 선택해 주십시오.",
        "Choose regions of interest among the listed countries.",
    ),
    _C.LOGIN_FAILED: (
        "아이디 또는 비밀번호가 일치하지 않습니다.",
        "The ID or password is wrong.",
    ),
    _C.ACCOUNT_DELETED: (
        "※ 재동의 기간(3년)동안 미접속시 계정이 삭제됩니다.",  # seed
        "The account was deleted: it was not used during the 3-year re-consent period.",
    ),
    _C.RECONSENT_REQUIRED: (
        "개인정보 보유 및 이용기간이 지나 재동의가 필요합니다. "
        "(개인회원 : 2년 단위 재동의, 기업회원 : 5년 단위 재동의)",  # seed (parenthesis)
        "Your consent has lapsed (individuals every 2 years, company members every 5): "
        "please consent again.",
    ),
    _C.NOT_LOGGED_IN: (
        "로그인이 필요합니다.",
        "Please log in.",
    ),
    _C.SIMPLE_MEMBER_NOT_FOUND: (
        "이전에 가입하신 SNS 계정으로 로그인하셔야 사업참여 내역을 확인하실 수 있습니다. "  # seed
        "가입된 간편회원 정보가 없습니다.",
        "No simple member joined with this SNS account.",
    ),
    _C.SIMPLE_MEMBER_EXISTS: (
        "이미 이 SNS 계정으로 가입된 간편회원입니다. 로그인해 주십시오.",
        "A simple member already joined with this SNS account. Please log in.",
    ),
    _C.SNS_LOGIN_FAILED: (
        "SNS 로그인 정보를 확인할 수 없습니다. 다시 시도해 주십시오.",
        "The SNS login could not be confirmed. Please try again.",
    ),
    _C.GENERAL_MEMBER_REQUIRED: (
        "※ 기업등록요청을 위해서는 반드시 개인 회원가입을 해 주십시오.",  # seed
        "Only a general member can do this: please join as a general member first.",
    ),
    _C.SERVICE_NOT_ALLOWED: (
        "회원님의 회원 유형으로는 이용할 수 없는 서비스입니다.",
        "Your kind of membership does not include this service.",
    ),
    _C.MEMBER_NOT_FOUND: (
        "회원가입 시 등록된 고객님의 정보(이름, 휴대폰)를 입력하여 주세요.",  # seed
        "No member matches: enter the name and mobile number given at sign-up.",
    ),
    _C.COMPANY_NOT_FOUND: (
        "조회가 되지 않는 사업자는 아래의 신규 기업정보 등록을 이용해주시십시오.",  # seed
        "No registered company has this number: use new company registration.",
    ),
    _C.COMPANY_EXISTS: (EXISTING_COMPANY, "This company is already registered. Please log in."),
    _C.COMPANY_CLOSED: (
        CLOSED_COMPANY,
        "This business is closed, so it cannot be registered. Check the number and search again.",
    ),
    _C.SCAN_REQUIRED: (
        "※ 소속기업 사업자등록증 스캔본 파일 첨부 필수",  # seed
        "A scan of the business registration certificate must be attached.",
    ),
    _C.SCAN_TOO_LARGE: (
        "사업자등록증 스캔본 파일은 5MB 이하로 첨부해 주십시오.",
        "The scan of the business registration certificate must be at most 5 MB.",
    ),
    _C.SCAN_TYPE_NOT_ALLOWED: (
        "사업자등록증 스캔본은 PDF, JPG, PNG, TIF 파일만 첨부할 수 있습니다.",
        "The scan must be a PDF, JPG, PNG or TIF file (judged by its content).",
    ),
    _C.CERTIFICATE_REQUIRED: (
        "소속기업 정보 최초 등록 시 기업 범용인증서를 통한 소속기업 인증 필수",  # seed
        "Registering a company requires authenticating with its corporate certificate.",
    ),
    _C.CERTIFICATE_REJECTED: (
        "기업 범용인증서 인증에 실패했습니다. 소속기업의 인증서인지 확인해 주십시오.",
        "The corporate certificate could not be verified for this business.",
    ),
    _C.CERTIFICATE_KIND_NOT_ACCEPTED: (
        "사용 가능한 기업 범용인증서 종류가 아닙니다.",
        "This kind of certificate is not on KOTRA's list of accepted corporate certificates.",
    ),
    _C.CERTIFICATION_REQUIRED: (
        "반드시 기업인증절차를 거친 후 기업정보 수정 가능",  # seed
        "Authenticate with the corporate certificate before editing company information.",
    ),
    _C.ALREADY_AFFILIATED: (
        "이미 소속기업이 등록되어 있습니다.",
        "You already have an affiliated company.",
    ),
    _C.NOT_AN_EMPLOYEE: (
        "소속 직원이 아닙니다.",
        "This member is not an employee of the company.",
    ),
    _C.LEGACY_LOGIN_FAILED: (
        "가입하신 회원의 ID와 비밀번호를 입력해주시기 바랍니다.",  # seed
        "Enter the ID and password of your existing account.",
    ),
    _C.LEGACY_ALREADY_CONVERTED: (
        "이미 통합회원으로 전환된 아이디입니다. 로그인해 주십시오.",
        "This ID was already converted to an integrated member. Please log in.",
    ),
    # The manual has no words for these three; this mock's wording in its style.
    _C.MILEAGE_INSUFFICIENT: (
        "사용 가능한 마일리지가 부족합니다.",
        "Not enough service mileage for this use.",
    ),
    _C.NAME_CHANGE_PENDING: (
        "이미 처리 중인 사명 변경신청이 있습니다. 처리 완료 후 다시 신청해 주십시오.",
        "A company name change request is already pending; wait until it is processed.",
    ),
    _C.NAME_UNCHANGED: (
        "변경할 기업명이 현재 기업명과 같습니다.",
        "The requested name is the company's current name.",
    ),
    _C.AGENCY_UNAVAILABLE: (
        "연계 기관에 연결할 수 없습니다. 잠시 후 다시 시도해 주십시오.",
        "A linked agency cannot be reached. Please try again shortly.",
    ),
}
