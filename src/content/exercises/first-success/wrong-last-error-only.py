# Wrong answer: when every attempt fails it raises the last exception alone, and the others are
# lost, not an ExceptionGroup of them all.
# The check says: needed: “when all fail, it raises an ExceptionGroup of 2”
import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    pending = {asyncio.ensure_future(attempt) for attempt in attempts}
    last_error: Exception | None = None
    try:
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                try:
                    return task.result()
                except Exception as error:
                    last_error = error
        raise last_error or ValueError("no attempts")
    finally:
        for task in pending:
            task.cancel()


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
