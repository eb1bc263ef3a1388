"""The kotra mock's `MockAgency`."""

from __future__ import annotations

from typing import Final

from mocks.framework import MockAgency
from mocks.kotra.models import KotraBase
from mocks.kotra.seed import load_seed

DESCRIPTION: Final = """\
KOTRA 무역투자24 integrated membership (mock).
"""

agency = MockAgency(
    name="kotra",
    title="KOTRA 무역투자24 통합회원 (mock)",
    description=DESCRIPTION,
    version="1.0.0",
    base=KotraBase,
    seed=load_seed,
)
