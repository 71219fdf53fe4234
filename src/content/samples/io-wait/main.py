import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def ask_slow_server(session: aiohttp.ClientSession) -> int:
    """GET /delay/1000; returns how long the server says it waited, in ms."""
    async with session.get(f"{BASE}/delay/1000") as response:
        response.raise_for_status()
        body = await response.json()
    return body["delayedMs"]


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        print(f"{elapsed()} three requests, one after another")
        waits = [await ask_slow_server(session) for _ in range(3)]
        print(f"{elapsed()} done; the server waited {sum(waits) / 1000:.1f}s in all")

        print(f"{elapsed()} three requests, together")
        waits = await asyncio.gather(*(ask_slow_server(session) for _ in range(3)))
        print(f"{elapsed()} done; the server waited {sum(waits) / 1000:.1f}s in all")


asyncio.run(main())
