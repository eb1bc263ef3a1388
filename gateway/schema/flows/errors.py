"""GraphQL errors that end a ``flowUpdated`` stream, in the client's language.

Streams end before ``ErrorPresenter`` sees their errors, so each error here already carries
its final message and ``extensions`` (``code``, ``requestId``), like every other GraphQL error.
"""

from __future__ import annotations

import enum

from graphql import GraphQLError

from gateway.context import Context
from gateway.errors import ErrorCode, GatewayError
from gateway.events import EventBusError, EventsMissedError
from gateway.i18n import Text


class SubscriptionErrorCode(enum.Enum):
    """``extensions.code`` of errors that end a subscription."""

    EVENTS_MISSED = Text(
        "구독 중 일부 변경 알림을 놓쳤습니다. 다시 구독한 뒤 현재 상태를 조회해 주십시오.",
        "The subscription missed some updates. Subscribe again and read the current state.",
    )
    EVENTS_UNAVAILABLE = Text(
        "지금은 변경 알림을 구독할 수 없습니다. 잠시 후 다시 시도해 주십시오.",
        "Updates cannot be subscribed to right now. Please try again shortly.",
    )


def _error(
    code: str, message: str, context: Context, cause: Exception | None = None
) -> GraphQLError:
    extensions = {"code": code, "requestId": context.request_id}
    return GraphQLError(message, original_error=cause, extensions=extensions)


def stream_error(exc: EventBusError, context: Context) -> GraphQLError:
    """The error a client sees when the event bus ends its stream."""
    code = (
        SubscriptionErrorCode.EVENTS_MISSED
        if isinstance(exc, EventsMissedError)
        else SubscriptionErrorCode.EVENTS_UNAVAILABLE
    )
    text: Text = code.value
    return _error(code.name, text.in_(context.language), context)  # expected: logged as info


def bad_input(detail: str, context: Context) -> GraphQLError:
    cause = GatewayError(ErrorCode.BAD_USER_INPUT, detail=detail)
    return _error(cause.code.name, cause.message(context.language), context, cause)
