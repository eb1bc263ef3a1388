"""Wire models of the 금융인증서 (cloud financial certificate) flow."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mocks.pki.subjects import SubjectType

FincertStep = Literal["signup", "confirm", "pin", "done", "locked"]
FincertMethod = Literal["sms", "otp", "ars"]
Pin = Field(pattern=r"^\d{6}$", description="6-digit PIN")


class Term(BaseModel):
    code: str
    title: str
    required: bool


class TermList(BaseModel):
    notice: str = Field(description="금융인증서비스 최초 가입 시 약관 및 개인정보 수집이용동의…")
    terms: list[Term]


class FincertStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site_code: str = Field(description="the relying party; the assertion's audience")
    nonce: str = Field(min_length=8, max_length=128, description="the relying party's nonce")
    subject_type: SubjectType = Field(description="business (사업자용) or person")
    number: str = Field(description="사업자등록번호 or 주민등록번호")
    phone: str = Field(description="the mobile number the certificate is registered with")
    method: FincertMethod = Field("sms", description="문자 (SMS code), 등록된 OTP, or 전화거는 ARS")


class ArsPrompt(BaseModel):
    """ARS: the registered phone is called; the user keys in the code shown on screen."""

    display_code: str = Field(description="확인코드 to show on screen (2 digits), e.g. 80")
    phone_masked: str


class FincertSessionView(BaseModel):
    id: str
    step: FincertStep = Field(description="signup → confirm → pin → done (or locked)")
    method: FincertMethod
    site_code: str
    subject_type: SubjectType
    number_masked: str
    phone_masked: str
    expires_at: datetime
    code_expires_at: datetime | None
    tries_left: int = Field(description="wrong codes still allowed in this session")
    message: str
    terms: list[Term] | None = Field(None, description="at the signup step: the terms to agree")
    ars: ArsPrompt | None = None


class FincertSignup(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100, description="holder: company or person")
    agreed_terms: list[str] = Field(description="codes of the terms agreed (all required ones)")
    pin: str = Pin
    pin_confirm: str = Pin


class CodeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^\d{6}$", description="SMS 인증번호 or OTP, 6 digits")


class ArsKeypad(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digits: str = Field(pattern=r"^\d{2}$", description="what the user keyed into the call")


class PinEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pin: str = Pin


class AssertionClaims(BaseModel):
    iss: str
    aud: str = Field(description="the relying party's site code")
    sub_type: SubjectType
    sub_masked: str
    sub_hash: str = Field(description='base64url(SHA-256("{aud}|{nonce}|{number}"))')
    name: str
    phone_masked: str
    auth_method: FincertMethod
    iat: int
    exp: int
    nonce: str
    jti: str


class FincertSigned(BaseModel):
    """The signed assertion (compact JWS, RS256, yessign test CA); see the API description."""

    assertion: str
    token_type: Literal["JWS"] = "JWS"
    header: dict[str, str]
    claims: AssertionClaims
    expires_at: datetime
    message: str


class OtpOwner(BaseModel):
    """Whose 금융인증서 cloud account (test controls of its OTP)."""

    model_config = ConfigDict(extra="forbid")

    subject_type: SubjectType = Field(description="business (사업자용) or person")
    number: str = Field(description="사업자등록번호 or 주민등록번호 of the account")


class OtpRegistration(OtpOwner):
    """Register an OTP device to the account (replacing any registered one)."""

    secret_hex: str | None = Field(
        None,
        pattern=r"^(?:[0-9a-fA-F]{2}){16,64}$",
        description="the device's TOTP secret, 16 to 64 bytes in hex (default: the test secret)",
    )


class OtpDevice(BaseModel):
    """The registered OTP device: TOTP (RFC 6238) over the mock clock."""

    serial: str = Field(description="OTP 일련번호, e.g. YSOTP00000001")
    subject_type: SubjectType
    number_masked: str
    algorithm: Literal["SHA1"] = "SHA1"
    digits: int
    period: int = Field(description="seconds of one step")
    secret_hex: str
    secret_base32: str = Field(description="the secret in base32 without padding")
    otpauth_uri: str = Field(description="otpauth://totp/… for authenticator libraries")
    code: str = Field(description="the code the device shows now (mock clock)")
    code_valid_until: datetime


class OtpCode(BaseModel):
    """The code an OTP device shows at the mock clock's now."""

    serial: str
    code: str = Field(description="6 digits")
    valid_from: datetime
    valid_until: datetime
