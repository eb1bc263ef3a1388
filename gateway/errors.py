"""The gateway's error tree and the codes it puts in GraphQL ``errors[].extensions.code``.

Errors the client cannot fix in its input travel as GraphQL errors (this module); errors a user
can fix become payload errors of the agency's flow (one code enum per agency, later issues).
"""

from __future__ import annotations

import enum

from gateway.i18n import Language, Text

AGENCY_NAMES: dict[str, Text] = {
    "nts": Text("국세청", "the National Tax Service"),
    "identity": Text("본인확인기관", "the identity verification provider"),
    "pki": Text("인증기관", "the certificate authority"),
    "work24": Text("고용24", "Work24"),
    "kosme": Text("중소벤처기업진흥공단", "KOSME"),
    "kotra": Text("KOTRA 무역투자24", "KOTRA Trade and Investment 24"),
    "gov24": Text("정부24", "Gov24"),
    "hometax": Text("홈택스", "Hometax"),
}


def agency_name(agency: str, language: Language) -> str:
    return AGENCY_NAMES.get(agency, Text(agency, agency)).in_(language)


class ErrorCode(enum.Enum):
    """Codes of GraphQL-level errors (``extensions.code``)."""

    AGENCY_UNAVAILABLE = Text(
        "{agency}에 지금 연결할 수 없습니다. 잠시 후 다시 시도해 주십시오.",
        "{agency} cannot be reached right now. Please try again shortly.",
    )
    AGENCY_ERROR = Text(
        "{agency}이(가) 요청을 처리하지 못했습니다. ({agency_code})",
        "{agency} could not process the request. ({agency_code})",
    )
    AGENCY_BAD_RESPONSE = Text(
        "{agency}의 응답을 해석할 수 없습니다.",
        "The answer from {agency} could not be understood.",
    )
    BAD_USER_INPUT = Text("입력값이 올바르지 않습니다: {detail}", "Invalid input: {detail}")
    LIST_TOO_LONG = Text(
        "{argument}에는 최대 {limit}개까지 넣을 수 있습니다. ({count}개 요청)",
        "{argument} takes at most {limit} items ({count} given).",
    )
    DEADLINE_EXCEEDED = Text(
        "요청 처리 시간({seconds}초)을 초과했습니다.",
        "The request took longer than its {seconds}-second deadline.",
    )
    IDEMPOTENCY_KEY_REUSED = Text(
        "이 Idempotency-Key는 다른 요청에 이미 사용되었습니다. 새 키를 사용해 주십시오.",
        "This Idempotency-Key was already used for a different request. Use a new key.",
    )
    IDEMPOTENCY_IN_PROGRESS = Text(
        "같은 Idempotency-Key의 첫 요청이 아직 처리 중입니다. 잠시 후 다시 시도해 주십시오.",
        "The first request with this Idempotency-Key is still running. Retry shortly.",
    )
    IDEMPOTENCY_KEY_INVALID = Text(
        "Idempotency-Key는 1~255자의 인쇄 가능한 문자여야 합니다.",
        "An Idempotency-Key must be 1 to 255 printable characters.",
    )
    INTERNAL_ERROR = Text(
        "내부 오류가 발생했습니다. 요청 ID {request_id}로 문의해 주십시오.",
        "An internal error occurred. Quote request id {request_id} when asking for help.",
    )

    def message(self, language: Language, **fields: object) -> str:
        text: Text = self.value
        return text.in_(language, **fields)


class GatewayError(Exception):
    """An error the gateway reports on purpose, with a code and localisable fields."""

    def __init__(self, code: ErrorCode, **fields: object) -> None:
        super().__init__(code.name)
        self.code = code
        self.fields = fields

    def message(self, language: Language) -> str:
        return self.code.message(language, **self.fields)


class UserError(Exception):
    """A failure the user can fix: it becomes an entry of the payload's ``errors`` list.

    ``code`` is a member of a registered code enum (``gateway.messages``); ``field`` is the path
    of the input it concerns (``["input", "password"]``); ``fields`` fill the message.
    """

    def __init__(
        self, code: enum.Enum, *, field: list[str] | None = None, **fields: object
    ) -> None:
        super().__init__(code.name)
        self.code = code
        self.field = field
        self.fields = fields
