"""The one exception tree of the connectors layer.

Callers never see ``httpx`` exceptions: every failure of an upstream call is one of these::

    UpstreamError                    any failure talking to an agency (carries ``agency``)
     ├── AgencyUnavailableError      the agency cannot answer now; the client cannot fix it
     │    ├── UpstreamTimeoutError   no answer within the call's timeout
     │    ├── UpstreamConnectError   connection refused, reset or DNS failure
     │    ├── UpstreamServerError    the agency answered 5xx (or a fault-injected outage)
     │    └── CircuitOpenError       the breaker is open: the call was not even tried
     ├── UpstreamRejectedError       the agency answered with its own error code and message
     └── UpstreamContractError       a 2xx answer whose body does not match the wire model
"""

from __future__ import annotations


class UpstreamError(Exception):
    """A call to an upstream agency failed."""

    def __init__(self, agency: str, detail: str) -> None:
        super().__init__(f"{agency}: {detail}")
        self.agency = agency
        self.detail = detail


class AgencyUnavailableError(UpstreamError):
    """The agency cannot answer now (down, slow, overloaded or cut off by the breaker)."""


class UpstreamTimeoutError(AgencyUnavailableError):
    """The agency did not answer within the call's timeout."""


class UpstreamConnectError(AgencyUnavailableError):
    """The connection to the agency could not be made or was lost."""


class UpstreamServerError(AgencyUnavailableError):
    """The agency answered with a 5xx status."""

    def __init__(self, agency: str, status: int, detail: str = "") -> None:
        super().__init__(agency, f"HTTP {status} {detail}".strip())
        self.status = status


class CircuitOpenError(AgencyUnavailableError):
    """The circuit breaker for the agency is open; the call was not attempted."""


class UpstreamRejectedError(UpstreamError):
    """The agency refused the request with its own error code and message."""

    def __init__(self, agency: str, status: int, code: str, message: str) -> None:
        super().__init__(agency, f"HTTP {status} {code} {message}".strip())
        self.status = status
        self.code = code
        self.message = message


class UpstreamContractError(UpstreamError):
    """The agency answered 2xx but the body does not match the model we expect."""
