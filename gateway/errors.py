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
    # --- operation limits (gateway.limits): a document, a request or a client over its budget ---
    QUERY_TOO_DEEP = Text(
        "쿼리가 {actual}단계로 중첩되어 있습니다. 최대 깊이는 {limit}단계입니다.",
        "The query is nested {actual} levels deep; the limit is {limit}.",
    )
    TOO_MANY_ALIASES = Text(
        "쿼리에 별칭(alias)이 {actual}개 있습니다. 최대 {limit}개까지 쓸 수 있습니다.",
        "The query uses {actual} aliases; the limit is {limit}.",
    )
    TOO_MANY_DIRECTIVES = Text(
        "쿼리에 지시어(directive)가 {actual}개 있습니다. 최대 {limit}개까지 쓸 수 있습니다.",
        "The query uses {actual} directives; the limit is {limit}.",
    )
    TOO_MANY_TOKENS = Text(
        "문서의 토큰이 최대 {limit}개를 넘어 해석을 중단했습니다.",
        "The document has more than {limit} tokens; parsing stopped.",
    )
    TOO_MANY_ROOT_FIELDS = Text(
        "작업의 최상위 필드가 {actual}개입니다. 최대 {limit}개까지 요청할 수 있습니다.",
        "The operation asks for {actual} root fields; the limit is {limit}.",
    )
    QUERY_TOO_COSTLY = Text(
        "쿼리 비용 {actual}이(가) 한도 {limit}을(를) 넘습니다. "
        "기관을 호출하는 필드나 목록의 길이를 줄여 주십시오.",
        "The query costs {actual}, over the limit of {limit}. "
        "Ask for fewer agency fields or shorter lists.",
    )
    TOO_MANY_ERRORS = Text(
        "오류가 너무 많아 {omitted}개를 생략했습니다. (최대 {limit}개 표시)",
        "Too many errors: {omitted} more were left out (at most {limit} are shown).",
    )
    BATCHING_DISABLED = Text(
        "여러 작업을 JSON 배열로 묶은 배치 요청은 받지 않습니다. 작업마다 따로 보내 주십시오.",
        "Batched requests (a JSON array of operations) are not accepted. "
        "Send one operation per request.",
    )
    BATCH_TOO_LARGE = Text(
        "배치 요청에는 최대 {limit}개의 작업을 넣을 수 있습니다. ({count}개 요청)",
        "A batch may hold at most {limit} operations ({count} given).",
    )
    BODY_TOO_LARGE = Text(
        "요청 본문이 최대 크기 {limit}바이트를 넘습니다.",
        "The request body is larger than the {limit}-byte limit.",
    )
    RATE_LIMITED = Text(
        "요청이 너무 많습니다. {retry_after}초 후에 다시 시도해 주십시오.",
        "Too many requests. Try again in {retry_after} seconds.",
    )
    CSRF_BLOCKED = Text(
        "사이트 간 요청 위조(CSRF)를 막기 위해 차단한 요청입니다. "
        "Content-Type: application/json으로 POST하거나, X-Apollo-Operation-Name, "
        "Apollo-Require-Preflight, X-CSRF-Prevention 헤더 중 하나를 비어 있지 않은 값으로 "
        "보내 주십시오.",
        "This request was blocked as a possible cross-site request forgery (CSRF). POST it with "
        "Content-Type: application/json, or send a non-empty X-Apollo-Operation-Name, "
        "Apollo-Require-Preflight or X-CSRF-Prevention header.",
    )
    # --- persisted queries (gateway.persisted) -------------------------------------------------
    PERSISTED_QUERY_HASH_MISMATCH = Text(
        "persistedQuery.sha256Hash가 보낸 쿼리 본문의 SHA-256 값과 다릅니다.",
        "persistedQuery.sha256Hash is not the SHA-256 of the query text sent with it.",
    )
    PERSISTED_QUERY_NOT_ALLOWED = Text(
        "등록된 작업만 실행할 수 있습니다. 이 문서는 등록되지 않았거나 이 클라이언트에 허용되지 "
        "않았습니다.",
        "Only registered operations may run; this document is not registered, or not for this "
        "client.",
    )
    CLIENT_KIND_NOT_ALLOWED = Text(
        "이 작업은 {kinds} 클라이언트만 사용할 수 있습니다. 등록된 X-Api-Key를 보내 주십시오.",
        "Only {kinds} clients may use this operation. Send a registered X-Api-Key.",
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
