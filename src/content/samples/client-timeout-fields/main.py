import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
STEADY = "/stream?chunks=4&intervalMs=300"  # a piece every 0.3 s, 0.9 s in all
STALLING = "/stream?chunks=3&intervalMs=800"  # then silent for 0.8 s


async def attempt(session: aiohttp.ClientSession, label: str, path: str, timeout: aiohttp.ClientTimeout) -> None:
    started = time.perf_counter()

    def took() -> str:
        return f"{time.perf_counter() - started:.1f}s"

    try:
        async with session.get(f"{BASE}{path}", timeout=timeout) as response:
            chunks = 0
            async for _line in response.content:
                chunks += 1
        print(f"{label}: {chunks} chunks in {took()}")
    except asyncio.TimeoutError:  # ServerTimeoutError, raised for sock_read, is one too
        print(f"{label}: timed out after {took()}")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # total: the whole request, however steadily the data flows.
        await attempt(session, "total=0.5, steady stream", STEADY, aiohttp.ClientTimeout(total=0.5))
        # sock_read: only the gaps between pieces count.
        await attempt(session, "sock_read=0.5, steady stream", STEADY, aiohttp.ClientTimeout(sock_read=0.5))
        await attempt(session, "sock_read=0.5, stalling stream", STALLING, aiohttp.ClientTimeout(sock_read=0.5))


asyncio.run(main())
