import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def ask(session: aiohttp.ClientSession, name: str, path: str) -> str:
    async with asyncio.timeout(1):
        async with session.get(f"{BASE}{path}") as response:
            response.raise_for_status()  # ClientResponseError for a 4xx or 5xx
            await response.read()
    return name


async def first_success(session: aiohttp.ClientSession, mirrors: dict[str, str]) -> str:
    """The first mirror to answer wins; if every one fails, raise all their errors together."""
    tasks = [asyncio.create_task(ask(session, name, path)) for name, path in mirrors.items()]
    errors: list[Exception] = []
    try:
        for next_done in asyncio.as_completed(tasks):
            try:
                return await next_done
            except Exception as error:
                errors.append(error)
        raise ExceptionGroup("every mirror failed", errors)
    finally:
        for task in tasks:
            task.cancel()  # the losers are no longer needed


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        winner = await first_success(
            session, {"a": "/status/503", "b": "/delay/300", "c": "/delay/2000"}
        )
        print(f"{elapsed()} round 1: {winner} answered first")
        try:
            await first_success(session, {"a": "/status/503", "b": "/status/404", "c": "/delay/3000"})
        except* aiohttp.ClientResponseError as group:
            statuses = sorted(error.status for error in group.exceptions)
            print(f"{elapsed()} round 2: HTTP errors {statuses}")
        except* TimeoutError as group:
            print(f"{elapsed()} round 2: {len(group.exceptions)} timed out")


asyncio.run(main())
