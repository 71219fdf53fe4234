# Wrong answer: the first call fixes one deadline for every later call, so a request started later
# gets whatever is left of it (nothing, once it has passed).
# The check says: The check called your code itself and needed: “a quick request was answered”.
import asyncio

import aiohttp

BASE = "http://localhost:8787"
PATHS = ["/delay/200", "/delay/5000", "/delay/300"]


async def fetch_within(session: aiohttp.ClientSession, url: str, ms: float) -> int:
    """GETs url and reads its body; returns the status. Takes no longer than ms milliseconds."""
    global deadline
    if deadline is None:
        deadline = asyncio.get_running_loop().time() + ms / 1000
    async with asyncio.timeout_at(deadline):
        async with session.get(url) as response:
            await response.read()
            return response.status


deadline = None

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
