"""The work24 mock's `MockAgency`."""

from __future__ import annotations

from typing import Final

from mocks.framework import MockAgency
from mocks.work24.models import Work24Base
from mocks.work24.seed import load_seed

DESCRIPTION: Final = """\
고용24 (Work24) corporate membership (mock).
"""

agency = MockAgency(
    name="work24",
    title="고용24 기업회원 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=Work24Base,
    seed=load_seed,
)
