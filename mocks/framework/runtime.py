"""The mutable state of one running mock app: clock, faults, call counts, database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mocks.framework.clock import Clock
from mocks.framework.db import Database
from mocks.framework.faults import FaultRegistry
from mocks.framework.peers import Peers
from mocks.framework.traffic import CallCounter


@dataclass
class AgencyRuntime:
    """Everything one app instance owns; two apps of the same agency share nothing."""

    database_url: str
    options: Mapping[str, Any]
    fault_seed: int = 0
    clock: Clock = field(default_factory=Clock)
    calls: CallCounter = field(default_factory=CallCounter)
    faults: FaultRegistry = field(init=False)
    peers: Peers = field(init=False)
    database: Database | None = None

    def __post_init__(self) -> None:
        self.faults = FaultRegistry(self.fault_seed)
        self.peers = Peers(self.options.get("peers"))

    @property
    def db(self) -> Database:
        if self.database is None:
            raise RuntimeError("the mock's lifespan has not started: no database yet")
        return self.database
