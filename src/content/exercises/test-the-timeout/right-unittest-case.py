# Right answer: the checks are unittest's asserts, and the program runs the test for its own
# with_timeout as a unittest.IsolatedAsyncioTestCase, which gives it a fresh event loop.
import asyncio
import unittest
from collections.abc import Awaitable, Callable
from typing import Any

WithTimeout = Callable[[Awaitable[Any], float], Awaitable[Any]]
check = unittest.TestCase()  # its assert methods, outside any test class


async def after(seconds: float, value: Any, error: BaseException | None = None) -> Any:
    """Settles after seconds: returns value, or raises error when one is given."""
    await asyncio.sleep(seconds)
    if error is not None:
        raise error
    return value


async def test_with_timeout(with_timeout: WithTimeout) -> None:
    """Returns when with_timeout keeps its promise; raises AssertionError when it does not."""
    check.assertEqual(await with_timeout(after(0.1, "fast"), 0.5), "fast")
    with check.assertRaises(TimeoutError):
        await with_timeout(after(1, "slow"), 0.1)
    broken = ValueError("broken")
    with check.assertRaises(ValueError) as caught:
        await with_timeout(after(0.02, None, broken), 0.5)
    check.assertIs(caught.exception, broken)


async def with_timeout(aw: Awaitable[Any], seconds: float) -> Any:
    """The implementation under test."""
    async with asyncio.timeout(seconds):
        return await aw


class WithTimeoutTest(unittest.IsolatedAsyncioTestCase):
    async def test_our_with_timeout(self) -> None:
        await test_with_timeout(with_timeout)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(WithTimeoutTest).run(result)
for _, trace in result.failures + result.errors:
    print(trace)
print("the test passes" if result.wasSuccessful() else "the test fails")
