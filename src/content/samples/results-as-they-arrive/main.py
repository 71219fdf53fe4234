import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def fetch_delay(session: aiohttp.ClientSession, ms: int) -> int:
    async with session.get(f"{BASE}/delay/{ms}") as response:
        return (await response.json())["delayedMs"]


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # as_completed hands back awaitables in the order the results arrive, not the order given.
        for next_done in asyncio.as_completed([fetch_delay(session, ms) for ms in (900, 200, 500)]):
            ms = await next_done
            print(f"{elapsed()} as_completed: the {ms} ms request is done")

        # wait() returns two sets as soon as one task finishes; it cancels nothing by itself.
        quick = asyncio.create_task(fetch_delay(session, 300), name="quick")
        slow = asyncio.create_task(fetch_delay(session, 2000), name="slow")
        done, pending = await asyncio.wait({quick, slow}, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)  # let the cancels finish
        print(f"{elapsed()} wait: done {[t.get_name() for t in done]}, cancelled {[t.get_name() for t in pending]}")


asyncio.run(main())
