"""What a mock's route handler receives besides its request body."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AsyncExitStack
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from mocks.framework.clock import Clock
from mocks.framework.db import Database
from mocks.framework.outbox import Outbox
from mocks.framework.peers import Peers

QueryT = TypeVar("QueryT", bound=BaseModel)


class MockContext:
    """Per-request context: one unit of work, the clock, the outbox, options and the query.

    The request's session is opened on the first :meth:`session` call and committed when the
    handler returns (rolled back if it raises), so everything one request writes, outbox
    messages included, lands together or not at all.
    """

    def __init__(
        self,
        *,
        request: Request,
        db: Database,
        clock: Clock,
        options: Mapping[str, Any],
        stack: AsyncExitStack,
        query: BaseModel | None = None,
        peers: Peers | None = None,
    ) -> None:
        self.request = request
        self.clock = clock
        self.options = options
        self.query = query
        self.peers = peers or Peers()
        """Other agencies this mock calls (see :mod:`mocks.framework.peers`)."""
        self.outbox = Outbox(self.session, clock)
        self._db = db
        self._stack = stack
        self._session: AsyncSession | None = None

    async def session(self) -> AsyncSession:
        """The request's session (the same one on every call)."""
        if self._session is None:
            self._session = await self._stack.enter_async_context(self._db.unit_of_work())
        return self._session

    def query_as(self, model: type[QueryT]) -> QueryT:
        """The validated query parameters, typed as the route's query model."""
        if not isinstance(self.query, model):
            raise TypeError(f"route has no query model {model.__name__}")
        return self.query
