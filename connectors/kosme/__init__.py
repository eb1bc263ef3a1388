"""Client of the KOSME job-matching platform (일자리매칭플랫폼): members and foreigner résumés."""

from connectors.kosme.client import KosmeConnector, KosmeRejectedError
from connectors.kosme.records import (
    Career,
    Education,
    GeneralSignup,
    Login,
    Member,
    MemberData,
    Photo,
    PhotoFile,
    RealNameResult,
    Resume,
    ResumeDraft,
    SnsSignup,
)

__all__ = [
    "Career",
    "Education",
    "GeneralSignup",
    "KosmeConnector",
    "KosmeRejectedError",
    "Login",
    "Member",
    "MemberData",
    "Photo",
    "PhotoFile",
    "RealNameResult",
    "Resume",
    "ResumeDraft",
    "SnsSignup",
]
