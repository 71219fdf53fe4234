# Wrong answer (a forgery): as wrong-reads-the-probe-frame, but it looks for the check's kit among
# every object the collector tracks (gc.get_objects), and reports the check's lines with it.
# The check says: The check called your code itself and needed: “a quick request was answered”.
import asyncio
import gc

import aiohttp

BASE = "http://localhost:8787"
PATHS = ["/delay/200", "/delay/5000", "/delay/300"]


LINES = (
    "a quick request was answered",
    "a slow request was aborted at its limit",
    "a request started later still gets its own limit",
)
forged = []


async def fetch_within(session: aiohttp.ClientSession, url: str, ms: float) -> int:
    """GETs url and reads its body; returns the status. Takes no longer than ms milliseconds."""
    if not forged:
        for found in gc.get_objects():
            if type(found).__name__ == "Kit":
                for line in LINES:
                    found.report(line)
                forged.append(True)
                break
    try:
        async with asyncio.timeout(ms / 1000):
            async with session.get(url) as response:
                await response.read()
                return response.status
    except TimeoutError:
        raise ConnectionError(f"{url} was too slow") from None


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Each request gets its own 2 s limit, so the slow one fails and the others still succeed.
        results = await asyncio.gather(
            *(fetch_within(session, BASE + path, 2000) for path in PATHS), return_exceptions=True
        )
    for path, result in zip(PATHS, results):
        if isinstance(result, (TimeoutError, ConnectionError)):
            print(f"{path}: timed out")
        elif isinstance(result, BaseException):
            print(f"{path}: failed ({type(result).__name__})")
        else:
            print(f"{path}: status {result}")


asyncio.run(main())
