"""Error codes, messages, time limits and reference data of the Work24 mock.

Korean messages quoted from the Work24 manual (seed 000) say so and are verbatim; the others
are this mock's wording in the manual's style.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Final

from mocks.framework.errors import INVALID_REQUEST_MESSAGE, NOT_FOUND_MESSAGE

SITE_CODE: Final = "work24"
"""Work24 as a relying party of the CAs (challenges, 금융인증서 assertions)."""
SIGNUP_TTL: Final = timedelta(minutes=30)
"""A sign-up session (가입인증 → 가입완료) lasts this long from its start."""
LOGIN_TTL: Final = timedelta(hours=1)
FINCERT_TTL: Final = timedelta(minutes=10)
"""A verified 금융인증서 use must be spent (sign-up, login, registration) within this."""
MDM_RETRY_INTERVAL: Final = timedelta(minutes=1)
"""How long after a failed 고객정보 생성 the next attempt is due (mock clock)."""
NTS_LINK_HOUR: Final = 0
"""NTS data is linked overnight: a change made at the NTS on day D is visible from D+1."""

STEPS: Final = ("authentication", "terms", "information", "completed")
"""01. 가입 인증 → 02. 약관 동의 → 03. 정보 입력 → 04. 가입 완료."""
STEP_LABELS: Final = {
    "authentication": "가입 인증",
    "terms": "약관 동의",
    "information": "정보 입력",
    "completed": "가입 완료",
}

MEMBER_TYPES: Final = {
    "general": "일반사업자",
    "agency": "고용보험 사무대행기관",
    "proxy": "대리인",
}
"""회원 유형. ``general`` and ``agency`` join; ``proxy`` only logs in (seed §1.4.1)."""
SIGNUP_TYPES: Final = ("general", "agency")

SERVICES: Final = {
    # §1.3.1 기업회원 주요 서비스 안내
    "civil_affairs": "민원진행현황 조회",
    "certificates": "증명서 발급",
    "benefits": "수혜 가능한 서비스 조회",
    "firm_care": "펌케어 서비스 추천",
    # §1.4.1 기업회원 유형: 사무대행기관 "고용보험 업무", 대리인 "고용보험/직업훈련/외국인 업무"
    "employment_insurance": "고용보험 업무",
    "vocational_training": "직업훈련 업무",
    "foreign_workers": "외국인 업무",
    # the menu bar of every page: 채용지원 · 능력개발 · 확인 및 신고 · 기업지원금
    "recruitment": "채용지원",
    "skills_development": "능력개발",
    "reports": "확인 및 신고",
    "subsidies": "기업지원금",
}
"""기업회원 서비스 (seed §1.3.1 주요 서비스, §1.4.1 업무, the menu bar), names as the manual's."""
SERVICES_BY_TYPE: Final = {
    "general": tuple(SERVICES),  # 일반사업자: 모든 업무
    "agency": ("employment_insurance",),  # 사무대행기관: 고용보험 업무
    "proxy": ("employment_insurance", "vocational_training", "foreign_workers"),  # 대리인
}
MEMBERSHIP_SERVICES: Final = frozenset({"firm_care", "benefits"})
"""Services that need the 고용 멤버십 consent (펌케어 등의 기업 맞춤서비스)."""

TERMS: Final = (
    ("work24_terms", "고용24 이용약관", True),
    ("privacy_collection", "개인정보 수집 및 이용 동의", True),
    ("unique_id", "고유식별정보 처리 동의", True),
    ("marketing", "맞춤형 정보 제공 및 홍보 동의", False),
)
"""약관 동의: (code, title, required)."""

RECEIVE: Final = ("수신함", "수신하지 않음")
AGREE: Final = ("동의함", "동의하지 않음")

MDM_PENDING_NOTICE: Final = (
    "[기업회원 가입] 요청이 완료되었으나 [기업회원 고객정보 생성] 작업 지연으로 반영에 시간이 "
    "소요됩니다."
)
"""Seed 000 §1.3.4.3, MDM 고객정보 연동(생성) 오류, verbatim."""
# Seed 000 §1.3.8 가입 완료 (its two lines joined; the scan's "고충24"/"고충 서비스" read as the
# page's own 고용24 / 고용 서비스).
SIGNUP_DONE_NOTICE: Final = (
    "회원가입이 완료되었습니다. 로그인 후 고용24의 스마트한 맞춤형 고용 서비스를 이용하실 수 "
    "있습니다."
)


class Work24ErrorCode(StrEnum):
    """The Work24 mock's codes."""

    INVALID_REQUEST = "INVALID_REQUEST"
    NOT_FOUND = "NOT_FOUND"
    INVALID_NUMBER = "INVALID_NUMBER"
    MEMBER_TYPE_NOT_ALLOWED = "MEMBER_TYPE_NOT_ALLOWED"
    ALREADY_MEMBER = "ALREADY_MEMBER"
    SIGNUP_NOT_FOUND = "SIGNUP_NOT_FOUND"
    SIGNUP_EXPIRED = "SIGNUP_EXPIRED"
    WRONG_STEP = "WRONG_STEP"
    REPRESENTATIVE_REQUIRED = "REPRESENTATIVE_REQUIRED"
    OPENING_DATE_REQUIRED = "OPENING_DATE_REQUIRED"
    NTS_MISMATCH = "NTS_MISMATCH"
    CERTIFICATE_REQUIRED = "CERTIFICATE_REQUIRED"
    TYPED_NUMBER_FORMAT = "TYPED_NUMBER_FORMAT"
    OWNER_MISMATCH = "OWNER_MISMATCH"
    KIND_NOT_ACCEPTED = "KIND_NOT_ACCEPTED"
    CERTIFICATE_REFUSED = "CERTIFICATE_REFUSED"
    FINCERT_NOT_VERIFIED = "FINCERT_NOT_VERIFIED"
    FINCERT_REFUSED = "FINCERT_REFUSED"
    TERMS_REQUIRED = "TERMS_REQUIRED"
    INDUSTRY_REQUIRED = "INDUSTRY_REQUIRED"
    UNKNOWN_INDUSTRY = "UNKNOWN_INDUSTRY"
    CONTACT_NAME_REQUIRED = "CONTACT_NAME_REQUIRED"
    CONTACT_PHONE_REQUIRED = "CONTACT_PHONE_REQUIRED"
    INVALID_PHONE = "INVALID_PHONE"
    MOBILE_REQUIRED = "MOBILE_REQUIRED"
    EMAIL_REQUIRED = "EMAIL_REQUIRED"
    INVALID_EMAIL = "INVALID_EMAIL"
    NOT_MEMBER = "NOT_MEMBER"
    MEMBER_TYPE_MISMATCH = "MEMBER_TYPE_MISMATCH"
    CERTIFICATE_NOT_REGISTERED = "CERTIFICATE_NOT_REGISTERED"
    CERTIFICATE_ALREADY_REGISTERED = "CERTIFICATE_ALREADY_REGISTERED"
    LOGIN_REQUIRED = "LOGIN_REQUIRED"
    PEER_UNAVAILABLE = "PEER_UNAVAILABLE"


_C = Work24ErrorCode

# Seed 000 §1.3.4.3 오류 케이스 ①, verbatim.
NTS_MISMATCH_MESSAGE: Final = (
    "국세청에 등록된 사업자등록정보와 일치하지 않습니다. 대표자성명과 개업일을 "
    "재확인해주시기 바랍니다. 정보변경이 필요한 경우 국세청으로 문의하십시오."
)
# Seed 000 §1.3.4.3 오류 케이스 ②, verbatim.
OWNER_MISMATCH_MESSAGE: Final = (
    "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
    "확인 후 다시 입력해 주시기 바랍니다."
)
# Seed 000 §1.4.1 기업회원 로그인, verbatim.
NOT_REGISTERED_MESSAGE: Final = "등록된 인증서 정보가 없습니다. 인증서 등록 후 사용하시기 바랍니다."

MESSAGES: Final[dict[Work24ErrorCode, tuple[str, str]]] = {
    _C.INVALID_REQUEST: INVALID_REQUEST_MESSAGE,
    _C.NOT_FOUND: NOT_FOUND_MESSAGE,
    _C.INVALID_NUMBER: (
        "사업자등록번호를 정확히 입력해 주세요.",
        "Enter a valid 10-digit business registration number.",
    ),
    _C.MEMBER_TYPE_NOT_ALLOWED: (
        "회원가입은 일반사업자 또는 고용보험 사무대행기관만 선택할 수 있습니다.",
        "Sign-up is for general businesses or employment-insurance agencies only.",
    ),
    _C.ALREADY_MEMBER: (
        "이미 고용24 기업회원으로 가입된 사업자등록번호입니다.",
        "This business is already a Work24 corporate member.",
    ),
    _C.SIGNUP_NOT_FOUND: (
        "회원가입 정보를 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such sign-up; start again.",
    ),
    _C.SIGNUP_EXPIRED: (
        "회원가입 유효시간이 지났습니다. 처음부터 다시 진행해 주세요.",
        "The sign-up session has expired; start again.",
    ),
    _C.WRONG_STEP: (
        "회원가입 절차를 순서대로 진행해 주세요. (현재 단계: {step})",
        "Complete the sign-up steps in order (current step: {step_en}).",
    ),
    # Seed 000 §1.3.3.1 ①, verbatim.
    _C.REPRESENTATIVE_REQUIRED: (
        "대표자 성명을 입력해 주세요.",
        "Enter the representative's name as registered with the NTS.",
    ),
    # Seed 000 §1.3.3.1 ②, verbatim.
    _C.OPENING_DATE_REQUIRED: (
        "개업일을 입력해 주세요.",
        "Enter the business opening date as registered with the NTS.",
    ),
    _C.NTS_MISMATCH: (
        NTS_MISMATCH_MESSAGE,
        "The details do not match the business registration at the National Tax Service. "
        "Check the representative's name and the opening date; NTS changes reach Work24 the "
        "next day.",
    ),
    _C.CERTIFICATE_REQUIRED: (
        "공동인증서 또는 금융인증서로 확인해 주세요.",
        "Confirm with a joint certificate (공동인증서) or a financial certificate (금융인증서).",
    ),
    # Seed 000 §1.3.4.2, verbatim (the two lines joined).
    _C.TYPED_NUMBER_FORMAT: (
        "인증서 소유자 확인을 위한 주민등록(사업자등록)번호를 입력하십시오. "
        "(공백이나 '-' 없이 숫자만 입력)",
        "Enter the 10-digit business registration number for the owner check, digits only "
        "(no spaces or hyphens).",
    ),
    _C.OWNER_MISMATCH: (
        OWNER_MISMATCH_MESSAGE,
        "The certificate does not belong to the registration number entered. Check it and "
        "try again.",
    ),
    # Seed 000 §1.3.3.1 ③, verbatim (its two lines joined by " - ").
    _C.KIND_NOT_ACCEPTED: (
        "회원 가입하려는 “사업자등록번호”로 발급 받은 공동인증서로 확인 - "
        "5개 공동인증서 발급기관 (금융결제원, 한국증권전산, 한국정보인증, 한국전자인증, "
        "한국무역정보통신) 공동인증서 사용 가능",
        "Use a corporate joint certificate issued for the business by one of the five CAs "
        "(yessign, SignKorea, KICA, CrossCert, TradeSign).",
    ),
    _C.CERTIFICATE_REFUSED: ("{message}", "{message_en}"),
    _C.FINCERT_NOT_VERIFIED: (
        "금융인증서 확인이 완료되지 않았습니다. 금융인증서로 다시 확인해 주세요.",
        "The financial certificate was not confirmed (or was already used); confirm again.",
    ),
    _C.FINCERT_REFUSED: ("{message}", "{message_en}"),
    _C.TERMS_REQUIRED: (
        "필수 약관에 모두 동의해 주세요.",
        "Agree to every required term.",
    ),
    _C.INDUSTRY_REQUIRED: (
        "업종 검색 버튼을 이용하여 업종을 선택해 주세요.",
        "Choose the industry with the industry search.",
    ),
    _C.UNKNOWN_INDUSTRY: (
        "업종 검색 결과에서 업종을 선택해 주세요.",
        "Choose an industry from the industry search results.",
    ),
    # Seed 000 §1.3.7.2 ①, verbatim.
    _C.CONTACT_NAME_REQUIRED: (
        "담당자 성명을 입력해 주세요.",
        "Enter the contact person's name.",
    ),
    _C.CONTACT_PHONE_REQUIRED: (
        "기업 대표 담당자 연락처 필수 입력 - 일반 전화번호와 휴대폰번호 중 택1",
        "Enter the contact person's landline or mobile number (at least one).",
    ),
    _C.INVALID_PHONE: (
        "전화번호를 정확히 입력해 주세요.",
        "Enter a valid Korean phone number.",
    ),
    # Seed 000 §1.3.7.2 SMS/알림톡 수신여부, verbatim.
    _C.MOBILE_REQUIRED: (
        "서비스 희망 시 휴대전화 번호를 입력 하십시오.",
        "A mobile number is required when SMS/KakaoTalk notices are to be received.",
    ),
    # Seed 000 §1.3.7.2 이메일 수신여부, verbatim.
    _C.EMAIL_REQUIRED: (
        "서비스 희망 시 이메일 주소를 입력 하십시오.",
        "An e-mail address is required when e-mail news or electronic notices are received.",
    ),
    _C.INVALID_EMAIL: ("이메일 주소를 정확히 입력해 주세요.", "Enter a valid e-mail address."),
    _C.NOT_MEMBER: (
        "고용24 기업회원으로 가입되지 않은 사업자등록번호입니다.",
        "This business is not a Work24 corporate member.",
    ),
    _C.MEMBER_TYPE_MISMATCH: (
        "선택하신 회원유형으로 이용할 수 없는 기업회원입니다. 회원유형을 확인해 주세요.",
        "This member cannot log in as the chosen member type.",
    ),
    _C.CERTIFICATE_NOT_REGISTERED: (
        NOT_REGISTERED_MESSAGE,
        "No certificate is registered for this member. Register the certificate first.",
    ),
    _C.CERTIFICATE_ALREADY_REGISTERED: (
        "이미 등록된 인증서입니다.",
        "This certificate is already registered.",
    ),
    _C.LOGIN_REQUIRED: (
        "로그인이 필요합니다. 다시 로그인해 주세요.",
        "Log in first (or again: the login has expired).",
    ),
    _C.PEER_UNAVAILABLE: (
        "연계기관({peer})에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
        "A linked agency ({peer}) cannot be reached; try again shortly.",
    ),
}
