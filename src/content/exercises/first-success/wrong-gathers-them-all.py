# Wrong answer: asyncio.gather waits for every attempt to end before the first success is picked,
# so it answers only when the slowest attempt is done, and there is nothing left to cancel.
# The check says: it returned long after the first success
import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    results = await asyncio.gather(*attempts, return_exceptions=True)
    for result in results:
        if not isinstance(result, BaseException):
            return result
    raise ExceptionGroup("every attempt failed", [r for r in results if isinstance(r, Exception)])


BASE = "http://localhost:8787"


async def mirror(session: aiohttp.ClientSession, path: str) -> str:
    async with session.get(BASE + path) as response:
        response.raise_for_status()  # the 503 raises aiohttp.ClientResponseError
        await response.text()
        return path


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        paths = ["/status/503", "/delay/300", "/delay/2000"]
        winner = await first_success([mirror(session, path) for path in paths])
    print(f"first answer: {winner}")


asyncio.run(main())
