"""Codes every agency's error enum carries, and the session's own codes."""

from __future__ import annotations

import enum

from gateway.i18n import Text
from gateway.messages import register


class CommonErrorCode(enum.Enum):
    """Payload error codes shared by all agencies; each ``<Agency>ErrorCode`` repeats them."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"


COMMON_TEXTS = {
    CommonErrorCode.NOT_LOGGED_IN: Text(
        "{agency}에 로그인되어 있지 않거나 로그인이 만료되었습니다. 다시 로그인해 주십시오.",
        "You are not logged in to {agency}, or that login has expired. Please log in again.",
    ),
    CommonErrorCode.INVALID_INPUT: Text("{detail}", "{detail}"),
}
register(CommonErrorCode, COMMON_TEXTS)


class SessionErrorCode(enum.Enum):
    """Why a session operation failed."""

    NOT_LOGGED_IN = "NOT_LOGGED_IN"
    INVALID_INPUT = "INVALID_INPUT"
    NO_SESSION = "NO_SESSION"


register(
    SessionErrorCode,
    {
        SessionErrorCode.NOT_LOGGED_IN: COMMON_TEXTS[CommonErrorCode.NOT_LOGGED_IN],
        SessionErrorCode.INVALID_INPUT: COMMON_TEXTS[CommonErrorCode.INVALID_INPUT],
        SessionErrorCode.NO_SESSION: Text(
            "유효한 세션이 없습니다. 먼저 로그인해 주십시오.",
            "There is no valid session. Please log in first.",
        ),
    },
)
