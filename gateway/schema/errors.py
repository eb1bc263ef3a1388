"""How errors leave the graph: typed codes, the client's language, nothing internal.

Every GraphQL error passes through :func:`present` once, after execution:

* syntax and validation errors (no original exception) pass unchanged, with a code;
* a bad identifier (``koreakit`` error) becomes ``BAD_USER_INPUT`` in the client's language;
* a ``GatewayError`` keeps its code; upstream failures become ``AGENCY_UNAVAILABLE`` …;
* anything else is masked as ``INTERNAL_ERROR`` with the request id (details only if enabled).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from connectors.errors import (
    AgencyUnavailableError,
    UpstreamContractError,
    UpstreamError,
    UpstreamRejectedError,
)
from gateway.errors import ErrorCode, GatewayError, agency_name
from gateway.i18n import Language
from koreakit.errors import InvalidIdentifierError

log = logging.getLogger("gateway.errors")


def root_cause(error: GraphQLError) -> BaseException | None:
    """The innermost non-GraphQL exception behind ``error`` (graphql-core nests them)."""
    cause: BaseException | None = error.original_error
    while isinstance(cause, GraphQLError):
        cause = cause.original_error
    return cause


def _upstream(cause: UpstreamError, language: Language) -> tuple[ErrorCode, str, dict[str, Any]]:
    agency = agency_name(cause.agency, language)
    extra: dict[str, Any] = {"agency": cause.agency}
    if isinstance(cause, AgencyUnavailableError):
        code = ErrorCode.AGENCY_UNAVAILABLE
        return code, code.message(language, agency=agency), extra
    if isinstance(cause, UpstreamRejectedError):
        code = ErrorCode.AGENCY_ERROR
        extra |= {"agencyCode": cause.code}
        return code, code.message(language, agency=agency, agency_code=cause.code), extra
    assert isinstance(cause, UpstreamContractError)
    code = ErrorCode.AGENCY_BAD_RESPONSE
    return code, code.message(language, agency=agency), extra


def _classify(
    cause: BaseException | None, language: Language, request_id: str, details: bool
) -> tuple[str, str | None, dict[str, Any]]:
    """(code, replacement message or None to keep graphql-core's, extra extensions)."""
    if cause is None:  # graphql-core's own errors, or ones made with a code on purpose
        return "GRAPHQL_VALIDATION_FAILED", None, {}
    if isinstance(cause, InvalidIdentifierError):
        message = cause.message_ko if language is Language.KO else cause.message_en
        return ErrorCode.BAD_USER_INPUT.name, message, {"reason": cause.code}
    if isinstance(cause, GatewayError):
        return cause.code.name, cause.message(language), {}
    if isinstance(cause, UpstreamError):
        code, message, extra = _upstream(cause, language)
        return code.name, message, extra
    masked = ErrorCode.INTERNAL_ERROR.message(language, request_id=request_id)
    extra = {"exception": f"{type(cause).__name__}: {cause}"} if details else {}
    return ErrorCode.INTERNAL_ERROR.name, masked, extra


def present(
    error: GraphQLError, language: Language, request_id: str, details: bool
) -> GraphQLError:
    cause = root_cause(error)
    code, message, extra = _classify(cause, language, request_id, details)
    given = (error.extensions or {}).get("code")
    if cause is None and given:
        code = str(given)  # already classified on purpose (e.g. EVENTS_MISSED)
    if (
        message is not None
        and error.path is None
        and cause is not None
        and code != "INTERNAL_ERROR"
        and error.message != str(cause)  # graphql-core added context (limit errors add none)
    ):
        message = f"{error.message.split(';')[0]}; {message}"  # keep "Variable '$x' got …"
    return GraphQLError(
        message if message is not None else error.message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={**(error.extensions or {}), "code": code, **extra, "requestId": request_id},
    )


class ErrorPresenter(SchemaExtension):
    """Rewrites every error of a result once: after a query or mutation, and for each result of
    a subscription before it is sent (see the module docstring)."""

    def __init__(self) -> None:
        self._streaming = False

    def on_operation(self) -> Iterator[None]:
        yield
        if not self._streaming:  # stream results were each presented already
            self._present(self.execution_context.result)

    def on_stream_result(self, result: object) -> Iterator[None]:
        self._streaming = True
        self._present(result)
        yield

    def _present(self, result: object) -> None:
        errors = getattr(result, "errors", None)
        if not errors:
            return
        context = self.execution_context.context
        language = getattr(context, "language", Language.KO)
        request_id = getattr(context, "request_id", "-")
        settings = getattr(context, "settings", None)
        details = bool(settings and settings.show_error_details)
        result.errors = [present(e, language, request_id, details) for e in errors]  # type: ignore[attr-defined]
