"""The KOTRA mock's error body and the exception its rules raise."""

from __future__ import annotations

from pydantic import Field
from starlette.responses import Response

from mocks.framework import AgencyError, AgencyErrorBody, PeerUnavailableError, RequestProblem
from mocks.kotra.messages import MESSAGES, KotraErrorCode


class ErrorBody(AgencyErrorBody):
    """An error of KOTRA 무역투자24."""

    code: KotraErrorCode = Field(description="stable machine code")


class KotraError(AgencyError):
    """A refusal with its code, HTTP status and optional field."""

    body_model = ErrorBody
    messages = MESSAGES
    invalid_request = KotraErrorCode.INVALID_REQUEST
    not_found = KotraErrorCode.NOT_FOUND

    @classmethod
    def of_peer_unavailable(cls, error: PeerUnavailableError) -> KotraError:
        """A peer agency (NTS, identity, CAs) unreachable or failing: 503 AGENCY_UNAVAILABLE."""
        return cls(503, KotraErrorCode.AGENCY_UNAVAILABLE)


def answer_problem(problem: RequestProblem) -> Response:
    """Like `AgencyError.answer_problem`, naming the first offending field (``company.name``).

    An empty or missing required field is the manual's REQUIRED_FIELD (*은 필수 입력 항목입니다.).
    """
    if problem.kind not in ("invalid_body", "invalid_query") or not problem.errors:
        return KotraError.answer_problem(problem)
    first = problem.errors[0]
    field = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or None
    required = first.get("type") in ("missing", "string_too_short")
    code = KotraErrorCode.REQUIRED_FIELD if required else KotraErrorCode.INVALID_REQUEST
    return KotraError(400, code, field=field, detail=problem.errors).response()
