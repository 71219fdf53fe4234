# Right answer: the reading runs as a task; asyncio.wait gives it one second, and a task still
# reading then is cancelled, which closes its response on the way out.
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def read_lines(session: aiohttp.ClientSession, url: str) -> None:
    async with session.get(url) as response:
        async for raw in response.content:
            print(raw.decode().rstrip("\n"))


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        reader = asyncio.create_task(read_lines(session, f"{BASE}/stream?chunks=10&intervalMs=300"))
        done, _ = await asyncio.wait({reader}, timeout=1)
        if reader in done:
            reader.result()
            print("the stream ended")
        else:
            reader.cancel()
            try:
                await reader
            except asyncio.CancelledError:
                pass
            print("deadline passed")


asyncio.run(main())
