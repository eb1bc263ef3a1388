"""ObservedLoader: built lean after the first of each class, behaving the same."""

from __future__ import annotations

import asyncio

from aiodataloader import DataLoader

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


async def batches_of(loader_class: type[DataLoader[str, str]], turns: list[int]) -> list[list[str]]:
    """The batches a loader makes of loads asked ``turns[i]`` turns of the event loop later."""
    batches: list[list[str]] = []

    class Recording(loader_class):  # type: ignore[valid-type, misc]
        async def batch_load_fn(self, keys: list[str]) -> list[str]:
            batches.append(list(keys))
            return keys

    loader = Recording()
    loop = asyncio.get_running_loop()
    futures: list[asyncio.Future[str]] = []

    def ask(key: str, turns_left: int) -> None:
        if turns_left:
            loop.call_soon(ask, key, turns_left - 1)
        else:
            futures.append(loader.load(key))

    for index, turn in enumerate(turns):
        ask(f"k{index}", turn)
    for _ in range(max(turns) + 1):
        await asyncio.sleep(0)
    await asyncio.gather(*futures)
    return batches


async def test_loads_join_a_batch_within_the_turns_dataloader_waits() -> None:
    """ObservedLoader dispatches with plain callbacks instead of DataLoader's task: loads asked
    within the same turns of the event loop must still make the same batches."""
    for turns in ([0, 0, 0], [0, 1], [0, 1, 2], [0, 2, 3], [1, 1, 4]):
        assert await batches_of(ObservedLoader, turns) == await batches_of(DataLoader, turns), turns
