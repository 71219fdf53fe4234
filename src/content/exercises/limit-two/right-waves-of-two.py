# Right answer: waves of two with asyncio.gather, one wave after another.
import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


async def download(session: aiohttp.ClientSession, request_id: int) -> int:
    async with session.get(f"{BASE}/delay/300?id={request_id}") as response:
        await response.text()
    return request_id


async def main() -> None:
    ids = [1, 2, 3, 4, 5, 6]
    done: list[int] = []
    async with aiohttp.ClientSession() as session:
        for index in range(0, len(ids), 2):
            wave = ids[index : index + 2]
            done.extend(await asyncio.gather(*(download(session, request_id) for request_id in wave)))
    print(f"{len(done)} done")
    print(f"took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
