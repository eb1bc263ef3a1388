"""The rate limiter's in-process counters: fixed windows that reset, report when they reset,
and do not keep the keys of windows past."""

from __future__ import annotations

from limits import parse
from limits.aio.strategies import FixedWindowRateLimiter

from gateway.limits.memory import WindowCounters


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_window_allows_its_amount_then_refuses_until_it_resets() -> None:
    clock = Clock()
    limiter = FixedWindowRateLimiter(WindowCounters(clock=clock))
    item = parse("3/minute")
    assert [await limiter.hit(item, "ip:a") for _ in range(4)] == [True, True, True, False]
    assert await limiter.hit(item, "ip:b")  # another client, its own window
    clock.now += 30
    stats = await limiter.get_window_stats(item, "ip:a")
    assert stats.remaining == 0
    assert stats.reset_time == 1_000_000.0 + 60
    clock.now += 30  # the window is over
    assert await limiter.hit(item, "ip:a")
    assert (await limiter.get_window_stats(item, "ip:a")).remaining == 2


async def test_keys_of_windows_past_are_swept_away() -> None:
    clock = Clock()
    counters = WindowCounters(sweep_interval=1.0, clock=clock)
    for address in range(100):
        await counters.incr(f"ip:{address}", expiry=60)
    clock.now += 61
    await counters.incr("ip:new", expiry=60)
    assert set(counters.counts) == set(counters.expirations) == {"ip:new"}
    assert await counters.get("ip:5") == 0


async def test_a_sweep_keeps_the_windows_still_open() -> None:
    clock = Clock()
    counters = WindowCounters(sweep_interval=1.0, clock=clock)
    await counters.incr("ip:old", expiry=10)
    clock.now += 5
    await counters.incr("ip:young", expiry=10)
    clock.now += 6  # the old window is over, the young one is not
    await counters.incr("ip:young", expiry=10)
    assert counters.counts == {"ip:young": 2}
    assert await counters.get_expiry("ip:young") == 1_000_005.0 + 10


async def test_clearing_a_key_or_all_of_them() -> None:
    counters = WindowCounters()
    await counters.incr("a", expiry=60)
    await counters.incr("b", expiry=60, amount=5)
    assert await counters.get("b") == 5
    await counters.clear("b")
    assert await counters.get("b") == 0
    assert await counters.reset() == 1
    assert await counters.get("a") == 0
    assert await counters.check()
