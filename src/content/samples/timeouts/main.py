import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
REQUEST_LIMIT = 1.0  # seconds, for each request on the session
BLOCK_LIMIT = 0.5  # seconds, for one block of work

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def get(session: aiohttp.ClientSession, path: str) -> int:
    async with session.get(f"{BASE}{path}") as response:
        await response.read()
        return response.status


async def main() -> None:
    # The session's ClientTimeout applies to every request (aiohttp's default is 5 minutes).
    timeout = aiohttp.ClientTimeout(total=REQUEST_LIMIT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        # asyncio.timeout: one deadline for a whole block, however many awaits it holds.
        # It comes first on purpose: on Python 3.11.0 to 3.11.2 with aiohttp before 3.10.8, an
        # asyncio.timeout that ran after a ClientTimeout had fired in the same task raised
        # CancelledError instead of TimeoutError.
        print(f"{elapsed()} block: {BLOCK_LIMIT}s for everything inside")
        try:
            async with asyncio.timeout(BLOCK_LIMIT):
                await get(session, "/delay/100")
                print(f"{elapsed()} block: /delay/100 done")
                await get(session, "/delay/2000")
                print(f"{elapsed()} block: /delay/2000 done")
        except TimeoutError:
            print(f"{elapsed()} block: deadline hit during /delay/2000")

        print(f"{elapsed()} request: /delay/2000, {REQUEST_LIMIT}s limit per request")
        try:
            await get(session, "/delay/2000")
        except TimeoutError:
            print(f"{elapsed()} request: timed out")

        status = await get(session, "/delay/100")
        print(f"{elapsed()} request: /delay/100 answered {status}")


asyncio.run(main())
