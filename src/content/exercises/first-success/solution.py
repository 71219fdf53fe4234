import asyncio
from collections.abc import Awaitable, Iterable
from typing import TypeVar

import aiohttp

T = TypeVar("T")


async def first_success(attempts: Iterable[Awaitable[T]]) -> T:
    """The result of the first attempt that succeeds; the others are cancelled."""
    pending = {asyncio.ensure_future(attempt) for attempt in attempts}
    errors: list[Exception] = []
    try:
        while pending:
            # Wakes as soon as any attempt ends; a failure is kept, and the rest go on.
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                try:
                    return task.result()  # raises what the attempt raised
                except Exception as error:
                    errors.append(error)
        # Every attempt failed: the twin of Promise.any's AggregateError.
        raise ExceptionGroup("every attempt failed", errors)
    finally:
        # Whatever happened, nothing started here may outlive the call.
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
