import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    start = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        print("asking for post 1, which takes about a second")
        async with session.get(f"{BASE}/delay/1000") as waited:
            await waited.read()
        async with session.get(f"{BASE}/posts/1") as response:
            post = await response.json()
    print(f"got: {post['title']}")
    print(f"done after {time.perf_counter() - start:.1f}s")


asyncio.run(main())
