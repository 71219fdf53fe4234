import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def download(session: aiohttp.ClientSession) -> None:
    print(f"{elapsed()} download: started, /delay/3000")
    try:
        async with session.get(f"{BASE}/delay/3000") as response:
            await response.read()
        print(f"{elapsed()} download: finished")
    except asyncio.CancelledError:
        print(f"{elapsed()} download: cancelled, passing it on")
        raise  # swallowing it would leave the task looking like it succeeded
    finally:
        print(f"{elapsed()} download: cleanup in finally")


async def nap() -> None:
    print(f"{elapsed()} nap: sleeping 3s")
    try:
        await asyncio.sleep(3)
        print(f"{elapsed()} nap: woke up")
    finally:
        print(f"{elapsed()} nap: cleanup in finally")


async def cancel_after(task: asyncio.Task[None], seconds: float) -> None:
    await asyncio.sleep(seconds)
    print(f"{elapsed()} main: cancelling {task.get_name()}")
    task.cancel()  # only a request: the task gets CancelledError at its current await
    try:
        await task
    except asyncio.CancelledError:
        print(f"{elapsed()} main: {task.get_name()} ended cancelled")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        await cancel_after(asyncio.create_task(download(session), name="download"), 0.5)
    await cancel_after(asyncio.create_task(nap(), name="nap"), 0.5)
    print(f"{elapsed()} done, and nothing waited the full 3s")


asyncio.run(main())
