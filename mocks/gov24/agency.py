"""The gov24 mock's `MockAgency`."""

from __future__ import annotations

from typing import Final

from mocks.framework import MockAgency
from mocks.gov24.models import Gov24Base
from mocks.gov24.seed import load_seed

DESCRIPTION: Final = """\
Gov24 (정부24) electronic personal-signature confirmation (mock).
"""

agency = MockAgency(
    name="gov24",
    title="정부24 전자본인서명확인서 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=Gov24Base,
    seed=load_seed,
)
