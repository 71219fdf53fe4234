# Right answer: one future for the outcome, set by a done callback on each attempt's task: the
# first success sets its result and cancels the others; the last failure sets the ExceptionGroup.
import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    """The result of the first attempt that succeeds; the others are cancelled."""
    outcome: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    tasks = [asyncio.ensure_future(attempt) for attempt in attempts]
    errors: list[Exception] = []

    def ended(task: asyncio.Future[T]) -> None:
        if outcome.done() or task.cancelled():
            return
        try:
            value = task.result()
        except Exception as error:
            errors.append(error)
            if len(errors) == len(tasks):
                outcome.set_exception(ExceptionGroup("every attempt failed", errors))
            return
        outcome.set_result(value)
        for other in tasks:
            other.cancel()

    for task in tasks:
        task.add_done_callback(ended)
    try:
        return await outcome
    finally:  # cancelled from outside: the attempts go too
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
