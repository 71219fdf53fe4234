# Right answer: asyncio.as_completed hands the attempts back in the order they end; the first
# that does not raise wins, and the losers are cancelled and waited for before it returns.
import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    """The result of the first attempt that succeeds; the others are cancelled."""
    tasks = [asyncio.ensure_future(attempt) for attempt in attempts]
    errors: list[Exception] = []
    try:
        for next_to_end in asyncio.as_completed(tasks):
            try:
                return await next_to_end
            except Exception as error:
                errors.append(error)
        raise ExceptionGroup("every attempt failed", errors)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


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
