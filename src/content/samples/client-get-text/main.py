import asyncio

import aiohttp

BASE = "http://localhost:8787"
PREVIEW = 56  # characters to show


async def main() -> None:
    # One session for the whole program: it keeps a pool of connections to reuse.
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/posts/1") as response:
            # The status and headers are here already; the body is read separately.
            print(f"status: {response.status}")
            print(f"content-type: {response.headers['Content-Type']}")
            # Read the body inside the block: leaving it hands the connection back.
            text = await response.text()
    print(f"{len(text)} characters of text")
    print(f"preview: {text[:PREVIEW]}...")


asyncio.run(main())
