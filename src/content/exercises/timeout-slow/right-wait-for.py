# Right answer: asyncio.wait_for around a coroutine that does the whole request.
import asyncio

import aiohttp

BASE = "http://localhost:8787"
PATHS = ["/delay/200", "/delay/5000", "/delay/300"]


async def fetch_within(session: aiohttp.ClientSession, url: str, ms: float) -> int:
    """GETs url and reads its body; returns the status. Takes no longer than ms milliseconds."""
    async def get() -> int:
        async with session.get(url) as response:
            await response.read()
            return response.status

    return await asyncio.wait_for(get(), timeout=ms / 1000)


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Each request gets its own 2 s limit, so the slow one fails and the others still succeed.
        results = await asyncio.gather(
            *(fetch_within(session, BASE + path, 2000) for path in PATHS), return_exceptions=True
        )
    for path, result in zip(PATHS, results):
        if isinstance(result, TimeoutError):
            print(f"{path}: timed out")
        elif isinstance(result, BaseException):
            print(f"{path}: failed ({type(result).__name__})")
        else:
            print(f"{path}: status {result}")


asyncio.run(main())
