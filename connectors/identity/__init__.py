"""Client of the identity-verification provider (본인확인기관): phone, card and 간편인증."""

from connectors.identity.client import IdentityConnector, IdentityRejectedError
from connectors.identity.records import (
    CardCheck,
    CardIssuer,
    Carrier,
    IdentityConsents,
    PhoneCodeSent,
    PhoneConsents,
    PhoneMethod,
    PhoneStart,
    SimpleAuthPending,
    SimpleAuthProvider,
    SimpleAuthStart,
    VerificationState,
    VerificationStatus,
    VerifiedIdentity,
)

__all__ = [
    "CardCheck",
    "CardIssuer",
    "Carrier",
    "IdentityConnector",
    "IdentityConsents",
    "IdentityRejectedError",
    "PhoneCodeSent",
    "PhoneConsents",
    "PhoneMethod",
    "PhoneStart",
    "SimpleAuthPending",
    "SimpleAuthProvider",
    "SimpleAuthStart",
    "VerificationState",
    "VerificationStatus",
    "VerifiedIdentity",
]
