# Wrong answer: the failures are swallowed: when every attempt fails, it waits for a success that
# never comes instead of raising.
# The check says: needed: “when all fail, it raises an ExceptionGroup of 2”
import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    winner: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    tasks = [asyncio.ensure_future(attempt) for attempt in attempts]

    def ended(task: asyncio.Future[T]) -> None:
        if not winner.done() and not task.cancelled() and task.exception() is None:
            winner.set_result(task.result())

    for task in tasks:
        task.add_done_callback(ended)
    try:
        return await winner
    finally:
        for task in tasks:
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
