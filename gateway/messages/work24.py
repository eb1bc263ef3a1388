"""Payload error codes of 고용24 (Work24) corporate membership, in Korean and English.

Korean texts quoted from the Work24 manual (seed 000) are verbatim and say where they come
from; the others follow the Work24 mock's wording. A CA's refusal relayed by Work24
(``CERTIFICATE_REFUSED``, ``FINCERT_REFUSED``) carries the CA's own message.
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode


class Work24ErrorCode(enum.Enum):
    """Why a Work24 operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    SIGNUP_NOT_FOUND = "SIGNUP_NOT_FOUND"
    SIGNUP_EXPIRED = "SIGNUP_EXPIRED"
    WRONG_STEP = "WRONG_STEP"
    MEMBER_TYPE_NOT_ALLOWED = "MEMBER_TYPE_NOT_ALLOWED"
    ALREADY_MEMBER = "ALREADY_MEMBER"
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


_C = Work24ErrorCode

WORK24_TEXTS: dict[Work24ErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.SIGNUP_NOT_FOUND: Text(
        "회원가입 정보를 찾을 수 없습니다. 처음부터 다시 진행해 주세요.",
        "No such sign-up; start again.",
    ),
    _C.SIGNUP_EXPIRED: Text(
        "회원가입 유효시간이 지났습니다. 처음부터 다시 진행해 주세요.",
        "The sign-up session has expired; start again.",
    ),
    _C.WRONG_STEP: Text(
        "회원가입 절차를 순서대로 진행해 주세요. (현재 단계: {step})",
        "Complete the sign-up steps in order (current step: {step_en}).",
    ),
    _C.MEMBER_TYPE_NOT_ALLOWED: Text(
        "회원가입은 일반사업자 또는 고용보험 사무대행기관만 선택할 수 있습니다.",
        "Sign-up is for general businesses or employment-insurance agencies only.",
    ),
    _C.ALREADY_MEMBER: Text(
        "이미 고용24 기업회원으로 가입된 사업자등록번호입니다.",
        "This business is already a Work24 corporate member.",
    ),
    # Seed 000 §1.3.3.1 ①, verbatim.
    _C.REPRESENTATIVE_REQUIRED: Text(
        "대표자 성명을 입력해 주세요.",
        "Enter the representative's name as registered with the NTS.",
    ),
    # Seed 000 §1.3.3.1 ②, verbatim.
    _C.OPENING_DATE_REQUIRED: Text(
        "개업일을 입력해 주세요.",
        "Enter the business opening date as registered with the NTS.",
    ),
    # Seed 000 §1.3.4.3 오류 케이스 ①, verbatim.
    _C.NTS_MISMATCH: Text(
        "국세청에 등록된 사업자등록정보와 일치하지 않습니다. 대표자성명과 개업일을 "
        "재확인해주시기 바랍니다. 정보변경이 필요한 경우 국세청으로 문의하십시오.",
        "The details do not match the business registration at the National Tax Service. "
        "Check the representative's name and the opening date; NTS changes reach Work24 the "
        "next day.",
    ),
    _C.CERTIFICATE_REQUIRED: Text(
        "공동인증서 또는 금융인증서로 확인해 주세요.",
        "Confirm with a joint certificate (공동인증서) or a financial certificate (금융인증서).",
    ),
    # Seed 000 §1.3.4.2, verbatim (the two lines joined).
    _C.TYPED_NUMBER_FORMAT: Text(
        "인증서 소유자 확인을 위한 주민등록(사업자등록)번호를 입력하십시오. "
        "(공백이나 '-' 없이 숫자만 입력)",
        "Enter the 10-digit business registration number for the owner check, digits only "
        "(no spaces or hyphens).",
    ),
    # Seed 000 §1.3.4.3 오류 케이스 ②, verbatim.
    _C.OWNER_MISMATCH: Text(
        "인증서 정보와 입력하신 주민등록번호(사업자번호)가 일치하지 않습니다. "
        "확인 후 다시 입력해 주시기 바랍니다.",
        "The certificate does not belong to the registration number entered. Check it and "
        "try again.",
    ),
    # Seed 000 §1.3.3.1 ③, verbatim (its two lines joined by " - ").
    _C.KIND_NOT_ACCEPTED: Text(
        "회원 가입하려는 “사업자등록번호”로 발급 받은 공동인증서로 확인 - "
        "5개 공동인증서 발급기관 (금융결제원, 한국증권전산, 한국정보인증, 한국전자인증, "
        "한국무역정보통신) 공동인증서 사용 가능",
        "Use a corporate joint certificate issued for the business by one of the five CAs "
        "(yessign, SignKorea, KICA, CrossCert, TradeSign).",
    ),
    _C.CERTIFICATE_REFUSED: Text("{message}", "{message_en}"),
    _C.FINCERT_NOT_VERIFIED: Text(
        "금융인증서 확인이 완료되지 않았습니다. 금융인증서로 다시 확인해 주세요.",
        "The financial certificate was not confirmed (or was already used); confirm again.",
    ),
    _C.FINCERT_REFUSED: Text("{message}", "{message_en}"),
    _C.TERMS_REQUIRED: Text("필수 약관에 모두 동의해 주세요.", "Agree to every required term."),
    _C.INDUSTRY_REQUIRED: Text(
        "업종 검색 버튼을 이용하여 업종을 선택해 주세요.",
        "Choose the industry with the industry search.",
    ),
    _C.UNKNOWN_INDUSTRY: Text(
        "업종 검색 결과에서 업종을 선택해 주세요.",
        "Choose an industry from the industry search results.",
    ),
    # Seed 000 §1.3.7.2 ①, verbatim.
    _C.CONTACT_NAME_REQUIRED: Text(
        "담당자 성명을 입력해 주세요.", "Enter the contact person's name."
    ),
    # Seed 000 §1.3.7.2 ②, verbatim.
    _C.CONTACT_PHONE_REQUIRED: Text(
        "기업 대표 담당자 연락처 필수 입력 - 일반 전화번호와 휴대폰번호 중 택1",
        "Enter the contact person's landline or mobile number (at least one).",
    ),
    _C.INVALID_PHONE: Text(
        "전화번호를 정확히 입력해 주세요.", "Enter a valid Korean phone number."
    ),
    # Seed 000 §1.3.7.2 SMS/알림톡 수신여부, verbatim.
    _C.MOBILE_REQUIRED: Text(
        "서비스 희망 시 휴대전화 번호를 입력 하십시오.",
        "A mobile number is required when SMS/KakaoTalk notices are to be received.",
    ),
    # Seed 000 §1.3.7.2 이메일 수신여부, verbatim.
    _C.EMAIL_REQUIRED: Text(
        "서비스 희망 시 이메일 주소를 입력 하십시오.",
        "An e-mail address is required when e-mail news or electronic notices are received.",
    ),
    _C.INVALID_EMAIL: Text("이메일 주소를 정확히 입력해 주세요.", "Enter a valid e-mail address."),
    _C.NOT_MEMBER: Text(
        "고용24 기업회원으로 가입되지 않은 사업자등록번호입니다.",
        "This business is not a Work24 corporate member.",
    ),
    _C.MEMBER_TYPE_MISMATCH: Text(
        "선택하신 회원유형으로 이용할 수 없는 기업회원입니다. 회원유형을 확인해 주세요.",
        "This member cannot log in as the chosen member type.",
    ),
    # Seed 000 §1.4.1 기업회원 로그인, verbatim.
    _C.CERTIFICATE_NOT_REGISTERED: Text(
        "등록된 인증서 정보가 없습니다. 인증서 등록 후 사용하시기 바랍니다.",
        "No certificate is registered for this member. Register the certificate first.",
    ),
    _C.CERTIFICATE_ALREADY_REGISTERED: Text(
        "이미 등록된 인증서입니다.", "This certificate is already registered."
    ),
}
register(Work24ErrorCode, WORK24_TEXTS)

# Seed 000 §1.3.4.3, MDM 고객정보 연동(생성) 오류, verbatim.
MDM_PENDING = Text(
    "[기업회원 가입] 요청이 완료되었으나 [기업회원 고객정보 생성] 작업 지연으로 반영에 시간이 "
    "소요됩니다.",
    "The corporate member sign-up is complete, but creating the customer record is delayed; "
    "it will take effect later.",
)
MDM_COMPLETE = Text(
    "기업회원 고객정보 생성이 완료되었습니다.", "The corporate member's customer record exists."
)
# Seed 000 §1.3.8 가입 완료, as the mock's notice (the scan's "고충24" read as 고용24).
SIGNUP_DONE = Text(
    "회원가입이 완료되었습니다. 로그인 후 고용24의 스마트한 맞춤형 고용 서비스를 이용하실 수 "
    "있습니다.",
    "Sign-up is complete. Log in to use Work24's services.",
)
STEP_NAMES = {
    "authentication": Text("가입 인증", "authentication"),
    "terms": Text("약관 동의", "terms"),
    "information": Text("정보 입력", "information"),
    "completed": Text("가입 완료", "completed"),
}
