import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()
outcomes: dict[str, str] = {}


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def download(session: aiohttp.ClientSession, name: str) -> None:
    try:
        async with session.get(f"{BASE}/delay/2000") as response:
            await response.read()
        outcomes[name] = "finished"
    except asyncio.CancelledError:
        outcomes[name] = "cancelled"
        raise  # a cancelled task must end cancelled


async def check() -> None:
    await asyncio.sleep(0.5)
    outcomes["check"] = "failed"
    raise ValueError("check failed")


async def main() -> None:
    print(f"{elapsed()} a check that fails at 0.5s and two 2s downloads")
    async with aiohttp.ClientSession() as session:
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(check())
                group.create_task(download(session, "download 1"))
                group.create_task(download(session, "download 2"))
        except* ValueError as failures:
            # The group waits until every task has ended, then raises an ExceptionGroup.
            for error in failures.exceptions:
                print(f"{elapsed()} caught: {error}")
    for name in ("check", "download 1", "download 2"):
        print(f"{name}: {outcomes[name]}")
    print(f"total {elapsed()}")


asyncio.run(main())
