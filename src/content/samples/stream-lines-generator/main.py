import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import aclosing

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def lines(session: aiohttp.ClientSession, url: str) -> AsyncIterator[str]:
    """Yields the lines of a response body one by one, as they arrive."""
    try:
        async with session.get(url) as response:
            async for raw in response.content:  # one line at a time, as soon as it is complete
                yield raw.decode().rstrip("\n")
    finally:
        # Runs when the body ends, and also when the caller stops early: the request is closed.
        print(f"{elapsed()} response closed")


async def main() -> None:
    url = f"{BASE}/stream?chunks=6&intervalMs=300"
    async with aiohttp.ClientSession() as session:
        async with aclosing(lines(session, url)) as stream:
            async for line in stream:
                print(f"{elapsed()} {line}")
                if line == "chunk 3":
                    break  # we have what we need; chunks 4 to 6 are never waited for
    print(f"{elapsed()} done")


asyncio.run(main())
