import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def request(session: aiohttp.ClientSession, number: int) -> int:
    async with session.get(f"{BASE}/delay/1000?n={number}") as response:
        await response.read()
    return number


async def main() -> None:
    # One session for every request: it keeps a pool of connections to reuse.
    async with aiohttp.ClientSession() as session:
        print(f"{elapsed()} sending 5 requests to /delay/1000")
        numbers = await asyncio.gather(*(request(session, n) for n in range(1, 6)))
    print(f"{elapsed()} all {len(numbers)} answered")
    print(f"results in the order of the calls: {', '.join(map(str, numbers))}")


asyncio.run(main())
