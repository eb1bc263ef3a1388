"""Payload error codes of the KOSME job-matching platform (일자리매칭플랫폼), Korean and English.

Korean texts are the platform's (the KOSME mock's catalogue, word for word): where the KOSME
manual (seed 001) gives words for a rule, only verbatim quotations of it — an item's label, then
``": "``, then the manual's sentences joined by ``" — "``; elsewhere the platform's own. A
refusal of the platform itself is shown in the platform's own words (which name the item, e.g.
``이력서 제목(Title of Resume): * 표시가 …``); these are the catalogue's fallbacks and the texts
of the checks the gateway makes first.
"""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register
from gateway.messages.common import COMMON_TEXTS, CommonErrorCode
from gateway.messages.identity import IDENTITY_TEXTS, IdentityErrorCode

UPLOAD_CONSTRAINTS = (
    "업로드 제약 사항 [전체 개수 : 1개, 단일 사이즈 : 5 MB, 전체 사이즈 : 5 MB, "
    "파일 타입 : bmp, gif, svg, png, jpg, jpeg, tif, tiff]"
)
UPLOAD_CONSTRAINTS_EN = (
    "Upload constraints [files: 1, size per file: 5 MB, total size: 5 MB, "
    "types: bmp, gif, svg, png, jpg, jpeg, tif, tiff]"
)


class KosmeErrorCode(enum.Enum):
    """Why a KOSME sign-up, login or résumé step failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    VERIFICATION_NOT_FOUND = "VERIFICATION_NOT_FOUND"
    VERIFIED_FOR_ANOTHER_AGENCY = "VERIFIED_FOR_ANOTHER_AGENCY"
    VERIFICATION_EXPIRED = "VERIFICATION_EXPIRED"
    ONE_LOGIN_METHOD_REQUIRED = "ONE_LOGIN_METHOD_REQUIRED"
    SNS_LOGIN_FAILED = "SNS_LOGIN_FAILED"
    ONEPASS_LOGIN_FAILED = "ONEPASS_LOGIN_FAILED"
    IDENTITY_VERIFICATION_REQUIRED = "IDENTITY_VERIFICATION_REQUIRED"
    ALREADY_MEMBER = "ALREADY_MEMBER"
    LOGIN_ID_TAKEN = "LOGIN_ID_TAKEN"
    INVALID_LOGIN_ID = "INVALID_LOGIN_ID"
    INVALID_PASSWORD = "INVALID_PASSWORD"
    REQUIRED = "REQUIRED"
    INVALID_PHONE = "INVALID_PHONE"
    INVALID_EMAIL = "INVALID_EMAIL"
    NOTICE_CHOICE_REQUIRED = "NOTICE_CHOICE_REQUIRED"
    TERMS_REQUIRED = "TERMS_REQUIRED"
    LOGIN_FAILED = "LOGIN_FAILED"
    NOT_MEMBER = "NOT_MEMBER"
    RESUME_NOT_FOUND = "RESUME_NOT_FOUND"
    INVALID_FOREIGNER_NUMBER = "INVALID_FOREIGNER_NUMBER"
    REAL_NAME_MISMATCH = "REAL_NAME_MISMATCH"
    REAL_NAME_NOT_FOUND = "REAL_NAME_NOT_FOUND"
    INVALID_NATIONALITY = "INVALID_NATIONALITY"
    INVALID_VISA = "INVALID_VISA"
    VISA_EXPIRED = "VISA_EXPIRED"
    UNIQUE_ID_CONSENT_REQUIRED = "UNIQUE_ID_CONSENT_REQUIRED"
    PHOTO_TOO_MANY = "PHOTO_TOO_MANY"
    PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE"
    PHOTO_TYPE_NOT_ALLOWED = "PHOTO_TYPE_NOT_ALLOWED"
    INVALID_PERIOD = "INVALID_PERIOD"
    CAREER_FOR_NEW_COMER = "CAREER_FOR_NEW_COMER"
    CAREER_REQUIRED = "CAREER_REQUIRED"
    INVALID_URL = "INVALID_URL"


_C = KosmeErrorCode

KOSME_TEXTS: dict[KosmeErrorCode, Text] = {
    _C.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
    _C.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
    _C.VERIFICATION_NOT_FOUND: IDENTITY_TEXTS[IdentityErrorCode.VERIFICATION_NOT_FOUND],
    _C.VERIFIED_FOR_ANOTHER_AGENCY: IDENTITY_TEXTS[IdentityErrorCode.VERIFIED_FOR_ANOTHER_AGENCY],
    _C.VERIFICATION_EXPIRED: IDENTITY_TEXTS[IdentityErrorCode.VERIFICATION_EXPIRED],
    _C.ONE_LOGIN_METHOD_REQUIRED: Text(
        "로그인 방법을 하나만 선택해 주세요. (아이디/패스워드, SNS, 디지털원패스 중 하나)",
        "Choose exactly one way to log in: ID and password, SNS or Digital OnePass.",
    ),
    _C.SNS_LOGIN_FAILED: Text(
        "SNS 아이디, 비밀번호 입력 후 로그인",
        "Log in with your SNS ID and password (the SNS login was not valid).",
    ),
    _C.ONEPASS_LOGIN_FAILED: Text(
        "디지털원패스 로그인: [디지털원패스 로그인] 클릭하여 로그인",
        "Digital OnePass login: log in again with Digital OnePass (the login was not valid).",
    ),
    _C.IDENTITY_VERIFICATION_REQUIRED: Text(
        "회원가입 시, 본인인증 필수", "Identity verification is required to sign up."
    ),
    _C.ALREADY_MEMBER: Text("이미 가입된 회원입니다.", "You are already a member."),
    _C.LOGIN_ID_TAKEN: Text("이미 사용 중인 아이디입니다.", "This ID is already taken."),
    _C.INVALID_LOGIN_ID: Text(
        "아이디는 영문 소문자로 시작하는 5~20자의 영문 소문자, 숫자, 밑줄(_)이어야 합니다.",
        "The ID must be 5-20 lowercase letters, digits or underscores, starting with a letter.",
    ),
    _C.INVALID_PASSWORD: Text(
        "비밀번호는 영문, 숫자, 특수문자를 모두 포함한 8~20자여야 합니다.",
        "The password must be 8-20 characters with letters, digits and special characters.",
    ),
    _C.REQUIRED: Text(
        "* 표시가 되어 있는 항목은 필수 입력 항목입니다.", "Items with asterisks are required."
    ),
    _C.INVALID_PHONE: Text(
        "휴대폰번호(Phone number): 이메일과 휴대전화 정보는 정확히 입력해주시기 바랍니다",
        "Phone number: please enter your e-mail and mobile phone details correctly.",
    ),
    _C.INVALID_EMAIL: Text(
        "이메일(Email): 이메일과 휴대전화 정보는 정확히 입력해주시기 바랍니다",
        "Email: please enter your e-mail and mobile phone details correctly.",
    ),
    _C.NOTICE_CHOICE_REQUIRED: Text(
        "취업매칭시스템 정보 수신동의(필수): SNS메시지, 이메일 수신동의",
        "Job-matching notices (required): receive or refuse, for SNS messages and for e-mail.",
    ),
    _C.TERMS_REQUIRED: Text(
        "필수 이용 약관에 모두 동의합니다. — 내용 확인 후 필수 이용약관에 모두 동의 클릭",
        "I agree to all required terms — read them, then tick agreement to all required terms.",
    ),
    _C.LOGIN_FAILED: Text(
        "아이디/비밀번호/성명이 일치하지 않습니다.", "The ID, password and name do not match."
    ),
    _C.NOT_MEMBER: Text(
        "개인회원가입: 구직활동을 위해 회원가입 필수",
        "Personal sign-up: joining is required to look for work (no member has this login).",
    ),
    _C.RESUME_NOT_FOUND: Text("이력서를 찾을 수 없습니다.", "No such résumé."),
    _C.INVALID_FOREIGNER_NUMBER: Text(
        "외국인등록번호(Foreigner registration number)를 정확히 입력해 주세요.",
        "Please enter a valid foreigner registration number.",
    ),
    _C.REAL_NAME_MISMATCH: Text(
        "입력하신 성명과 외국인등록번호가 일치하지 않습니다.",
        "The name does not match the foreigner registration number.",
    ),
    _C.REAL_NAME_NOT_FOUND: Text(
        "실명확인 정보가 없습니다. 외국인등록번호를 확인해 주세요.",
        "No real-name record for this number; please check it.",
    ),
    _C.INVALID_NATIONALITY: Text(
        "국적(Nationality): 국가선택에서 대한민국 이외의 국가(ISO 3166-1 영문 두 글자, "
        "예: VN)를 선택해 주세요.",
        "Nationality: choose a country other than Korea (ISO 3166-1 alpha-2, e.g. VN).",
    ),
    _C.INVALID_VISA: Text(
        "체류비자(Visa): 체류자격 코드(예: D-2, E-7)로 입력해 주세요.",
        "Visa: give the status of stay code (e.g. D-2, E-7).",
    ),
    _C.VISA_EXPIRED: Text(
        "체류비자 만기일자(Expiration date of Visa)가 지났습니다.", "The visa has expired."
    ),
    _C.UNIQUE_ID_CONSENT_REQUIRED: Text(
        "‘고유식별정보 수집 및 이용동의’를 읽어본 후 동의 체크표시",
        "Read the consent to collect and use unique identification information, then tick it.",
    ),
    _C.PHOTO_TOO_MANY: Text(
        "이력서 사진(Photo): 전체 개수: 1개 — " + UPLOAD_CONSTRAINTS,
        "Photo: one file in all — " + UPLOAD_CONSTRAINTS_EN,
    ),
    _C.PHOTO_TOO_LARGE: Text(
        "이력서 사진(Photo): 전체 사이즈: 5MB — " + UPLOAD_CONSTRAINTS,
        "Photo: 5 MB in all — " + UPLOAD_CONSTRAINTS_EN,
    ),
    _C.PHOTO_TYPE_NOT_ALLOWED: Text(
        "이력서 사진(Photo): 파일 타입: bmp, gif, svg, png, jpg, jpeg, tif, tiff — "
        + UPLOAD_CONSTRAINTS,
        "Photo: file types bmp, gif, svg, png, jpg, jpeg, tif, tiff — " + UPLOAD_CONSTRAINTS_EN,
    ),
    _C.INVALID_PERIOD: Text(
        "기간의 시작(년도, 월)이 끝보다 늦을 수 없습니다.", "A period cannot start after it ends."
    ),
    _C.CAREER_FOR_NEW_COMER: Text(
        "경력사항 (Work Experience): ‘경력’ 클릭한 사람만 작성",
        "Work Experience: entered only by those who chose '경력' (experienced).",
    ),
    _C.CAREER_REQUIRED: Text(
        "경력사항 (Work Experience): 경력사항이 있다면 → ‘경력’ 클릭 — 경력사항 자세하게 입력",
        "Work Experience: with '경력' (experienced) chosen, enter the experience in detail.",
    ),
    _C.INVALID_URL: Text(
        "프로젝트 URL은 http:// 또는 https:// 로 시작해야 합니다.",
        "A project URL must start with http:// or https://.",
    ),
}
register(KosmeErrorCode, KOSME_TEXTS)
