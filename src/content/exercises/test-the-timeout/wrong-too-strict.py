# Wrong answer: the test wants exactly TimeoutError, so a correct with_timeout that raises a
# subclass of it (aiohttp's ServerTimeoutError is one) fails it.
# The check says: needed: “your test passes a correct with_timeout (a subclass of TimeoutError)”
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
    # In time: the value comes through, also when it takes a while.
    expect_that(await with_timeout(after(0.1, "fast"), 0.5) == "fast", "an awaitable in time keeps its value")

    # Too slow: a TimeoutError (or a subclass of it), well before the awaitable would end.
    try:
        await with_timeout(after(1, "slow"), 0.1)
    except Exception as error:
        expect_that(type(error) is TimeoutError, "the exception is a TimeoutError")
    else:
        raise AssertionError("test failed: a slow awaitable must raise TimeoutError")

    # A failure in time is passed on as it is: the very same exception.
    broken = ValueError("broken")
    try:
        await with_timeout(after(0.02, None, broken), 0.5)
    except ValueError as error:
        expect_that(error is broken, "a failure in time passes through unchanged")
    else:
        raise AssertionError("test failed: a failure in time must raise")


async def with_timeout(aw: Awaitable[Any], seconds: float) -> Any:
    """The implementation under test."""
    async with asyncio.timeout(seconds):
        return await aw


asyncio.run(test_with_timeout(with_timeout))
print("the test passes")
