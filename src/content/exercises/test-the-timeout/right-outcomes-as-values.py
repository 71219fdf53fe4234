# Right answer: the three cases run side by side, and asyncio.gather(…, return_exceptions=True)
# turns each outcome into a value to look at, the twin of promise.then(value, error).
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

WithTimeout = Callable[[Awaitable[Any], float], Awaitable[Any]]


async def after(seconds: float, value: Any, error: BaseException | None = None) -> Any:
    """Settles after seconds: returns value, or raises error when one is given."""
    await asyncio.sleep(seconds)
    if error is not None:
        raise error
    return value


async def test_with_timeout(with_timeout: WithTimeout) -> None:
    """Returns when with_timeout keeps its promise; raises AssertionError when it does not."""
    broken = OSError("broken")
    in_time, too_slow, failed = await asyncio.gather(
        with_timeout(after(0.15, "fast"), 0.6),
        with_timeout(after(1.2, "slow"), 0.2),
        with_timeout(after(0.05, None, broken), 0.6),
        return_exceptions=True,
    )
    if in_time != "fast":
        raise AssertionError(f"an awaitable in time gave {in_time!r}, not 'fast'")
    if not isinstance(too_slow, TimeoutError):
        raise AssertionError(f"a slow awaitable gave {too_slow!r}, not a TimeoutError")
    if failed is not broken:
        raise AssertionError(f"a failure in time gave {failed!r}, not the very exception raised")


async def with_timeout(aw: Awaitable[Any], seconds: float) -> Any:
    """The implementation under test."""
    return await asyncio.wait_for(aw, seconds)


asyncio.run(test_with_timeout(with_timeout))
print("the test passes")
