"""The one graph: every domain's query and mutation roots merged into one schema."""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from strawberry import relay
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from gateway.limits.extension import DocumentLimitsExtension
from gateway.observability.extension import observe_operations
from gateway.schema.business.queries import BusinessQueries
from gateway.schema.certificates.operations import CertificateMutations
from gateway.schema.errors import ErrorPresenter, root_cause
from gateway.schema.execution import GatewayExecutionContext
from gateway.schema.extension_runner import LeanExtensionsRunner
from gateway.schema.flows.subscriptions import FlowSubscriptions
from gateway.schema.gov24.operations import Gov24Mutations, Gov24Queries
from gateway.schema.hometax.operations import HometaxMutations, HometaxQueries
from gateway.schema.identity.operations import IdentityMutations, IdentityQueries
from gateway.schema.kosme.operations import KosmeMutations, KosmeQueries
from gateway.schema.kotra.operations import KotraMutations, KotraQueries
from gateway.schema.scalars import SCALARS
from gateway.schema.session.operations import SessionMutations, SessionQueries
from gateway.schema.work24.operations import Work24Mutations, Work24Queries

log = logging.getLogger("gateway.graphql")

_EXPECTED = ("GatewayError", "UpstreamError", "InvalidIdentifierError")


@strawberry.type(description="Fetch any object of the graph by its global id (Relay).")
class NodeQueries:
    node: relay.Node | None = relay.node(
        description="An object by its global `id`; null when it does not exist."
    )


@strawberry.type(
    description=(
        "The one graph over Korean public agencies: businesses across agencies, and each "
        "agency's flows. Errors a client cannot fix arrive in `errors` with `extensions.code`."
    )
)
class Query(
    BusinessQueries,
    SessionQueries,
    IdentityQueries,
    Work24Queries,
    KotraQueries,
    KosmeQueries,
    Gov24Queries,
    HometaxQueries,
    NodeQueries,
):
    pass


@strawberry.type(
    description=(
        "Every change: named agency-first, subject-then-verb (`sessionCreate`), each taking one "
        "`input` and returning a payload with `errors` the user can fix. Send an "
        "`Idempotency-Key` header to make a retried mutation act once."
    )
)
class Mutation(
    SessionMutations,
    IdentityMutations,
    CertificateMutations,
    Work24Mutations,
    KotraMutations,
    KosmeMutations,
    Gov24Mutations,
    HometaxMutations,
):
    pass


@strawberry.type(
    description=(
        "Live updates over WebSocket (graphql-transport-ws at `/graphql`) of what agencies "
        "finish later, delivered whichever gateway replica learns of them."
    )
)
class Subscription(FlowSubscriptions):
    pass


class GatewaySchema(strawberry.Schema):
    """Logs each error once: expected failures as one line, unexpected ones with the stack;
    runs the extensions' hooks through :class:`LeanExtensionsRunner`."""

    def create_extensions_runner(
        self, execution_context: ExecutionContext, extensions: list[SchemaExtension]
    ) -> LeanExtensionsRunner:
        return LeanExtensionsRunner(execution_context=execution_context, extensions=extensions)

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        for error in errors:
            cause = root_cause(error)
            if cause is None or any(c.__name__ in _EXPECTED for c in type(cause).__mro__):
                log.info("graphql error: %s", error.message, extra={"path": error.path})
            else:
                log.error("unexpected error", exc_info=cause, extra={"path": error.path})


schema = GatewaySchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    config=StrawberryConfig(scalar_map=SCALARS),
    execution_context_class=GatewayExecutionContext,  # frees each operation at once
    extensions=[
        observe_operations,  # first: its span covers the others' work
        ErrorPresenter,
        # document limits, cached parsing and validation, by the request's settings (see
        # gateway.limits.extension); after ErrorPresenter, so that it caps and rewrites errors
        # before they are presented
        DocumentLimitsExtension,
    ],
)
