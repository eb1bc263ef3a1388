"""The exception tree of `koreakit.npki`, each failure with a stable machine code.

```
CertificateError                      every failure below; branch on `code`
├── MalformedCertificateError         MALFORMED_CERTIFICATE
├── UntrustedCertificateError         UNTRUSTED_CA
├── CertificateExpiredError           EXPIRED
├── CertificateNotYetValidError       NOT_YET_VALID
├── CertificateRevokedError           REVOKED
├── KindNotAcceptedError              KIND_NOT_ACCEPTED
├── NoIdentifyDataError               NO_IDENTIFY_DATA
├── OwnerMismatchError                OWNER_MISMATCH
├── BadSignatureError                 BAD_SIGNATURE
├── ChallengeError
│   ├── UnknownChallengeError         UNKNOWN_CHALLENGE
│   ├── ChallengeReplayedError        REPLAYED
│   └── ChallengeExpiredError         CHALLENGE_EXPIRED
└── PrivateKeyError
    ├── WrongPasswordError            WRONG_PASSWORD
    └── UnsupportedKeyError           UNSUPPORTED_KEY
```

Messages never repeat the number, the random value R or a password, so every error is safe to
log. Agencies show their own wording (the seeds' messages); these are the defaults.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class CertificateErrorCode(StrEnum):
    """Stable machine codes; a `StrEnum`, so each member equals its plain string."""

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
    """Distinct from `EXPIRED`, which is about the certificate."""
    WRONG_PASSWORD = "WRONG_PASSWORD"
    UNSUPPORTED_KEY = "UNSUPPORTED_KEY"


class CertificateError(Exception):
    """A certificate, signature, challenge or key failed a check.

    Attributes:
        code: stable machine code; branch on this, never on the messages.
        message_ko: the message for Korean-speaking users.
        message_en: the message in English; also `str(error)`.
    """

    code: ClassVar[CertificateErrorCode]
    default_ko: ClassVar[str] = "인증서를 확인할 수 없습니다."
    default_en: ClassVar[str] = "The certificate could not be verified."

    def __init__(self, message_ko: str | None = None, message_en: str | None = None) -> None:
        if not hasattr(type(self), "code"):
            raise TypeError(f"{type(self).__name__} has no code; raise one of its subclasses")
        self.message_ko = message_ko or self.default_ko
        self.message_en = message_en or self.default_en
        super().__init__(self.code, self.message_ko, self.message_en)

    def __str__(self) -> str:
        return self.message_en


class MalformedCertificateError(CertificateError):
    code = CertificateErrorCode.MALFORMED_CERTIFICATE
    default_ko = "인증서 형식이 올바르지 않습니다."
    default_en = "The certificate is not a well-formed X.509 certificate."


class UntrustedCertificateError(CertificateError):
    code = CertificateErrorCode.UNTRUSTED_CA
    default_ko = "신뢰할 수 있는 인증기관이 발급한 인증서가 아닙니다."
    default_en = "The certificate does not chain to a trusted certification authority."


class CertificateExpiredError(CertificateError):
    code = CertificateErrorCode.EXPIRED
    default_ko = "유효기간이 만료된 인증서입니다."
    default_en = "The certificate has expired."


class CertificateNotYetValidError(CertificateError):
    code = CertificateErrorCode.NOT_YET_VALID
    default_ko = "아직 유효기간이 시작되지 않은 인증서입니다."
    default_en = "The certificate is not valid yet."


class CertificateRevokedError(CertificateError):
    code = CertificateErrorCode.REVOKED
    default_ko = "폐지된 인증서입니다."
    default_en = "The certificate has been revoked."


class KindNotAcceptedError(CertificateError):
    code = CertificateErrorCode.KIND_NOT_ACCEPTED
    default_ko = "이 업무에 사용할 수 없는 용도의 인증서입니다."
    default_en = "This kind of certificate is not accepted here."


class NoIdentifyDataError(CertificateError):
    code = CertificateErrorCode.NO_IDENTIFY_DATA
    default_ko = "주민/사업자번호를 확인할 수 없는 인증서입니다."
    default_en = "The certificate's owner cannot be checked: no identity value (VID) or no R."


class OwnerMismatchError(CertificateError):
    code = CertificateErrorCode.OWNER_MISMATCH
    default_ko = "입력한 주민(사업자)등록번호와 인증서의 소유자 정보가 일치하지 않습니다."
    default_en = "The number entered does not match the certificate's owner."


class BadSignatureError(CertificateError):
    code = CertificateErrorCode.BAD_SIGNATURE
    default_ko = "전자서명 검증에 실패했습니다."
    default_en = "The signature does not verify with the certificate's key."


class ChallengeError(CertificateError):
    """A login challenge was unknown, already used or expired."""


class UnknownChallengeError(ChallengeError):
    code = CertificateErrorCode.UNKNOWN_CHALLENGE
    default_ko = "발급되지 않은 인증 요청입니다. 다시 시도해 주세요."
    default_en = "The challenge was not issued here."


class ChallengeReplayedError(ChallengeError):
    code = CertificateErrorCode.REPLAYED
    default_ko = "이미 사용된 인증 요청입니다. 다시 시도해 주세요."
    default_en = "The challenge has already been used."


class ChallengeExpiredError(ChallengeError):
    code = CertificateErrorCode.CHALLENGE_EXPIRED
    default_ko = "인증 요청 시간이 초과되었습니다. 다시 시도해 주세요."
    default_en = "The challenge has expired."


class PrivateKeyError(CertificateError):
    """The private key file could not be opened."""


class WrongPasswordError(PrivateKeyError):
    code = CertificateErrorCode.WRONG_PASSWORD
    default_ko = "인증서 암호가 올바르지 않습니다."
    default_en = "The certificate password is wrong."


class UnsupportedKeyError(PrivateKeyError):
    code = CertificateErrorCode.UNSUPPORTED_KEY
    default_ko = "지원하지 않는 개인키 형식입니다."
    default_en = "The private key file is in an unsupported format."
