import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def main() -> None:
    params = {"chunks": "5", "intervalMs": "300"}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream", params=params) as response:
            print(f"{elapsed()} status {response.status}, body still arriving")
            # response.content is a stream: `async for` yields one line as soon as it is complete.
            async for line in response.content:
                print(f"{elapsed()} {line.decode().rstrip()}")
    print(f"{elapsed()} body complete")


asyncio.run(main())
