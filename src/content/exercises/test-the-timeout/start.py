# A test for with_timeout, written by hand so it runs anywhere; the same checks fit in a
# unittest.IsolatedAsyncioTestCase.
import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

WithTimeout = Callable[[Awaitable[Any], float], Awaitable[Any]]


def expect_that(condition: bool, message: str) -> None:
    """Fails the test with message unless condition holds."""
    if not condition:
        raise AssertionError(f"test failed: {message}")


async def after(seconds: float, value: Any, error: BaseException | None = None) -> Any:
    """Settles after seconds: returns value, or raises error when one is given."""
    await asyncio.sleep(seconds)
    if error is not None:
        raise error
    return value


async def test_with_timeout(with_timeout: WithTimeout) -> None:
    """Returns when with_timeout keeps its promise; raises AssertionError when it does not."""
    # Only the easy case so far. Add the cases that catch a with_timeout that is wrong.
    expect_that(await with_timeout(after(0.02, "fast"), 0.5) == "fast", "a quick awaitable keeps its value")


async def with_timeout(aw: Awaitable[Any], seconds: float) -> Any:
    """The implementation under test."""
    async with asyncio.timeout(seconds):
        return await aw


asyncio.run(test_with_timeout(with_timeout))
print("the test passes")
