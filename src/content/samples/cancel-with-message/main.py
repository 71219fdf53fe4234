import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def download(session: aiohttp.ClientSession) -> None:
    try:
        async with session.get(f"{BASE}/delay/3000") as response:
            await response.read()
    except asyncio.CancelledError as cancel:
        # The message given to cancel() travels with the CancelledError.
        print(f"{elapsed()} download: cancelled because {cancel.args[0]}")
        raise


async def patient_download(session: aiohttp.ClientSession) -> None:
    attempt = 0
    while True:
        attempt += 1
        try:
            # timeout() cancels this task when 0.4s pass, then calls uncancel() and raises
            # TimeoutError: a cancellation from anyone else stays a CancelledError.
            async with asyncio.timeout(0.4):
                async with session.get(f"{BASE}/delay/1000") as response:
                    await response.read()
            return
        except TimeoutError:
            print(f"{elapsed()} patient: attempt {attempt} timed out, trying again")
        except asyncio.CancelledError as cancel:
            print(f"{elapsed()} patient: attempt {attempt} cancelled because {cancel.args[0]}")
            raise


async def stop(task: asyncio.Task[None], after: float, message: str) -> None:
    await asyncio.sleep(after)
    task.cancel(message)
    try:
        await task
    except asyncio.CancelledError:
        print(f"{elapsed()} main: the task ended cancelled")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        await stop(asyncio.create_task(download(session)), 0.5, "the user pressed Stop")
        await stop(asyncio.create_task(patient_download(session)), 1.0, "the server is shutting down")


asyncio.run(main())
