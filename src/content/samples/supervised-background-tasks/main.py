import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable, Coroutine

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()

# asyncio keeps only a weak reference to a running task: hold every background task here.
background: set[asyncio.Task[None]] = set()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


def spawn(job: Coroutine[object, object, None], name: str) -> None:
    task = asyncio.create_task(job, name=name)
    background.add(task)
    task.add_done_callback(forget)


def forget(task: asyncio.Task[None]) -> None:
    """Once a task has ended: drop it, and report a crash that nobody else will see."""
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"{elapsed()} {task.get_name()}: crashed for good: {task.exception()!r}")


async def supervise(name: str, job: Callable[[], Awaitable[None]], restarts: int = 3) -> None:
    """Runs job again after each crash, waiting longer each time; cancellation stops it."""
    delay = 0.2
    for attempt in range(1, restarts + 2):
        try:
            await job()
        except Exception as error:  # CancelledError is not an Exception: it goes straight through
            if attempt > restarts:
                print(f"{elapsed()} {name}: crashed {attempt} times, giving up")
                raise
            print(f"{elapsed()} {name}: crashed ({error}), restarting in {delay:.1f}s")
            await asyncio.sleep(delay)
            delay *= 2
        else:
            print(f"{elapsed()} {name}: succeeded on attempt {attempt}")
            return


async def main() -> None:
    key = f"sync-{secrets.token_hex(4)}"  # the server counts requests per key: one key per run

    async with aiohttp.ClientSession(BASE) as session:

        async def sync_once() -> None:
            async with session.get(f"/flaky/{key}?failures=2") as response:
                if response.status != 200:
                    raise RuntimeError(f"HTTP {response.status}")

        async def ticker() -> None:
            try:
                while True:
                    await asyncio.sleep(0.25)
            except asyncio.CancelledError:
                print(f"{elapsed()} ticker: cancelled, cleaning up")
                raise

        spawn(supervise("sync", sync_once), name="sync")
        spawn(ticker(), name="ticker")
        await asyncio.sleep(1.0)  # the service's real work would go here

        print(f"{elapsed()} shutdown: {len(background)} background task(s) still running")
        for task in background:
            task.cancel()
        await asyncio.gather(*background, return_exceptions=True)
    print(f"{elapsed()} shutdown: done")


asyncio.run(main())
