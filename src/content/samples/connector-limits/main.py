import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()
finished = 0


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def fetch_one(session: aiohttp.ClientSession) -> None:
    global finished
    async with session.get(f"{BASE}/delay/500") as response:
        await response.read()
    finished += 1
    print(f"{elapsed()} {finished} of 6 done")


async def main() -> None:
    # At most 2 connections to one host: the session queues every request beyond that.
    connector = aiohttp.TCPConnector(limit=10, limit_per_host=2)
    async with aiohttp.ClientSession(connector=connector, raise_for_status=True) as session:
        print(f"{elapsed()} six requests of 0.5s, two connections")
        await asyncio.gather(*(fetch_one(session) for _ in range(6)))
        try:
            # raise_for_status=True: a 4xx or 5xx answer raises instead of returning.
            async with session.get(f"{BASE}/status/503") as response:
                print(f"not reached: {response.status}")
        except aiohttp.ClientResponseError as error:
            print(f"{elapsed()} /status/503 raised an error, status {error.status}")


asyncio.run(main())
