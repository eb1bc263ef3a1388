"""Client of Gov24 (정부24) electronic personal-signature confirmation."""

from connectors.gov24.client import Gov24Connector, Gov24RejectedError
from connectors.gov24.records import (
    Address,
    Agency,
    AgencyLookup,
    AgencyPage,
    ApplicationForm,
    Confirmation,
    ConfirmationPage,
    Draft,
    Guardian,
    LoginState,
    MemberLogin,
    Slip,
    UsageApproval,
    Verified,
)

__all__ = [
    "Address",
    "Agency",
    "AgencyLookup",
    "AgencyPage",
    "ApplicationForm",
    "Confirmation",
    "ConfirmationPage",
    "Draft",
    "Gov24Connector",
    "Gov24RejectedError",
    "Guardian",
    "LoginState",
    "MemberLogin",
    "Slip",
    "UsageApproval",
    "Verified",
]
