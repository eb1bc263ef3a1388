"""The kosme mock's `MockAgency`."""

from __future__ import annotations

from typing import Final

from mocks.framework import MockAgency
from mocks.kosme.models import KosmeBase
from mocks.kosme.seed import load_seed

DESCRIPTION: Final = """\
The KOSME job-matching platform (mock).
"""

agency = MockAgency(
    name="kosme",
    title="중소벤처기업진흥공단 일자리매칭플랫폼 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=KosmeBase,
    seed=load_seed,
)
