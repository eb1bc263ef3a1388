"""The hometax mock's `MockAgency`."""

from __future__ import annotations

from typing import Final

from mocks.framework import MockAgency
from mocks.hometax.models import HometaxBase
from mocks.hometax.seed import load_seed

DESCRIPTION: Final = """\
Hometax (홈택스) department users for e-tax invoices (mock).
"""

agency = MockAgency(
    name="hometax",
    title="홈택스 부서사용자 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=HometaxBase,
    seed=load_seed,
)
