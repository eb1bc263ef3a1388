"""ObservedLoader: built lean after the first of each class, behaving the same."""

from __future__ import annotations

import asyncio

from gateway.observability.loaders import ObservedLoader


async def test_observed_loaders_after_the_first_keep_a_subclass_cache_key() -> None:
    """Only the first loader of a class runs DataLoader's checks; later ones are built lean and
    must still honour a subclass's ``get_cache_key`` and batch as usual."""

    class Upper(ObservedLoader[str, str]):
        def get_cache_key(self, key: str) -> str:
            return key.upper()

        async def batch_load_fn(self, keys: list[str]) -> list[str]:
            batches.append(keys)
            return [key.upper() for key in keys]

    batches: list[list[str]] = []
    for _ in range(2):  # the first instance is checked, the second built lean
        loader = Upper()
        answers = await asyncio.gather(loader.load("a"), loader.load("A"), loader.load("b"))
        assert list(answers) == ["A", "A", "B"]
    assert batches == [["a", "b"], ["a", "b"]]
