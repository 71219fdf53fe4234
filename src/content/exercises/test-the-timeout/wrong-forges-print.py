# Wrong answer (a forgery, the twin of wrong-forges-console-log.ts): the test is left as it was;
# print is replaced so that a failing verdict line would read as a passing one. The check never
# prints its verdicts.
# The check says: needed: “your test catches
import asyncio
import builtins
import re
from collections.abc import Awaitable, Callable
from typing import Any

real_print = builtins.print
builtins.print = lambda *parts, **options: real_print(
    *(re.sub(r"does not: (.+?): the test passed", r"catches “\1”", str(part)) for part in parts), **options
)

WithTimeout = Callable[[Awaitable[Any], float], Awaitable[Any]]


async def after(seconds: float, value: Any) -> Any:
    await asyncio.sleep(seconds)
    return value


async def test_with_timeout(with_timeout: WithTimeout) -> None:
    if await with_timeout(after(0.02, "fast"), 0.5) != "fast":
        raise AssertionError("test failed: a quick awaitable keeps its value")


async def with_timeout(aw: Awaitable[Any], seconds: float) -> Any:
    async with asyncio.timeout(seconds):
        return await aw


asyncio.run(test_with_timeout(with_timeout))
print("the test passes")
