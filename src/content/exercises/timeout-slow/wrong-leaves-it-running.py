# Wrong answer: asyncio.wait stops waiting at the limit and raises TimeoutError, but the request
# goes on in its task: nothing cancels it, so the server still answers it in full.
# The check says: Every request “GET /delay/1500?probe” must be cancelled; “GET /delay/1500?probe” succeeded.
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

    task = asyncio.ensure_future(get())
    done, _ = await asyncio.wait({task}, timeout=ms / 1000)
    if task not in done:
        raise TimeoutError(f"{url} took longer than {ms} ms")
    return task.result()


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
