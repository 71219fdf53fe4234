import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        print("asking for a reply that takes about a second")
        async with session.get(f"{BASE}/delay/1000") as response:
            reply = await response.json()
    print(f"got: the server waited {reply['delayedMs']} ms")
    print(f"done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
