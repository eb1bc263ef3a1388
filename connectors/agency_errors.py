"""The refusal every agency but the NTS answers, and the exception it becomes.

The agencies refuse in one shape, ``{"code", "message" (Korean), "message_en", "field"?,
"tries_left"?}`` (the mocks' ``mocks.framework.errors.AgencyErrorBody``); the NTS answers in its
real API's own shape and keeps its own reading. A connector of such an agency derives from
`AgencyConnector` and names its exception, a thin `AgencyRejectedError` subclass, so that
``except Work24RejectedError`` catches Work24's refusals and no other agency's::

    class KotraRejectedError(AgencyRejectedError, agency="kotra"): ...

    class KotraConnector(AgencyConnector):
        agency = "kotra"
        refusal = KotraRejectedError

An agency whose body says more (Work24's ``reason``) subclasses `ErrorBody` and sets the
connector's ``error_body``; each field the subclass adds is a keyword of its exception.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

import httpx
import pydantic

from connectors.base import BaseConnector
from connectors.errors import UpstreamRejectedError


class ErrorBody(pydantic.BaseModel):
    """``{"code", "message" (Korean), "message_en", "field"?, "tries_left"?}``."""

    model_config = pydantic.ConfigDict(extra="ignore", frozen=True)

    code: str
    message: str = ""
    message_en: str = ""
    field: str | None = None
    tries_left: int | None = None


class AgencyRejectedError(UpstreamRejectedError):
    """The agency refused with its own code; ``message_en`` is the English wording, ``field``
    names the input it concerns and ``tries_left`` the wrong codes still allowed.

    One subclass per agency, naming it: ``class PkiRejectedError(AgencyRejectedError,
    agency="pki")``.
    """

    source: ClassVar[str]
    """The agency whose refusal this is (``UpstreamError.agency`` of every instance)."""

    def __init_subclass__(cls, *, agency: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if agency is not None:
            cls.source = agency

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        message_en: str = "",
        field: str | None = None,
        tries_left: int | None = None,
    ) -> None:
        super().__init__(self.source, status, code, message)
        self.message_en = message_en
        self.field = field
        self.tries_left = tries_left

    @classmethod
    def from_body(cls, status: int, body: ErrorBody) -> Self:
        """The refusal an error answer with ``status`` and ``body`` stands for; every field of
        the body but ``code`` and ``message`` is passed as the keyword of its name."""
        details = body.model_dump(exclude={"code", "message"})
        return cls(status, body.code, body.message, **details)


class AgencyConnector(BaseConnector):
    """A connector whose agency refuses in the shared `ErrorBody` shape.

    An error answer whose body fits ``error_body`` raises ``refusal``; one that does not (a
    proxy's page, a bare status) is `BaseConnector.rejected`'s plain `UpstreamRejectedError`.
    """

    refusal: ClassVar[type[AgencyRejectedError]]
    """The agency's own `AgencyRejectedError` subclass."""
    error_body: ClassVar[type[ErrorBody]] = ErrorBody
    """The agency's error body: `ErrorBody`, or a subclass where the agency says more."""

    def rejected(self, response: httpx.Response) -> UpstreamRejectedError:
        """Read the agency's error body: its code, Korean message and the input it concerns."""
        try:
            body = self.error_body.model_validate_json(response.content)
        except pydantic.ValidationError:
            return super().rejected(response)
        return self.refusal.from_body(response.status_code, body)
