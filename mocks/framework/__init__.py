"""The mock-agency factory: declare routes with pydantic models, get a Starlette app with
persistence, a clock, an outbox, fault injection, call counting, ``/healthz``, ``/openapi.json``
and the ``/__admin`` API.

```python
agency = MockAgency(name="nts", title="…", description="…", base=NtsBase, seed=load_seed)

@agency.route("POST", "/api/x", body=XRequest, responses={200: XResponse}, summary="…")
async def x(ctx: MockContext, body: XRequest) -> XResponse: ...

app = agency.create_app("sqlite+aiosqlite://")
```

What the identity and pki mocks share besides: their error body and route decorator
(`mocks.framework.errors`), one-time codes (`codes`), sealed and hashed personal data
(`sealing`), public ids and mobile numbers (`identifiers`) and the relying parties (`sites`).
"""

from mocks.framework.agency import MockAgency, SeedFn, UpsertFn
from mocks.framework.clock import SEOUL, Clock
from mocks.framework.codes import CodeHolder, OneTimeCodes
from mocks.framework.context import MockContext
from mocks.framework.db import IN_MEMORY_URL, Database, FrameworkBase, KstDateTime
from mocks.framework.errors import AgencyError, AgencyErrorBody, ErrorRoutes
from mocks.framework.faults import Fault, FaultRegistry, FaultSpec
from mocks.framework.outbox import Channel, Outbox, OutboxMessage
from mocks.framework.peers import Peers, PeerSpec, PeerUnavailableError
from mocks.framework.routes import (
    Guard,
    ProblemHandler,
    ProblemKind,
    RequestProblem,
    RouteSpec,
    default_problem_response,
    to_response,
)
from mocks.framework.runtime import AgencyRuntime

__all__ = [
    "IN_MEMORY_URL",
    "SEOUL",
    "AgencyError",
    "AgencyErrorBody",
    "AgencyRuntime",
    "Channel",
    "Clock",
    "CodeHolder",
    "Database",
    "ErrorRoutes",
    "Fault",
    "FaultRegistry",
    "FaultSpec",
    "FrameworkBase",
    "Guard",
    "KstDateTime",
    "MockAgency",
    "MockContext",
    "OneTimeCodes",
    "Outbox",
    "OutboxMessage",
    "PeerSpec",
    "PeerUnavailableError",
    "Peers",
    "ProblemHandler",
    "ProblemKind",
    "RequestProblem",
    "RouteSpec",
    "SeedFn",
    "UpsertFn",
    "default_problem_response",
    "to_response",
]
