import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()
outcomes: dict[str, str] = {}


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def download(session: aiohttp.ClientSession, name: str, ms: int) -> None:
    try:
        async with session.get(f"{BASE}/delay/{ms}") as response:
            await response.read()
        outcomes[name] = f"finished at {elapsed()}"
    except asyncio.CancelledError:
        outcomes[name] = f"cancelled at {elapsed()}"
        raise


async def main() -> None:
    print(f"{elapsed()} three downloads (0.5s, 2s, 3s), one deadline of 1s for all")
    async with aiohttp.ClientSession() as session:
        try:
            # The deadline wraps the whole group: when it passes, the group cancels every task left.
            async with asyncio.timeout(1):
                async with asyncio.TaskGroup() as group:
                    group.create_task(download(session, "small", 500))
                    group.create_task(download(session, "medium", 2000))
                    group.create_task(download(session, "large", 3000))
        except TimeoutError:
            print(f"{elapsed()} the deadline passed")
    for name in ("small", "medium", "large"):
        print(f"{name}: {outcomes[name]}")


asyncio.run(main())
