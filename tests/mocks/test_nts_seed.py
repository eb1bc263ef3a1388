"""The NTS seed: deterministic, check digits valid, the exported examples where they claim."""

from __future__ import annotations

from koreakit import brn
from mocks.nts import seed
from mocks.nts.generated import generate_businesses
from mocks.nts.handmade import HANDMADE


def test_every_seeded_number_passes_the_check_digit() -> None:
    assert all(brn.is_valid(b_no) for b_no in seed.SEEDED_NUMBERS)
    assert len(set(seed.SEEDED_NUMBERS)) == len(seed.SEEDED_NUMBERS)


def test_unregistered_example_is_valid_but_not_seeded() -> None:
    assert brn.is_valid(seed.UNREGISTERED_VALID_EXAMPLE)
    assert seed.UNREGISTERED_VALID_EXAMPLE not in seed.SEEDED_NUMBERS
    assert not brn.is_valid(seed.INVALID_CHECKSUM_EXAMPLE)


def test_examples_are_in_their_status_category() -> None:
    assert seed.CONTINUING_EXAMPLE in seed.NUMBERS_BY_STATUS["01"]
    assert seed.SUSPENDED_EXAMPLE in seed.NUMBERS_BY_STATUS["02"]
    assert seed.CLOSED_EXAMPLE in seed.NUMBERS_BY_STATUS["03"]


def test_generated_seed_is_the_same_on_every_run() -> None:
    exclude = {r.b_no for r in HANDMADE} | {seed.UNREGISTERED_VALID_EXAMPLE}
    again = generate_businesses(count=300, exclude=exclude)
    assert len(seed.GENERATED_NUMBERS) == 300
    assert again == seed.GENERATED
