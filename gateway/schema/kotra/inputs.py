"""Inputs of KOTRA 무역투자24 operations."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.file_uploads import Upload

from gateway.schema.certificates.inputs import CertificateProofInput
from gateway.schema.kotra.enums import KotraService, KotraSnsProvider
from gateway.schema.scalars import BusinessNumber


def _digits(value: str) -> str:
    """A phone number as its digits (010-1111-2222 → 01011112222)."""
    return "".join(c for c in value if c.isdigit())


def proof_body(proof: CertificateProofInput) -> dict[str, Any]:
    body = {
        "certificate": proof.certificate,
        "signature": proof.signature,
        "challenge": proof.challenge,
        "signatureAlgorithm": proof.signature_algorithm,
    }
    return body | ({"randomNum": proof.random_num} if proof.random_num else {})


@strawberry.input(description="약관동의 — terms (필수) and optional consents (선택).")
class KotraTermsInput:
    terms_of_use: bool = strawberry.field(description="이용약관 (필수).")
    privacy_required: bool = strawberry.field(description="개인정보 수집·이용 동의 (필수).")
    marketing: bool = strawberry.field(
        default=False, description="개인정보 마케팅 활용 동의 (선택)."
    )
    privacy_optional: bool = strawberry.field(
        default=False, description="개인정보 수집·이용 동의 (선택)."
    )

    def body(self) -> dict[str, bool]:
        return {
            "terms_of_use": self.terms_of_use,
            "privacy_required": self.privacy_required,
            "marketing": self.marketing,
            "privacy_optional": self.privacy_optional,
        }


@strawberry.input(description="일반회원 가입 STEP1.")
class KotraSignupStartInput:
    terms: KotraTermsInput = strawberry.field(description="약관동의.")


@strawberry.input(description="STEP2 실명인증 with a verification for agency KOTRA.")
class KotraSignupVerifyInput:
    id: strawberry.ID = strawberry.field(description="The sign-up's id.")
    verification_id: str = strawberry.field(
        description="`verificationId` of `identityVerificationStart/Confirm` (agency KOTRA): "
        "간편인증, 휴대전화 (PASS / SMS) or 신용카드; never a corporate card or name."
    )


@strawberry.input(description="소속기업 등록 — by 승인 비밀번호 or the company's 범용인증서.")
class KotraAffiliationInput:
    business_number: BusinessNumber = strawberry.field(description="소속기업 사업자등록번호.")
    approval_password: str | None = strawberry.field(
        default=None, description="승인 비밀번호 (6 digits)."
    )
    proof: CertificateProofInput | None = strawberry.field(
        default=None,
        description="Signed with the company's 범용인증서 (challenge from `certificateChallenge` "
        "with flow KOTRA_COMPANY_REGISTRATION).",
    )

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"number": str(self.business_number)}
        if self.approval_password is not None:
            body["approval_password"] = self.approval_password
        if self.proof is not None:
            body["proof"] = proof_body(self.proof)
        return body


@strawberry.input(description="STEP3 회원정보 입력: 기본정보, 선택항목, 관심 품목/지역, 소속기업.")
class KotraSignupCompleteInput:
    id: strawberry.ID = strawberry.field(description="The sign-up's id.")
    login_id: str = strawberry.field(description="아이디 — 6–20 letters and digits, mixed.")
    password: str = strawberry.field(
        description="비밀번호 — 9–30 characters mixing letters, digits and specials."
    )
    password_confirm: str = strawberry.field(description="비밀번호 확인.")
    email: str = strawberry.field(description="이메일.")
    mobile: str = strawberry.field(description="휴대전화 — digits, 010….")
    name_en: str = strawberry.field(default="", description="성명(영문) (선택).")
    phone: str = strawberry.field(default="", description="전화번호 (선택).")
    fax: str = strawberry.field(default="", description="팩스 (선택).")
    department: str = strawberry.field(default="", description="부서 (선택).")
    position: str = strawberry.field(default="", description="직위 (선택).")
    address_en: str = strawberry.field(default="", description="주소(영문) (선택).")
    interest_hs_codes: list[str] = strawberry.field(
        default_factory=list, description="관심품목 — codes from `kotraHsCodes`."
    )
    interest_regions: list[str] = strawberry.field(
        default_factory=list, description="관심지역 — ISO alpha-2 codes (`kotraCountries`)."
    )
    affiliation: KotraAffiliationInput | None = strawberry.field(
        default=None, description="소속기업 등록 (선택)."
    )

    def body(self) -> dict[str, Any]:
        return {
            "login_id": self.login_id,
            "password": self.password,
            "password_confirm": self.password_confirm,
            "email": self.email,
            "mobile": _digits(self.mobile),
            "name_en": self.name_en,
            "phone": self.phone,
            "fax": self.fax,
            "department": self.department,
            "position": self.position,
            "address_en": self.address_en,
            "interests": self.interest_hs_codes,
            "regions": self.interest_regions,
            "affiliation": self.affiliation.body() if self.affiliation else None,
        }


@strawberry.input(description="간편회원 가입 or 로그인: the SNS authorization code.")
class KotraSnsInput:
    provider: KotraSnsProvider = strawberry.field(description="네이버, 카카오, 구글, 페이스북.")
    code: str = strawberry.field(
        description="The code the SNS gave after the user signed in (site kotra)."
    )


@strawberry.input(description="간편회원 가입.")
class KotraSimpleSignupInput(KotraSnsInput):
    terms: KotraTermsInput = strawberry.field(description="약관동의.")


@strawberry.input(description="일반회원 로그인.")
class KotraLoginInput:
    login_id: str = strawberry.field(description="아이디.")
    password: str = strawberry.field(description="비밀번호.")
    reconsent: bool = strawberry.field(
        default=False, description="재동의 — when the consent period has lapsed."
    )


@strawberry.input(description="기업정보 관리 로그인 — password or 공동인증서.")
class KotraCompanyLoginInput:
    business_number: BusinessNumber = strawberry.field(description="ID: 사업자등록번호.")
    password: str | None = strawberry.field(default=None, description="기업 로그인 비밀번호.")
    proof: CertificateProofInput | None = strawberry.field(
        default=None, description="Signed with the company's 범용인증서."
    )


@strawberry.input(description="기업정보 등록 STEP1 약관동의 and STEP2 — the number to register.")
class KotraCompanyRegistrationStartInput:
    terms: KotraTermsInput = strawberry.field(
        description="약관동의 — 이용약관 and 개인정보 수집·이용 동의 (필수)."
    )
    business_number: BusinessNumber = strawberry.field(description="사업자등록번호(10자리).")


@strawberry.input(description="기업체 정보 — the company form (* required).")
class KotraCompanyInput:
    name: str = strawberry.field(description="기업명 *.")
    name_en: str = strawberry.field(description="기업명(영문) *.")
    representative: str = strawberry.field(description="대표자명 *.")
    representative_en: str = strawberry.field(description="대표자명(영문) *.")
    company_type: str = strawberry.field(description="기업유형 *.")
    trade_kind: str = strawberry.field(description="제조/무역구분 *.")
    main_product: str = strawberry.field(description="대표품목 *.")
    phone: str = strawberry.field(description="대표전화번호 *.")
    email: str = strawberry.field(description="대표이메일 *.")
    corporate_number: str = strawberry.field(default="", description="법인등록번호.")
    trade_license_number: str = strawberry.field(default="", description="무역업 허가번호.")
    business_type: str = strawberry.field(default="", description="업태.")
    business_item: str = strawberry.field(default="", description="업종.")
    company_class: str = strawberry.field(
        default="", description="기업분류 — required (*) when registering a new company."
    )
    startup: bool = strawberry.field(default=False, description="스타트업 여부.")
    venture: bool = strawberry.field(default=False, description="벤처기업여부.")
    foreign_invested: bool = strawberry.field(default=False, description="외투기업여부.")
    fax: str = strawberry.field(default="", description="팩스.")
    homepage: str = strawberry.field(default="", description="홈페이지.")
    zip_code: str = strawberry.field(default="", description="우편번호.")
    address: str = strawberry.field(default="", description="기본주소.")
    address_detail: str = strawberry.field(default="", description="상세주소.")
    address_en: str = strawberry.field(default="", description="주소(영문).")
    annual_sales: int | None = strawberry.field(default=None, description="연간매출액 (원).")
    annual_exports: int | None = strawberry.field(default=None, description="연간수출액 (원).")
    founded_year: int | None = strawberry.field(default=None, description="설립년도.")
    employee_count: int | None = strawberry.field(default=None, description="종업원수.")
    main_export_country: str = strawberry.field(default="", description="주수출국가.")
    remarks: str = strawberry.field(default="", description="비고.")

    def body(self) -> dict[str, Any]:
        return dict(vars(self))


@strawberry.input(description="기업정보 등록 STEP3 — 기업인증, passwords and the form.")
class KotraCompanyRegisterInput:
    id: strawberry.ID = strawberry.field(description="The registration's id.")
    proof: CertificateProofInput = strawberry.field(description="기업인증 — the 범용인증서.")
    login_password: str = strawberry.field(description="기업 로그인 비밀번호 (9+ mixed).")
    login_password_confirm: str = strawberry.field(description="기업 로그인 비밀번호 확인.")
    approval_password: str = strawberry.field(description="승인 비밀번호 — 6 digits.")
    approval_password_confirm: str = strawberry.field(description="승인 비밀번호 확인.")
    company: KotraCompanyInput = strawberry.field(description="기업체 정보.")
    scan: Upload | None = strawberry.field(
        default=None,
        description="사업자등록증 스캔본 — required for a new company: one file sent as a "
        "GraphQL multipart upload, at most 5 MB, PDF, JPG, PNG or TIF (judged by its content; "
        "the name's extension must agree).",
    )


@strawberry.input(description="기업인증 — a fresh certificate authentication.")
class KotraCompanyCertifyInput:
    proof: CertificateProofInput = strawberry.field(description="Signed with the 범용인증서.")


@strawberry.input(description="기업정보 수정.")
class KotraCompanyUpdateInput:
    company: KotraCompanyInput = strawberry.field(description="기업체 정보.")


@strawberry.input(description="승인비밀번호 변경.")
class KotraApprovalPasswordChangeInput:
    approval_password: str = strawberry.field(description="New 승인 비밀번호, 6 digits.")
    approval_password_confirm: str = strawberry.field(description="승인 비밀번호 확인.")


@strawberry.input(description="관계 해지 — remove an employee.")
class KotraEmployeeRemoveInput:
    member_id: int = strawberry.field(description="`KotraEmployee.memberId`.")


@strawberry.input(description="아이디 찾기: name + mobile, name + e-mail, or a verification.")
class KotraLoginIdFindInput:
    name: str = strawberry.field(description="이름.")
    mobile: str | None = strawberry.field(default=None, description="휴대폰.")
    email: str | None = strawberry.field(default=None, description="이메일.")
    verification_id: str | None = strawberry.field(
        default=None, description="간편인증: a verification for agency KOTRA."
    )

    def body(self) -> dict[str, Any]:
        if self.mobile:
            return {"name": self.name, "method": "mobile", "mobile": _digits(self.mobile)}
        return {"name": self.name, "method": "email", "email": self.email or ""}


@strawberry.input(description="SNS 찾기: the simple member's name and mobile.")
class KotraSnsFindInput:
    name: str = strawberry.field(description="이름.")
    mobile: str = strawberry.field(description="휴대폰.")

    def body(self) -> dict[str, Any]:
        return {"name": self.name, "mobile": _digits(self.mobile)}


@strawberry.input(description="비밀번호 재설정 after 휴대폰, 신용카드 or 간편인증.")
class KotraPasswordResetInput:
    verification_id: str = strawberry.field(description="A verification for agency KOTRA.")
    password: str = strawberry.field(description="변경 비밀번호.")
    password_confirm: str = strawberry.field(description="변경 비밀번호 재입력.")


@strawberry.input(description="일반회원 전환 of the logged-in 간편회원.")
class KotraSimpleMemberConvertInput:
    verification_id: str = strawberry.field(description="실명인증 for agency KOTRA.")
    login_id: str = strawberry.field(description="아이디.")
    password: str = strawberry.field(description="비밀번호.")
    password_confirm: str = strawberry.field(description="비밀번호 확인.")


@strawberry.input(description="서비스 신청.")
class KotraServiceApplyInput:
    service: KotraService = strawberry.field(description="The service.")


@strawberry.input(description="기존 회원 로그인 (통합회원 전환).")
class KotraLegacyLoginInput:
    login_id: str = strawberry.field(description="기존 아이디.")
    password: str = strawberry.field(description="기존 비밀번호.")


@strawberry.input(description="통합회원 전환: 아이디 선택, 비밀번호 재설정, 개정 약관 동의.")
class KotraLegacyConvertInput:
    id: strawberry.ID = strawberry.field(description="The conversion's id.")
    login_id: str = strawberry.field(description="The chosen account.")
    password: str = strawberry.field(description="새 비밀번호 (필수).")
    password_confirm: str = strawberry.field(description="비밀번호 확인.")
    terms: KotraTermsInput = strawberry.field(description="개정된 이용약관 동의 (필수).")
